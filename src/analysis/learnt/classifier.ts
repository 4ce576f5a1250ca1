// The learnt scorer: a logistic model over featuresOf() (sparse: the rules' view) and denseOf()
// (word vectors of the span and its sentence, with a per-kind copy for the span), weights trained
// by scripts/eval/train-classifier.ts and committed as JSON. Pure and deterministic.
import weights from "./weights.json";
import { projectTable, tableRows, VECTOR_DIMS } from "./word-vectors";
import type { Token } from "../text/read-text";

export interface LearntModel {
  /** Weight of the rules' confidence as a log-odds offset: the model learns a correction to the rules. */
  offset?: number;
  bias: number;
  weights: Record<string, number>;
  /** Over denseOf(): span vector, then sentence vector. */
  dense: number[];
  /** Over the span vector, by kind. */
  denseByKind: Record<string, number[]>;
  /** A rule draft the model gives less than this is vetoed (chosen by cross-validation). */
  veto?: number;
  /**
   * How much text the correction needs: with S sentences it is weighed (S - 1) / (S - 1 + half),
   * so a one-sentence text, where span, sentence and text vectors coincide, keeps the rules'
   * confidence. Absent: the correction is always weighed in full.
   */
  contextHalf?: number;
}

const MODEL = weights as unknown as LearntModel;

export function probabilityOf(
  features: readonly string[],
  dense: Float32Array,
  kind: string,
  ruleConfidence: number,
  sentences: number,
): number {
  return scoreWith(MODEL, features, dense, kind, ruleConfidence, sentences);
}

/** The weight of the model's correction in a text of this many sentences (see contextHalf). */
export function contextWeight(m: Pick<LearntModel, "contextHalf">, sentences: number): number {
  if (!m.contextHalf) return 1;
  const s = Math.max(0, sentences - 1);
  return s / (s + m.contextHalf);
}

/** The model's probability that a candidate is a gold piece (the training script uses it too). */
export function scoreWith(
  m: LearntModel,
  features: readonly string[],
  dense: Float32Array,
  kind: string,
  ruleConfidence: number,
  sentences: number,
): number {
  let z = m.bias;
  for (const f of features) z += m.weights[f] ?? 0;
  const w = m.dense ?? []; // absent in weights trained before the word vectors
  for (let d = 0; d < w.length && d < dense.length; d++) z += w[d]! * dense[d]!;
  const wk = m.denseByKind?.[kind];
  if (wk) for (let d = 0; d < VECTOR_DIMS; d++) z += wk[d]! * dense[d]!;
  z = (m.offset ? m.offset * logit(ruleConfidence) : 0) + contextWeight(m, sentences) * z;
  return 1 / (1 + Math.exp(-z));
}

/**
 * A suggestion's confidence under the learnt scorer. A rule draft keeps the rules' confidence
 * unless the model vetoes it (then the lower of the two, below the default threshold); a bare
 * cue takes the model's probability.
 */
export function learntConfidence(
  m: Pick<LearntModel, "veto">,
  source: "rule" | "cue",
  ruleConfidence: number,
  p: number,
): number {
  if (source === "cue") return p;
  return p >= (m.veto ?? 0) ? ruleConfidence : Math.min(ruleConfidence, p);
}

/** Whether the committed model reads more of featuresOf() than the kind and source biases. */
export const MODEL_READS_RULE_FEATURES = Object.keys(MODEL.weights).some((f) => !/^(k:|src:|exb?:)/.test(f));

/** Whether the committed model reads whose experience a clause tells (experiencerFeatures). */
export const MODEL_READS_EXPERIENCER = Object.keys(MODEL.weights).some((f) => /^exb?:/.test(f));

export const MODEL_VETO: Pick<LearntModel, "veto"> = { veto: MODEL.veto ?? 0 };

/** Log-odds of a confidence, kept finite at 0 and 1. */
export function logit(p: number): number {
  const q = Math.min(0.99, Math.max(0.01, p));
  return Math.log(q / (1 - q));
}

/**
 * The committed model's word-vector term for the candidates of one text, without building
 * vectors: the model is linear in the mean vectors of span, sentence and text, so each word's
 * vector is projected once on the three weight blocks, and prefix sums over the text give any
 * span's mean projection at once. Same value as the dense term of scoreWith() over denseOf().
 * Undefined when the model has per-kind vectors (scoreWith() over denseOf() then).
 */
export interface DenseTerm {
  (first: number, last: number, sentenceFirst: number, sentenceLast: number): number;
}

let projected: Float64Array[] | undefined;

export function denseTermFor(tokens: readonly Token[], masked: Uint8Array): DenseTerm | undefined {
  if (Object.keys(MODEL.denseByKind ?? {}).length > 0) return undefined;
  const w = MODEL.dense ?? [];
  projected ??= projectTable([0, 1, 2].map((b) => w.slice(b * VECTOR_DIMS, (b + 1) * VECTOR_DIMS)));
  const rows = tableRows(tokens, masked);
  const n = tokens.length;
  // sums[b][i]: block b's projections of tokens before i; count[i]: words before i.
  const sums = [0, 1, 2].map(() => new Float64Array(n + 1));
  const count = new Int32Array(n + 1);
  // The three blocks unrolled: this loop runs over every token of every text.
  const [s0, s1, s2] = sums as [Float64Array, Float64Array, Float64Array];
  const [p0, p1, p2] = projected as [Float64Array, Float64Array, Float64Array];
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    count[i + 1] = count[i]! + (r >= 0 ? 1 : 0);
    s0[i + 1] = s0[i]! + (r >= 0 ? p0[r]! : 0);
    s1[i + 1] = s1[i]! + (r >= 0 ? p1[r]! : 0);
    s2[i + 1] = s2[i]! + (r >= 0 ? p2[r]! : 0);
  }
  const mean = (b: number, first: number, last: number) => {
    const k = count[last]! - count[first]!;
    return k > 0 ? (sums[b]![last]! - sums[b]![first]!) / k : 0;
  };
  const text = mean(2, 0, n);
  return (first, last, sf, sl) => mean(0, first, last) + mean(1, sf, sl) + text;
}

/** probabilityOf() with the dense term given (denseTermFor) instead of the vectors. */
export function probabilityWithTerm(
  features: readonly string[],
  denseTerm: number,
  ruleConfidence: number,
  sentences: number,
): number {
  let z = MODEL.bias + denseTerm;
  for (const f of features) z += MODEL.weights[f] ?? 0;
  z = (MODEL.offset ? MODEL.offset * logit(ruleConfidence) : 0) + contextWeight(MODEL, sentences) * z;
  return 1 / (1 + Math.exp(-z));
}
