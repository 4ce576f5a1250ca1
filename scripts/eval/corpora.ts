// The annotated corpora the extractor is measured on, named once for the eval script and the floor test.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));

export interface CorpusEntry {
  name: string;
  dir: string;
  /** Tuned on (dev) or never tuned on (blind). */
  role: "dev" | "blind";
}

export const CORPORA: CorpusEntry[] = [
  { name: "dev", dir: `${root}../shared/corpus/dev`, role: "dev" },
  { name: "real-dev", dir: `${root}test/analysis/real-dev`, role: "dev" },
  { name: "holdout", dir: `${root}test/analysis/holdout`, role: "blind" },
  { name: "holdout-2", dir: `${root}test/analysis/holdout-2`, role: "blind" },
  { name: "holdout-3", dir: `${root}test/analysis/holdout-3`, role: "blind" },
  { name: "real-blind", dir: `${root}test/analysis/real-blind`, role: "blind" },
];

/** The shared dev corpus lives outside the repository; a fresh clone without it skips it. */
export function presentCorpora(): CorpusEntry[] {
  return CORPORA.filter((c) => existsSync(c.dir));
}
