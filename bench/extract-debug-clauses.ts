// Prints the clauses the extractor sees in a text (stdin), for tuning the splitter by eye.
import { readFileSync } from "node:fs";
import { readText } from "../src/analysis/text/read-text";
import { splitClauses } from "../src/analysis/text/clauses";

const text = readFileSync(0, "utf8");
const read = readText(text);
for (const c of splitClauses(read.tokens, read.sentences)) {
  const a = read.tokens[c.first]!.start;
  const b = read.tokens[c.last - 1]!.end;
  console.log(`${c.sentence}${c.elided ? "*" : " "} ${text.slice(a, b)}`);
}
