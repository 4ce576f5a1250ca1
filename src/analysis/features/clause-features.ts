// Finds body regions, colours, emotions and ages once over the whole text and hands each clause
// its share, so no lexicon is scanned more than once per text.
import { PERSON_POSSESSIVES } from "../lexicon/function-words";
import type { BodyRegion } from "../../domain";
import type { Clause, Narrator, RegionMention } from "../model";
import type { Token } from "../text/read-text";
import { findColours } from "./colours";
import { findEmotions } from "./emotions";
import { findLifeTimes } from "./ages";
import { findRegions } from "./regions";

export function attachFeatures(
  clauses: Clause[],
  tokens: readonly Token[],
  narrator: Narrator,
  masked: Uint8Array,
): void {
  if (clauses.length === 0) return;
  const clauseAt = new Int32Array(tokens.length).fill(-1);
  for (const c of clauses) for (let k = c.first; k < c.last; k++) clauseAt[k] = c.index;
  const owner = (first: number): Clause | undefined => {
    const i = clauseAt[first];
    return i !== undefined && i >= 0 ? clauses[i] : undefined;
  };
  for (const m of carrySides(tokens, findRegions(tokens, 0, tokens.length, { narrator, masked })))
    owner(m.first)?.regions.push(m);
  for (const m of findColours(tokens, 0, tokens.length, masked)) owner(m.first)?.colours.push(m);
  for (const m of findEmotions(tokens, 0, tokens.length, (i) => masked[i] === 1)) {
    const c = owner(m.first);
    // "my neck felt better": a part that feels some way is a body sensation, not an emotion.
    if (c && tokens[m.first]!.lemma === "feel" && c.regions.some((r) => r.last === m.first)) continue;
    c?.emotions.push(m);
  }
  for (const m of findLifeTimes(tokens, 0, tokens.length)) owner(m.first)?.lifeTimes.push(m);
}

/** Parts of one limb: "pain in the right hip, then a tingle down the leg" is the right leg. */
const LIMB: Partial<Record<BodyRegion, string>> = {
  hips: "leg",
  legs: "leg",
  knees: "leg",
  feet: "leg",
  shoulders: "arm",
  arms: "arm",
  hands: "arm",
};

/**
 * "Her left arm twitched, then the whole arm shook": a part named again with "the", in the same or
 * the next sentence, keeps the side it was given. "Heat in the joint" is the joint named before.
 */
function carrySides(tokens: readonly Token[], found: RegionMention[]): RegionMention[] {
  const out: RegionMention[] = [];
  let last: RegionMention | null = null;
  let j = 0;
  for (let k = 0; k < tokens.length; k++) {
    while (j < found.length && found[j]!.first === k) {
      const m = found[j++]!;
      // "Belly — cramp, left side": a side named after the part, before any other part.
      if (m.laterality === null) m.laterality = sideAfter(tokens, m.last, found[j]?.first ?? tokens.length);
      if (m.laterality === null && last && last.laterality !== null && anaphoric(tokens, m.first, m.last)) {
        const near = tokens[k]!.sentence - tokens[last.first]!.sentence <= 1;
        const sameLimb = LIMB[m.region] !== undefined && LIMB[m.region] === LIMB[last.region];
        if (near && (m.region === last.region || sameLimb)) m.laterality = last.laterality;
      }
      out.push(m);
      last = m;
    }
    const t = tokens[k]!;
    // "the joint", "that joint": the part named just before.
    if (
      t.lemma === "joint" &&
      t.norm === "joint" &&
      /^(the|that|this)$/.test(tokens[k - 1]?.norm ?? "") &&
      last
    ) {
      if (t.sentence - tokens[last.first]!.sentence <= 1)
        out.push({ ...last, first: k, last: k + 1, words: "joint" });
    }
  }
  return out;
}

/** "the leg", "the whole arm", "that knee": a singular part named again. */
function anaphoric(tokens: readonly Token[], first: number, last: number): boolean {
  const head = tokens[last - 1]!;
  if (head.norm !== head.lemma && head.norm.endsWith("s")) return false;
  let k = first - 1;
  while (
    k >= 0 &&
    (tokens[k]!.norm === "whole" || tokens[k]!.norm === "same" || tokens[k]!.norm === "entire")
  )
    k--;
  return /^(the|that|this)$/.test(tokens[k]?.norm ?? "");
}

function sideAfter(tokens: readonly Token[], from: number, nextRegion: number): RegionMention["laterality"] {
  const sentence = tokens[from - 1]!.sentence;
  for (let k = from; k < Math.min(tokens.length, nextRegion, from + 7); k++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || t.pos === "VERB" || t.pos === "AUX") break;
    // "her right side felt warm" names a place of its own.
    if (PERSON_POSSESSIVES.has(tokens[k - 1]?.norm ?? "")) continue;
    if (tokens[k + 1]?.norm === "side" && (t.norm === "left" || t.norm === "right")) return t.norm;
  }
  return null;
}
