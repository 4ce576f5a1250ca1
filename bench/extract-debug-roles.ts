// Prints each clause of a text (stdin) with the role the extractor gives it (tuning aid).
import { readFileSync } from "node:fs";
import { readText } from "../src/analysis/text/read-text";
import { splitClauses } from "../src/analysis/text/clauses";
import { assignRoles } from "../src/analysis/document/roles";
import { buildMasks } from "../src/analysis/document/masks";
import { detectNarrator, findClientNames, findTherapistNames } from "../src/analysis/document/narrator";

const text = readFileSync(0, "utf8");
const read = readText(text);
const narrator = detectNarrator(read.tokens);
const raw = splitClauses(read.tokens, read.sentences);
const roles = assignRoles(raw, {
  tokens: read.tokens,
  sentences: read.sentences,
  narrator,
  therapistNames: findTherapistNames(read.tokens, narrator),
  clientNames: findClientNames(read.tokens, narrator),
  techniqueRanges: buildMasks(read.tokens).techniqueRanges,
});
console.log(`narrator: ${narrator}`);
raw.forEach((c, i) => {
  const a = read.tokens[c.first]!.start;
  const b = read.tokens[c.last - 1]!.end;
  console.log(`${c.sentence} ${String(roles[i]).padEnd(11)} ${text.slice(a, b)}`);
});
