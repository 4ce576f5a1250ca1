// An appearance strip of bounded size: the process cut into at most STRIP_CELLS stretches of
// consecutive sessions, each cell saying how many of its sessions held the character or thread,
// so a card shows where it came and went whether the process has 30 sessions or 3,000. A short
// process keeps one cell per session.
import { z } from "zod";
import { Id, IsoDate } from "../common";
import { SessionRef } from "./view-parts";

export const STRIP_CELLS = 48;

export const StripCell = z.object({
  /** Numbers and dates of the first and last session of the stretch. */
  fromNumber: z.number().int(),
  toNumber: z.number().int(),
  fromDate: IsoDate,
  toDate: IsoDate,
  /** Sessions in the stretch, and how many of them held it. */
  sessions: z.number().int(),
  present: z.number().int(),
  /** The first session of the stretch that held it: where the cell links. */
  sessionId: Id.nullable(),
});
export type StripCell = z.infer<typeof StripCell>;

/** Which cell the session at `index` (of `total`, in process order) falls in. */
export function stripCellOf(index: number, total: number, cells = STRIP_CELLS): number {
  return total <= cells ? index : Math.floor((index * cells) / total);
}

/** How many cells a strip over `total` sessions has: one per session up to `cells`. */
export function stripCellCount(total: number, cells = STRIP_CELLS): number {
  return Math.min(total, cells);
}

/**
 * The first and last index (in process order) of each cell of a strip over `total` sessions:
 * cell k holds the sessions i with stripCellOf(i, total) = k, from ceil(k·total/n) on.
 */
export function stripCellBounds(total: number, cells = STRIP_CELLS): Array<{ first: number; last: number }> {
  const n = stripCellCount(total, cells);
  const start = (k: number) => Math.ceil((k * total) / n);
  return Array.from({ length: n }, (_, k) => ({ first: start(k), last: start(k + 1) - 1 }));
}

/** A strip's cell as a store reads it: its first and last session, and how many it spans. */
export const StripBounds = z.object({ from: SessionRef, to: SessionRef, sessions: z.number().int() });
export type StripBounds = z.infer<typeof StripBounds>;

/** A cell that holds something: how many of its sessions held it, and the first of them. */
export const CellPresence = z.object({ cell: z.number().int(), present: z.number().int(), sessionId: Id });
export type CellPresence = z.infer<typeof CellPresence>;

/** The strip from cells counted by the store: the same cells buildStrip gives from every session. */
export function stripFromCells(
  bounds: readonly StripBounds[],
  presence: readonly CellPresence[],
): StripCell[] {
  const at = new Map(presence.map((p) => [p.cell, p]));
  return bounds.map((b, k) => ({
    fromNumber: b.from.number,
    toNumber: b.to.number,
    fromDate: b.from.date,
    toDate: b.to.date,
    sessions: b.sessions,
    present: at.get(k)?.present ?? 0,
    sessionId: at.get(k)?.sessionId ?? null,
  }));
}

/** The strip of `present` sessions over the whole process (sessions in process order). */
export function buildStrip(
  ordered: ReadonlyArray<Pick<SessionRef, "id" | "number" | "date">>,
  present: ReadonlySet<string>,
  cells = STRIP_CELLS,
): StripCell[] {
  const out: StripCell[] = [];
  ordered.forEach((s, i) => {
    const at = stripCellOf(i, ordered.length, cells);
    const has = present.has(s.id);
    const cell = out[at];
    if (!cell) {
      out[at] = {
        fromNumber: s.number,
        toNumber: s.number,
        fromDate: s.date,
        toDate: s.date,
        sessions: 1,
        present: has ? 1 : 0,
        sessionId: has ? s.id : null,
      };
      return;
    }
    cell.toNumber = s.number;
    cell.toDate = s.date;
    cell.sessions += 1;
    if (has) {
      cell.present += 1;
      cell.sessionId ??= s.id;
    }
  });
  return out;
}

/** A page of a list in process order: which slice of how many. */
export const PageQuery = z.object({
  offset: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(20),
});
export type PageQuery = z.input<typeof PageQuery>;
