// An appearance strip of bounded size: the process cut into at most STRIP_CELLS stretches of
// consecutive sessions, each cell saying how many of its sessions held the character or thread,
// so a card shows where it came and went whether the process has 30 sessions or 3,000. A short
// process keeps one cell per session.
import { z } from "zod";
import { Id, IsoDate } from "../common";
import type { SessionRef } from "./view-parts";

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
