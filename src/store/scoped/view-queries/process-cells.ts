// The process cut into strip cells in SQL (issue 16): each session's index in process order
// comes from a window over the sessions_client_order index, so a card's presence per cell is
// grouped where the rows are, and only the few sessions a card or the axis names come back as
// refs, not the client's whole axis (3,000 refs and a count per card and session before).
import { sql, type RawBuilder } from "kysely";
import { cellBounds, conflict, type AxisCell, type SessionRef } from "../../../domain";
import type { ScopeContext } from "../scope-context";
import { countSessions } from "./session-refs";

/**
 * The client's sessions with `i`, their index in process order (date, then number, as
 * inProcessOrder sorts). Cast: PostgreSQL's row_number is a bigint, which its driver returns as text.
 */
export function withRanked(ctx: ScopeContext, clientId: string) {
  return ctx.db.with("ranked", (db) =>
    db
      .selectFrom("sessions")
      .select([
        "id",
        "number",
        "date",
        "status",
        "courseId",
        sql<number>`cast(row_number() over (order by date, number) - 1 as integer)`.as("i"),
      ])
      .where("practiceId", "=", ctx.caller.practiceId)
      .where("clientId", "=", clientId),
  );
}

export interface ProcessAxis {
  total: number;
  /** The cell of `ranked.i` (`r.i` in a query joining `ranked as r`), as stripCellOf gives it. */
  cellOf: RawBuilder<number>;
  bounds: Array<{ first: number; last: number }>;
}

/** How the client's process falls into at most `cells` cells; the refs come later (axisAndRefs). */
export async function processAxis(ctx: ScopeContext, clientId: string, cells: number): Promise<ProcessAxis> {
  const total = await countSessions(ctx, clientId);
  // Literals: both are integers computed here, and both dialects divide integers as integers.
  const cellOf =
    total <= cells ? sql<number>`r.i` : sql<number>`(r.i * ${sql.lit(cells)}) / ${sql.lit(total)}`;
  return { total, cellOf, bounds: cellBounds(total, cells) };
}

/** Sessions at these indexes (in process order) as refs, one read. */
export async function refsAt(
  ctx: ScopeContext,
  clientId: string,
  indexes: Iterable<number>,
): Promise<Map<number, SessionRef>> {
  const wanted = [...new Set(indexes)];
  if (wanted.length === 0) return new Map();
  const rows = await withRanked(ctx, clientId)
    .selectFrom("ranked")
    .select(["id", "number", "date", "status", "courseId", "i"])
    .where("i", "in", wanted)
    .execute();
  return new Map(
    rows.map((r) => [
      Number(r.i),
      { id: r.id, number: r.number, date: r.date, status: r.status, courseId: r.courseId },
    ]),
  );
}

/**
 * The axis's cells from the refs at their bounds; null when a bound is missing, which only a
 * session written or deleted between the count and the reads can cause (the caller reads again).
 */
export function axisCells(axis: ProcessAxis, refs: ReadonlyMap<number, SessionRef>): AxisCell[] | null {
  const out: AxisCell[] = [];
  for (const { first, last } of axis.bounds) {
    const from = refs.get(first);
    const to = refs.get(last);
    if (!from || !to) return null;
    out.push({
      fromNumber: from.number,
      toNumber: to.number,
      fromDate: from.date,
      toDate: to.date,
      sessions: last - first + 1,
    });
  }
  return out;
}

/** Reads again, a few times, while a concurrent write leaves the axis inconsistent. */
export async function readSteady<T>(read: () => Promise<T | null>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const out = await read();
    if (out !== null) return out;
    if (attempt === 3) throw conflict("the process changed while it was read; try again");
  }
}

/** Every index the axis needs a ref for. */
export function boundIndexes(axis: ProcessAxis): number[] {
  return axis.bounds.flatMap(({ first, last }) => [first, last]);
}
