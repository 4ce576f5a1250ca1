// Change between two responses to the same instrument, judged against its reliable-change figure.
import type { ScoreResult } from "./score-result";
import type { InstrumentDefinition } from "./definition-schema";
import { requireInstrument } from "./registry";
import { totalRange } from "./score-range";
import { invalid } from "../domain";

export type ChangeDirection = "improved" | "worsened" | "unchanged";

export interface ChangeResult {
  instrument: string;
  before: number;
  after: number;
  /** after − before, on the instrument's total. */
  difference: number;
  /** Improvement is a fall in symptom scores, or a rise where higher is better (WHO-5). */
  direction: ChangeDirection;
  /** Whether the change reaches the reliable-change figure; null when the instrument has none. */
  reliable: boolean | null;
  threshold: number | null;
}

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
  const rc = def.reliableChange;
  const size = Math.abs(difference);
  const reliable = rc === null ? null : rc.comparison === ">=" ? size >= rc.threshold : size > rc.threshold;
  return {
    instrument: def.id,
    before: b,
    after: a,
    difference,
    direction,
    reliable,
    threshold: rc?.threshold ?? null,
  };
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
