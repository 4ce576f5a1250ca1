// Colour terms in a token range, shades mapped to the spec's basic terms.
import type { Colour } from "../../domain";
import { AMBIGUOUS_SHADES, COLOUR_PHRASES } from "../lexicon/colours";
import { PhraseMatcher } from "../text/phrase-matcher";
import type { ColourMention } from "../model";
import type { Token } from "../text/read-text";

const matcher = new PhraseMatcher<Colour>(COLOUR_PHRASES);

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
    if (notImagery(tokens, m.first, m.last, to)) {
      i = m.last - 1;
      continue;
    }
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

/** Nouns of time and mood: "a grey sort of week", "blue Monday" speak of a mood, not of imagery. */
const MOOD_NOUNS = new Set(
  `day days week weeks morning mornings afternoon evening night month months year years weekend mood
spell patch period time times monday tuesday wednesday thursday friday saturday sunday`.split(/\s+/),
);
/** Things named by a flower or fruit shade: "lavender soap", "violet hand cream". */
const PRODUCT_NOUNS = new Set(
  `soap cream lotion oil perfume scent tea candle shampoo bath water polish lipstick gin wine jam cordial
sweet sweets tin bag bush bushes garden gardens hip hips petal petals bud buds bed beds bloom blossom`.split(
    /\s+/,
  ),
);
const FLOWER_SHADES = new Set([
  "violet",
  "lavender",
  "rose",
  "lilac",
  "lemon",
  "lime",
  "peach",
  "mint",
  "sage",
  "olive",
  "cherry",
  "plum",
  "orange",
  "primrose",
  "heather",
]);

function notImagery(tokens: readonly Token[], first: number, last: number, to: number): boolean {
  for (let k = last; k < Math.min(to, last + 4); k++) {
    const t = tokens[k]!;
    if (MOOD_NOUNS.has(t.norm)) return true;
    if (FLOWER_SHADES.has(tokens[first]!.norm) && PRODUCT_NOUNS.has(t.norm)) return true;
    if (t.pos === "NOUN" && !/^(sort|kind)$/.test(t.norm) && !PRODUCT_NOUNS.has(t.norm)) {
      // "hand cream": one more noun may stand before the product.
      if (!(FLOWER_SHADES.has(tokens[first]!.norm) && PRODUCT_NOUNS.has(tokens[k + 1]?.norm ?? "")))
        return false;
    }
    if (!(
      t.pos === "NOUN" ||
      t.pos === "ADJ" ||
      t.norm === "of" ||
      t.norm === "-" ||
      /^(sort|kind)$/.test(t.norm)
    ))
      return false;
  }
  // "the morning feeling rather grey", "I felt blue": a mood.
  const w = tokens[first]!.norm;
  if (w === "grey" || w === "gray" || w === "blue") {
    for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
      const t = tokens[k]!;
      if (t.lemma === "feel" || t.norm === "feeling")
        return MOOD_NOUNS.has(tokens[k - 1]?.norm ?? "") || t.lemma === "feel";
      if (!(t.pos === "ADV" || t.norm === "a" || t.norm === "bit" || t.norm === "little")) break;
    }
  }
  return false;
}
