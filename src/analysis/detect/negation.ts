// Negated or absent experiences are not pieces (spec: "she did not feel cold", "no images came").
// wink-nlp flags words in the scope of "not", "no", "never"; these rules add what it leaves out.
import type { Token } from "../text/read-text";

const ABSENCE_BEFORE = new Set([
  "without",
  "no",
  "nor",
  "neither",
  "never",
  "hardly",
  "barely",
  // informal writing drops the apostrophe ("wont", "didnt"): wink splits off "nt" but flags nothing
  "nt",
]);
const GONE = new Set(["gone", "disappeared", "vanished"]);

export function isNegated(tokens: readonly Token[], at: number, clauseFirst: number): boolean {
  if (tokens[at]?.negated) return true;
  for (let k = at - 1; k >= Math.max(clauseFirst, at - 3); k--) {
    const w = tokens[k]!.norm;
    if (ABSENCE_BEFORE.has(w)) return true;
    // "loose instead of clenched"
    if (w === "of" && tokens[k - 1]?.norm === "instead") return true;
    // "a lack of understanding", "the absence of pain": the thing named is missing.
    if (w === "of" && /^(lack|absence)$/.test(tokens[k - 1]?.lemma ?? "")) return true;
    // "not as an image but as a presence": the contrast denies the first kind.
    if (w === "as" && tokens[k - 1]?.norm === "not") return true;
    if (w === "," || w === "and" || w === "but") break;
  }
  return false;
}

/** "the pressure behind her eye was gone": the clause reports an experience ending, not one felt. */
export function reportsAbsence(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    const w = tokens[k]!.norm;
    if (GONE.has(w)) return true;
    if (w === "no" && tokens[k + 1]?.norm === "longer") return true;
    if (w === "went" && tokens[k + 1]?.norm === "away") return true;
  }
  return false;
}
