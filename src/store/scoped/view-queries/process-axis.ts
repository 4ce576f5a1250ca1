// A view's strip axis from migration 018's session places: how many sessions the process has,
// which cell a place falls in (as SQL, so cells are counted where the rows are), and the
// sessions at given places, so only the sessions a first screen shows are read.
import { sql, type RawBuilder } from "kysely";
import {
  STRIP_CELLS,
  stripCellBounds,
  stripCellCount,
  type SessionRef,
  type StripBounds,
} from "../../../domain";
import type { ScopeContext } from "../scope-context";

/** Places asked for at once: well inside both drivers' limits on bound parameters. */
const PLACES_AT_ONCE = 5000;

export interface ProcessAxis {
  total: number;
  /** The strip cell of the place column named, as stripCellOf gives it. */
  cellOf(place: string): RawBuilder<number>;
  /** Each cell's first and last place. */
  bounds: Array<{ first: number; last: number }>;
}

export async function processAxis(
  ctx: ScopeContext,
  clientId: string,
  cells = STRIP_CELLS,
): Promise<ProcessAxis> {
  const { n } = await ctx.db
    .selectFrom("sessionPlaces")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("clientId", "=", clientId)
    .executeTakeFirstOrThrow();
  const total = Number(n);
  const count = stripCellCount(total, cells);
  return {
    total,
    // Integer arithmetic in both dialects: floor(place · count / total).
    cellOf: (place) => sql<number>`(${sql.ref(place)} * ${sql.lit(count)}) / ${sql.lit(Math.max(total, 1))}`,
    bounds: stripCellBounds(total, cells),
  };
}

/** The sessions at these places, by place. */
export async function sessionsAt(
  ctx: ScopeContext,
  clientId: string,
  places: Iterable<number>,
): Promise<Map<number, SessionRef>> {
  const wanted = [...new Set(places)];
  const out = new Map<number, SessionRef>();
  for (let i = 0; i < wanted.length; i += PLACES_AT_ONCE) {
    const rows = await ctx.db
      .selectFrom("sessionPlaces as sp")
      .innerJoin("sessions as s", "s.id", "sp.sessionId")
      .select(["sp.place", "s.id", "s.number", "s.date", "s.status", "s.courseId"])
      .where("sp.clientId", "=", clientId)
      .where("s.practiceId", "=", ctx.caller.practiceId)
      .where("sp.place", "in", wanted.slice(i, i + PLACES_AT_ONCE))
      .execute();
    for (const { place, ...ref } of rows) out.set(Number(place), ref);
  }
  return out;
}

/** The sessions at or after a place, with their places: the latest cells' sessions. */
export async function sessionsFrom(
  ctx: ScopeContext,
  clientId: string,
  place: number,
): Promise<Array<{ sessionId: string; place: number }>> {
  const rows = await ctx.db
    .selectFrom("sessionPlaces")
    .select(["sessionId", "place"])
    .where("clientId", "=", clientId)
    .where("place", ">=", place)
    .execute();
  return rows.map((r) => ({ sessionId: r.sessionId, place: Number(r.place) }));
}

/** The axis's cells as sessions, from the sessions at their bounds. */
export function boundsOf(axis: ProcessAxis, at: ReadonlyMap<number, SessionRef>): StripBounds[] {
  return axis.bounds.map(({ first, last }) => ({
    from: at.get(first)!,
    to: at.get(last)!,
    sessions: last - first + 1,
  }));
}

/** The places of the axis's cell bounds. */
export function boundPlaces(axis: ProcessAxis): number[] {
  return axis.bounds.flatMap(({ first, last }) => [first, last]);
}

/**
 * The first place of the latest cells that together hold at least `wanted` items, from counts
 * per cell: a card's latest items are then read from those cells only. 0 when all are needed.
 */
export function latestCellsFrom(
  axis: ProcessAxis,
  counts: ReadonlyArray<{ cell: number; count: number }>,
  wanted: number,
): number {
  const byCell = [...counts].sort((a, b) => b.cell - a.cell);
  let held = 0;
  for (const c of byCell) {
    held += c.count;
    if (held >= wanted) return axis.bounds[c.cell]!.first;
  }
  return 0;
}
