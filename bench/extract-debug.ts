// Prints, for a text on stdin, each clause with its role and the pieces found in it (tuning aid).
import { readFileSync } from "node:fs";
import { extractPieces } from "../src/analysis";
import { readText } from "../src/analysis/text/read-text";

const text = readFileSync(0, "utf8");
const read = readText(text);
if (process.argv.includes("--tokens")) {
  console.log(read.tokens.map((t) => `${t.text}/${t.pos}/${t.lemma}${t.negated ? "~" : ""}`).join(" "));
}
for (const p of extractPieces(text)) {
  const fields = Object.entries(p)
    .filter(
      ([k, v]) =>
        !["kind", "start", "end", "text"].includes(k) && v !== null && !(Array.isArray(v) && v.length === 0),
    )
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(" ");
  console.log(`${p.kind.padEnd(14)} ${JSON.stringify(p.text)} ${fields}`);
}
