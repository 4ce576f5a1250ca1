// Change between two responses to the same instrument: reliable change, a larger published
// change figure where there is one (PCL-5 "clinically meaningful", symptom profile "clinically
// significant"), and Jacobson–Truax clinical significance where a published cut-off exists.
import { z } from "zod";
import type { ScoreResult } from "./score-result";
import type { InstrumentDefinition } from "./definition-schema";
import { requireInstrument } from "./registry";
import { totalRange } from "./score-range";
import { invalid } from "../domain";

export const ChangeDirection = z.enum(["improved", "worsened", "unchanged"]);
export type ChangeDirection = z.infer<typeof ChangeDirection>;

/** Jacobson & Truax (1991) categories; sources in each definition's `clinicalSignificance`. */
export const ClinicalSignificance = z.enum(["recovered", "improved", "unchanged", "deteriorated"]);
export type ClinicalSignificance = z.infer<typeof ClinicalSignificance>;

export const ChangeResult = z.object({
  instrument: z.string(),
  before: z.number(),
  after: z.number(),
  /** after − before, on the instrument's total. */
  difference: z.number(),
  /** Improvement is a fall in symptom scores, or a rise where higher is better (WHO-5). */
  direction: ChangeDirection,
  /** Whether the change reaches the reliable-change figure; null when the instrument has none. */
  reliable: z.boolean().nullable(),
  threshold: z.number().nullable(),
  /** Whether it reaches the larger named figure (`meaningfulChange`); null when there is none. */
  meaningful: z.boolean().nullable(),
  meaningfulThreshold: z.number().nullable(),
  /** Null where no published cut-off (or no reliable-change figure) allows judging it. */
  clinicalSignificance: ClinicalSignificance.nullable(),
});
export type ChangeResult = z.infer<typeof ChangeResult>;

/** before/after are totals, or score results of complete responses to this instrument's version. */
export function reliableChange(
  instrumentId: string,
  before: number | ScoreResult,
  after: number | ScoreResult,
): ChangeResult {
  const def = requireInstrument(instrumentId);
  const b = totalOf(def, before, "before");
  const a = totalOf(def, after, "after");
  const f = 10 ** def.scoring.decimals;
  const difference = Math.round((a - b) * f) / f;
  const gain = def.higherIsBetter ? difference : -difference;
  const direction: ChangeDirection = difference === 0 ? "unchanged" : gain > 0 ? "improved" : "worsened";
  const size = Math.abs(difference);
  const reaches = (rule: { threshold: number; comparison: ">=" | ">" } | null) =>
    rule === null ? null : rule.comparison === ">=" ? size >= rule.threshold : size > rule.threshold;
  const reliable = reaches(def.reliableChange);
  return {
    instrument: def.id,
    before: b,
    after: a,
    difference,
    direction,
    reliable,
    threshold: def.reliableChange?.threshold ?? null,
    meaningful: reaches(def.meaningfulChange),
    meaningfulThreshold: def.meaningfulChange?.threshold ?? null,
    clinicalSignificance: judgeClinicalSignificance(def, b, a, reliable, direction),
  };
}

/**
 * Recovered: a reliable improvement from the clinical range to outside it. Improved: any other
 * reliable improvement. Deteriorated: a reliable worsening. Unchanged: no reliable change.
 */
function judgeClinicalSignificance(
  def: InstrumentDefinition,
  before: number,
  after: number,
  reliable: boolean | null,
  direction: ChangeDirection,
): ClinicalSignificance | null {
  const rule = def.clinicalSignificance;
  if (rule === null || reliable === null) return null;
  if (!reliable) return "unchanged";
  if (direction === "worsened") return "deteriorated";
  const isCase = (t: number) => (rule.clinicalRange === "at-least" ? t >= rule.cutOff : t <= rule.cutOff);
  return isCase(before) && !isCase(after) ? "recovered" : "improved";
}

function totalOf(def: InstrumentDefinition, value: number | ScoreResult, path: string): number {
  const fail = (message: string) => invalid(`${path}: ${message}`, [{ path, message }]);
  if (typeof value !== "number") {
    if (value.instrument !== def.id) throw fail(`is a ${value.instrument} result, not ${def.id}`);
    if (value.version !== def.version)
      throw fail(`was scored with ${def.id} version ${value.version}, not ${def.version}`);
    if (value.total === null) throw fail("the response is incomplete and has no total");
    return value.total;
  }
  const range = totalRange(def);
  if (!Number.isFinite(value) || value < range.min || value > range.max)
    throw fail(`${value} is outside the ${def.shortTitle} total range ${range.min}–${range.max}`);
  return value;
}
