// Colour terms in a token range, shades mapped to the spec's basic terms.
import type { Colour } from "../../domain";
import { AMBIGUOUS_SHADES, COLOUR_PHRASES } from "../lexicon/colours";
import { PhraseMatcher } from "../text/phrase-matcher";
import type { Token } from "../text/read-text";

const matcher = new PhraseMatcher<Colour>(COLOUR_PHRASES);

export interface ColourMention {
  colour: Colour;
  first: number;
  last: number;
}

export function findColours(
  tokens: readonly Token[],
  from: number,
  to: number,
  masked: Uint8Array,
): ColourMention[] {
  const out: ColourMention[] = [];
  for (let i = from; i < to; i++) {
    if (masked[i]) continue;
    const m = matcher.matchAt(tokens, i, to);
    if (!m) continue;
    const word = tokens[m.first]!;
    // "all roses", "two limes": a plural noun is a thing, not its colour.
    if (m.last - m.first === 1 && word.pos === "NOUN" && word.norm !== word.lemma) continue;
    if (m.last - m.first === 1 && AMBIGUOUS_SHADES.has(word.norm) && !usedAsColour(tokens, m.first, to))
      continue;
    // A verb form is never a colour ("the warmth rose", "she tanned").
    if (word.pos === "VERB") continue;
    let skip = false;
    for (let k = m.first; k < m.last; k++) if (masked[k]) skip = true;
    if (!skip) out.push({ colour: m.value, first: m.first, last: m.last });
    i = m.last - 1;
  }
  // "purple-blue": both halves were found as separate words; nothing more to do.
  return out;
}

/** "a plum dress", "the colour of rust", "rust-coloured", "cream and gold": a shade word used as colour. */
function usedAsColour(tokens: readonly Token[], at: number, to: number): boolean {
  const next = tokens[at + 1];
  const prev = tokens[at - 1];
  const prev2 = tokens[at - 2];
  if (next && at + 1 < to && (next.pos === "NOUN" || next.pos === "ADJ") && next.norm !== "and") return true;
  if (next && next.norm === "-" && /^colou?red$/.test(tokens[at + 2]?.norm ?? "")) return true;
  if (prev && prev.norm === "of" && prev2 && /^colou?rs?$/.test(prev2.norm)) return true;
  if (
    prev &&
    (prev.norm === "and" || prev.norm === "-" || prev.norm === ",") &&
    prev2 &&
    matcher.matchAt(tokens, at - 2) &&
    !AMBIGUOUS_SHADES.has(prev2.norm)
  )
    return true;
  if (
    next &&
    (next.norm === "and" || next.norm === "-") &&
    matcher.matchAt(tokens, at + 2) &&
    !AMBIGUOUS_SHADES.has(tokens[at + 2]?.norm ?? "")
  )
    return true;
  return false;
}
