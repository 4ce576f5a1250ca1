// Each row of src/analysis/lexicon/outside-session.ts: what leaving it out does on every corpus
// (change in true positives and false alarms, and in F1). A row that costs more than it saves
// on the development corpora is a row to delete.
// The real-blind split is left out unless asked for: rows are judged on the corpora tuned on.
//   npx tsx scripts/eval/ablate-rules.ts [--with-blind]
import { extractPieces } from "../../src/analysis";
import { OUTSIDE_SESSION_RULES } from "../../src/analysis/lexicon/outside-session";
import { presentCorpora } from "./corpora";
import { loadCorpus, scoreCorpus } from "./score-pieces";

const withBlind = process.argv.includes("--with-blind");
const corpora = presentCorpora()
  .filter((c) => withBlind || c.name !== "real-blind")
  .map((c) => ({ ...c, docs: loadCorpus(c.dir) }));
const base = corpora.map((c) => scoreCorpus(c.docs, (t) => extractPieces(t)).overall);
console.log(`rule                     ${corpora.map((c) => c.name.padStart(18)).join("")}`);
console.log(`(all rules: F1)          ${base.map((b) => b.f1.toFixed(3).padStart(18)).join("")}`);
for (const rule of OUTSIDE_SESSION_RULES) {
  const off = new Set([rule.id]);
  const cells = corpora.map((c, i) => {
    const s = scoreCorpus(c.docs, (t) => extractPieces(t, { disabledRules: off })).overall;
    // What the row is worth: true positives it costs, false alarms it removes, F1 it adds.
    return `${-(base[i]!.tp - s.tp)}tp ${s.fp - base[i]!.fp}fa ${(base[i]!.f1 - s.f1 >= 0 ? "+" : "") + (base[i]!.f1 - s.f1).toFixed(3)}`.padStart(
      18,
    );
  });
  console.log(`${rule.id.padEnd(25)}${cells.join("")}`);
}
