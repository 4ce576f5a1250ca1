// Marks tokens that must not count as experience words: idioms, body words that are places or
// measures, and technique names ("a pelvic diaphragm release" is something the practitioner did).
import type { Emotion } from "../../domain";
import { IDIOMS, type Idiom } from "../lexicon/idioms";
import { NOT_BODY_PHRASES } from "../lexicon/regions";
import { TECHNIQUE_NOUNS } from "../lexicon/practice";
import { PhraseMatcher } from "../text/phrase-matcher";
import { titleLines } from "./title-lines";
import type { Token } from "../text/read-text";

const idioms = new PhraseMatcher<Idiom>(IDIOMS);
const notBody = new PhraseMatcher<true>(NOT_BODY_PHRASES.map((p) => [p, true] as const));
const techniques = new PhraseMatcher<true>(
  TECHNIQUE_NOUNS.filter((p) => p !== "hold" && p !== "holds").map((p) => [p, true] as const),
);

export interface Masks {
  masked: Uint8Array;
  idiomEmotions: Map<number, { emotion: Emotion; last: number }>;
  /** Token ranges naming a technique. */
  techniqueRanges: [number, number][];
}

export function buildMasks(tokens: readonly Token[]): Masks {
  const masked = new Uint8Array(tokens.length);
  const idiomEmotions = new Map<number, { emotion: Emotion; last: number }>();
  for (const m of idioms.findAll(tokens)) {
    for (let k = m.first; k < m.last; k++) masked[k] = 1;
    if (m.value.emotion) idiomEmotions.set(m.first, { emotion: m.value.emotion, last: m.last });
  }
  for (const m of notBody.findAll(tokens)) for (let k = m.first; k < m.last; k++) masked[k] = 1;
  for (const [first, last] of titleLines(tokens)) for (let k = first; k < last; k++) masked[k] = 1;
  const techniqueRanges: [number, number][] = [];
  for (const m of techniques.findAll(tokens)) {
    // "release" after a technique's anatomy ("pelvic diaphragm release") is part of the name.
    let last = m.last;
    const next = tokens[last]?.lemma;
    if (next === "release" || next === "hold" || next === "glide" || next === "lift" || next === "technique")
      last++;
    for (let k = m.first; k < last; k++) masked[k] = 1;
    techniqueRanges.push([m.first, last]);
  }
  return { masked, idiomEmotions, techniqueRanges };
}
