// The learnt scorer: a logistic model over featuresOf(), weights trained by
// scripts/eval/train-classifier.ts and committed as JSON. Pure and deterministic.
import weights from "./weights.json";

const W: Readonly<Record<string, number>> = (weights as { weights: Record<string, number> }).weights;
const BIAS = (weights as { bias: number }).bias;

export function probabilityOf(features: readonly string[]): number {
  let z = BIAS;
  for (const f of features) z += W[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}
