// Scores on the session axis: each response's total by date, and the sessions as ticks, so the
// measures read against the same timeline as the mosaic. Totals are scored by src/measures and
// handed in; this module only lays them out.
import { z } from "zod";
import { Id, IsoDate } from "../common";
import { MeasureResponse } from "../measure-response";
import { inProcessOrder, SessionRef, toSessionRef } from "./view-parts";

export const MeasurePoint = z.object({
  responseId: Id,
  instrument: z.string(),
  date: IsoDate,
  total: z.number().nullable(),
  band: z.string().nullable(),
  flags: z.array(z.string()),
});
export type MeasurePoint = z.infer<typeof MeasurePoint>;

export const MeasuresAxisView = z.object({
  sessions: z.array(SessionRef),
  series: z.array(z.object({ instrument: z.string(), points: z.array(MeasurePoint) })),
});
export type MeasuresAxisView = z.infer<typeof MeasuresAxisView>;

/** What the store reads for the axis: session refs (no pieces) and the responses, scored by the server. */
export const MeasuresRows = z.object({ sessions: z.array(SessionRef), responses: z.array(MeasureResponse) });
export type MeasuresRows = z.infer<typeof MeasuresRows>;

export function buildMeasuresAxis(
  sessions: readonly SessionRef[],
  points: readonly MeasurePoint[],
): MeasuresAxisView {
  const byInstrument = new Map<string, MeasurePoint[]>();
  for (const p of [...points].sort((a, b) => a.date.localeCompare(b.date))) {
    byInstrument.set(p.instrument, [...(byInstrument.get(p.instrument) ?? []), p]);
  }
  return {
    sessions: inProcessOrder(sessions).map(toSessionRef),
    series: [...byInstrument].map(([instrument, pts]) => ({ instrument, points: pts })),
  };
}
