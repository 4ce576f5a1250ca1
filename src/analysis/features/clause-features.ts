// Finds body regions, colours, emotions and ages once over the whole text and hands each clause
// its share, so no lexicon is scanned more than once per text.
import type { Clause, Narrator } from "../model";
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
  for (const m of findRegions(tokens, 0, tokens.length, { narrator, masked }))
    owner(m.first)?.regions.push(m);
  for (const m of findColours(tokens, 0, tokens.length, masked)) owner(m.first)?.colours.push(m);
  for (const m of findEmotions(tokens, 0, tokens.length, (i) => masked[i] === 1))
    owner(m.first)?.emotions.push(m);
  for (const m of findLifeTimes(tokens, 0, tokens.length)) owner(m.first)?.lifeTimes.push(m);
}
