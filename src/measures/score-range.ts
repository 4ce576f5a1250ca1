// The possible range of an instrument's raw result and total, derived from its definition.
import type { InstrumentDefinition } from "./definition-schema";

export interface ScoreRange {
  min: number;
  max: number;
}

export function rawRange(def: InstrumentDefinition): ScoreRange {
  const scores = def.options.map((o) => o.score);
  const [lo, hi] = [Math.min(...scores), Math.max(...scores)];
  const n = def.scoring.method === "sum" ? def.items.length : 1;
  return { min: lo * n, max: hi * n };
}

export function totalRange(def: InstrumentDefinition): ScoreRange {
  const raw = rawRange(def);
  return { min: raw.min * def.scoring.multiplier, max: raw.max * def.scoring.multiplier };
}
