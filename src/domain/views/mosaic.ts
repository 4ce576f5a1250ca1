// The mosaic timeline: sessions in order with their pieces as tiles. Paged from the latest
// session back, so the first screen of a 300-session process is as small as that of a short one;
// the month overview covers the whole process so the practitioner can jump anywhere.
import { z } from "zod";
import type { Character, Thread } from "../character";
import { Id } from "../common";
import type { Session } from "../session";
import { CharacterAspect, PieceKind } from "../vocabulary";
import { inProcessOrder, PieceTile, SessionRef, toSessionRef, toTile } from "./view-parts";

export const MosaicQuery = z.object({
  /** How many of the latest sessions to skip (paging back in time). */
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(400).default(40),
});
export type MosaicQuery = z.input<typeof MosaicQuery>;

export const MosaicMonth = z.object({
  /** YYYY-MM */
  month: z.string(),
  sessions: z.number().int(),
  pieces: z.number().int(),
  kinds: z.partialRecord(PieceKind, z.number().int()),
  /** Offset of the month's latest session, to page straight to it. */
  offset: z.number().int(),
});

export const MosaicView = z.object({
  sessions: z.array(SessionRef.extend({ tiles: z.array(PieceTile) })),
  total: z.number().int(),
  offset: z.number().int(),
  /** Offset of the next (older) page, or null when the first session is on this page. */
  olderOffset: z.number().int().nullable(),
  months: z.array(MosaicMonth),
  courses: z.array(z.object({ id: Id, startDate: z.string(), intention: z.string() })),
  characters: z.array(z.object({ id: Id, label: z.string(), aspect: CharacterAspect })),
  threads: z.array(z.object({ id: Id, name: z.string(), status: z.string() })),
});
export type MosaicView = z.infer<typeof MosaicView>;

export function buildMosaic(input: {
  sessions: readonly Session[];
  characters: readonly Character[];
  threads: readonly Thread[];
  courses: ReadonlyArray<{ id: string; startDate: string; intention: string }>;
  offset: number;
  limit: number;
}): MosaicView {
  const ordered = inProcessOrder(input.sessions);
  const total = ordered.length;
  const end = Math.max(0, total - input.offset);
  const start = Math.max(0, end - input.limit);
  const months = new Map<string, z.infer<typeof MosaicMonth>>();
  ordered.forEach((s, i) => {
    const month = s.date.slice(0, 7);
    const m = months.get(month) ?? { month, sessions: 0, pieces: 0, kinds: {}, offset: 0 };
    m.sessions += 1;
    m.pieces += s.pieces.length;
    for (const p of s.pieces) m.kinds[p.kind] = (m.kinds[p.kind] ?? 0) + 1;
    m.offset = total - 1 - i;
    months.set(month, m);
  });
  return {
    sessions: ordered.slice(start, end).map((s) => ({ ...toSessionRef(s), tiles: s.pieces.map(toTile) })),
    total,
    offset: input.offset,
    olderOffset: start > 0 ? total - start : null,
    months: [...months.values()],
    courses: input.courses.map((c) => ({ id: c.id, startDate: c.startDate, intention: c.intention })),
    characters: input.characters.map((c) => ({ id: c.id, label: c.label, aspect: c.aspect })),
    threads: input.threads.map((t) => ({ id: t.id, name: t.name, status: t.status })),
  };
}

/**
 * What the store reads for the mosaic: the count of sessions, one page of them with their
 * tiles, and the month overview as counts (sessions per month, pieces per month and kind).
 */
export const MosaicRows = z.object({
  total: z.number().int(),
  /** The page, oldest first. */
  sessions: MosaicView.shape.sessions,
  /** Months in order; `kinds` as counted, `pieces` their sum. */
  months: z.array(
    z.object({ month: z.string(), sessions: z.number().int(), kinds: MosaicMonth.shape.kinds }),
  ),
  courses: MosaicView.shape.courses,
  characters: MosaicView.shape.characters,
  threads: MosaicView.shape.threads,
});
export type MosaicRows = z.infer<typeof MosaicRows>;

export function buildMosaicFromRows(rows: MosaicRows, page: { offset: number; limit: number }): MosaicView {
  const { total } = rows;
  const start = Math.max(0, Math.max(0, total - page.offset) - page.limit);
  let through = 0;
  const months = rows.months.map((m) => {
    through += m.sessions;
    const pieces = Object.values(m.kinds).reduce((a, b) => a + (b ?? 0), 0);
    // The month's latest session has `total - through` sessions after it.
    return { month: m.month, sessions: m.sessions, pieces, kinds: m.kinds, offset: total - through };
  });
  return {
    sessions: rows.sessions,
    total,
    offset: page.offset,
    olderOffset: start > 0 ? total - start : null,
    months,
    courses: rows.courses,
    characters: rows.characters,
    threads: rows.threads,
  };
}
