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

/** A cell of the axis, shared by every strip over the same sessions (the store computes it). */
export const AxisCell = StripCell.pick({
  fromNumber: true,
  toNumber: true,
  fromDate: true,
  toDate: true,
  sessions: true,
});
export type AxisCell = z.infer<typeof AxisCell>;

/** One card's part in a cell: how many of the cell's sessions held it, and the first that did. */
export const CellPresence = z.object({ cell: z.number().int(), present: z.number().int(), sessionId: Id });
export type CellPresence = z.infer<typeof CellPresence>;

/** The first and last index (in process order) of each cell over `total` sessions. */
export function cellBounds(total: number, cells = STRIP_CELLS): Array<{ first: number; last: number }> {
  const out: Array<{ first: number; last: number }> = [];
  for (let i = 0; i < total; i++) {
    const at = stripCellOf(i, total, cells);
    if (out[at]) out[at].last = i;
    else out[at] = { first: i, last: i };
  }
  return out;
}

/** A card's strip from the shared axis and its presence (cells it never held stay empty). */
export function stripFromCells(axis: readonly AxisCell[], presence: readonly CellPresence[]): StripCell[] {
  const strip: StripCell[] = axis.map((c) => ({ ...c, present: 0, sessionId: null }));
  for (const p of presence) {
    const cell = strip[p.cell];
    if (!cell) continue;
    cell.present = p.present;
    cell.sessionId = p.sessionId;
  }
  return strip;
}

/**
 * Where one card (a thread, a character) stands over the process, as the store groups it: how
 * many of its items (pieces, messages) it has, how many sessions held it, its first and last
 * session, and its part in each cell.
 */
export const CardPresence = z.object({
  id: Id,
  count: z.number().int(),
  sessionsSeen: z.number().int(),
  firstSession: SessionRef,
  lastSession: SessionRef,
  cells: z.array(CellPresence),
});
export type CardPresence = z.infer<typeof CardPresence>;
