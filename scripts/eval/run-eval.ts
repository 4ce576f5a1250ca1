// `npm run eval`: scores the extractor on every corpus present and prints, per corpus, P/R/F1 per
// kind, field accuracy over matched pairs, span fit and the overall figures.
//   npx tsx scripts/eval/run-eval.ts [--corpus NAME] [--show N] [--json] [--scorer rules|learnt]
//   --dir PATH scores one folder of annotated files instead (e.g. new passages before anything is tuned on them).
//   --show lists no misses of a corpus kept blind (real-blind, holdout-4 and later).
import { extractPieces } from "../../src/analysis";
import { detectNarrator } from "../../src/analysis/document/narrator";
import { readText } from "../../src/analysis/text/read-text";
import type { Scorer } from "../../src/analysis/extract-pieces";
import { presentCorpora } from "./corpora";
import { KINDS, loadCorpus, scoreCorpus, type Score } from "./score-pieces";

const args = process.argv.slice(2);
const only = valueOf("--corpus");
const show = Number(valueOf("--show") ?? 0);
const asJson = args.includes("--json");
/** The extractor's default scorer unless one is named. */
const scorer = valueOf("--scorer") as Scorer | undefined;

const results: Record<string, Score> = {};
/** How often the narrator found (practitioner or client) is the one the corpus file states. */
const narratorRight: Record<string, number> = {};
const dir = valueOf("--dir");
const corpora = dir ? [{ name: "dir", dir, role: "blind" as const }] : presentCorpora();
/**
 * Corpora kept blind (nobody tunes on them): their misses quote their texts, so --show lists none
 * of them; their figures per kind, field and span are aggregates and are printed.
 */
const KEPT_BLIND = /(^|\/)(real-blind|holdout-[4-9])\/?$/;
const quotes = (c: { name: string; dir: string }) => !KEPT_BLIND.test(c.dir) && c.name !== "real-blind";
for (const c of corpora) {
  if (only && c.name !== only) continue;
  const docs = loadCorpus(c.dir);
  const score = scoreCorpus(docs, (text) => extractPieces(text, { scorer }));
  results[c.name] = score;
  narratorRight[c.name] =
    docs.filter(
      (d) =>
        detectNarrator(readText(d.text).tokens) ===
        (d.source === "practitioner-note" ? "practitioner" : "client"),
    ).length / Math.max(1, docs.length);
  if (show && !quotes(c)) console.log(`\n(${c.name} is kept blind: --show lists none of its misses)`);
  if (!asJson) print(c.name, c.role, score, quotes(c) ? show : 0);
}
if (asJson)
  console.log(JSON.stringify(results, (k, v) => (k === "misses" || k === "alarms" ? undefined : v), 2));
else {
  console.log("\nsummary          P      R      F1     span   docs  narrator");
  for (const [name, s] of Object.entries(results)) {
    console.log(
      `${name.padEnd(14)} ${f(s.overall.precision)}  ${f(s.overall.recall)}  ${f(s.overall.f1)}  ${f(s.span.meanIoU)}  ${String(s.documents).padEnd(4)}  ${f(narratorRight[name]!)}`,
    );
  }
}

function print(name: string, role: string, s: Score, show: number): void {
  console.log(`\n== ${name} (${role}, ${s.documents} documents)`);
  console.log("kind            gold  pred  precision recall  f1");
  for (const k of KINDS) {
    const r = s.kinds[k]!;
    if (r.gold === 0 && r.predicted === 0) continue;
    console.log(
      `${k.padEnd(15)} ${String(r.gold).padStart(4)}  ${String(r.predicted).padStart(4)}  ${f(r.precision)}     ${f(r.recall)}  ${f(r.f1)}`,
    );
  }
  console.log("field           accuracy (matched pairs)");
  for (const [field, a] of Object.entries(s.fields))
    console.log(`${field.padEnd(15)} ${f(a.accuracy)} (${a.pairs})`);
  console.log(`span fit        ${f(s.span.meanIoU)} (${s.span.pairs})`);
  // Misses and false alarms quote the corpus (published or synthetic text), never clinical records.
  for (const m of s.misses.slice(0, show)) console.log(`miss  ${m}`);
  for (const m of s.alarms.slice(0, show)) console.log(`false ${m}`);
  console.log(
    `overall precision ${f(s.overall.precision)} recall ${f(s.overall.recall)} f1 ${f(s.overall.f1)}`,
  );
}

function valueOf(flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}
function f(x: number): string {
  return x.toFixed(3);
}
