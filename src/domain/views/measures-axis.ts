// Scores on the session axis: each response's total by date, and the sessions as ticks, so the
// measures read against the same timeline as the mosaic. Windowed on the session axis like the
// mosaic (the latest MEASURES_WINDOW sessions first, earlier windows on demand), so the first
// screen is the same size after 30 sessions or 3,000. Totals are scored by src/measures and
// handed in; this module only lays them out.
import { z } from "zod";
import { Id, IsoDate } from "../common";
import { MeasureResponse } from "../measure-response";
import { groupedBy, inProcessOrder, SessionRef, toSessionRef } from "./view-parts";

export const MEASURES_WINDOW = 60;

export const MeasuresQuery = z.object({
  /** How many of the latest sessions to skip (paging back in time). */
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(400).default(MEASURES_WINDOW),
});
export type MeasuresQuery = z.input<typeof MeasuresQuery>;
export type MeasuresWindow = z.output<typeof MeasuresQuery>;

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
  sessionCount: z.number().int(),
  offset: z.number().int(),
  /** Offsets of the earlier and later windows, or null at either end of the process. */
  olderOffset: z.number().int().nullable(),
  newerOffset: z.number().int().nullable(),
  /** The window's sessions, oldest first. */
  sessions: z.array(SessionRef),
  /**
   * The responses of the window: after the date of the session before it (none: from the start)
   * up to its last session's date (the latest window: up to now), so windows never overlap.
   */
  after: IsoDate.nullable(),
  until: IsoDate.nullable(),
  /** Every instrument the client answered, with how many responses in all and the window's points. */
  series: z.array(
    z.object({ instrument: z.string(), count: z.number().int(), points: z.array(MeasurePoint) }),
  ),
});
export type MeasuresAxisView = z.infer<typeof MeasuresAxisView>;

/** What the store reads for a window: its sessions, the bounds, the window's responses and counts per instrument. */
export const MeasuresRows = z.object({
  sessionCount: z.number().int(),
  offset: z.number().int(),
  sessions: z.array(SessionRef),
  after: IsoDate.nullable(),
  until: IsoDate.nullable(),
  responses: z.array(MeasureResponse),
  counts: z.array(z.object({ instrument: z.string(), count: z.number().int() })),
});
export type MeasuresRows = z.infer<typeof MeasuresRows>;

/** The window of the process `page` names, over every session in process order. */
export function measuresWindow(ordered: readonly SessionRef[], page: MeasuresWindow) {
  const end = Math.max(0, ordered.length - page.offset);
  const start = Math.max(0, end - page.limit);
  return {
    sessions: ordered.slice(start, end),
    after: start > 0 ? ordered[start - 1]!.date : null,
    until: page.offset > 0 && end > 0 ? ordered[end - 1]!.date : null,
  };
}

export function buildMeasuresAxisFromRows(
  rows: MeasuresRows,
  points: readonly MeasurePoint[],
): MeasuresAxisView {
  const byInstrument = groupedBy(
    [...points].sort((a, b) => a.date.localeCompare(b.date)),
    (p) => p.instrument,
  );
  const olderStart = rows.offset + rows.sessions.length;
  return {
    sessionCount: rows.sessionCount,
    offset: rows.offset,
    olderOffset: olderStart < rows.sessionCount ? olderStart : null,
    newerOffset: rows.offset > 0 ? Math.max(0, rows.offset - MEASURES_WINDOW) : null,
    sessions: rows.sessions.map(toSessionRef),
    after: rows.after,
    until: rows.until,
    series: [...rows.counts]
      .sort((a, b) => a.instrument.localeCompare(b.instrument))
      .map(({ instrument, count }) => ({ instrument, count, points: byInstrument.get(instrument) ?? [] })),
  };
}

/** The in-memory reference: the window over every session and every response. */
export function buildMeasuresAxis(
  sessions: readonly SessionRef[],
  responses: readonly MeasureResponse[],
  score: (responses: readonly MeasureResponse[]) => MeasurePoint[],
  page: MeasuresWindow,
): MeasuresAxisView {
  const ordered = inProcessOrder(sessions);
  const w = measuresWindow(ordered, page);
  const inWindow = responses.filter(
    (r) => (w.after === null || r.date > w.after) && (w.until === null || r.date <= w.until),
  );
  const counts = new Map<string, number>();
  for (const r of responses) counts.set(r.instrument, (counts.get(r.instrument) ?? 0) + 1);
  return buildMeasuresAxisFromRows(
    {
      sessionCount: ordered.length,
      offset: page.offset,
      ...w,
      responses: [...inWindow],
      counts: [...counts].map(([instrument, count]) => ({ instrument, count })),
    },
    score(inWindow),
  );
}
