// Threads: each theme with its status, the stretch of the process it ran through and its latest
// pieces. A card is bounded however long the process: counts, first and last session, an
// appearance strip of at most STRIP_CELLS cells and the last CARD_PIECES pieces; the rest are
// read a page at a time in session order (ThreadPiecesPage).
import { z } from "zod";
import type { Thread } from "../character";
import { THREAD_STATUSES } from "../vocabulary";
import { Id, IsoDateTime } from "../common";
import type { Session } from "../session";
import { compareStatusChanges, statusAt, ThreadStatus, ThreadStatusChange } from "../thread-status";
import { pageStart } from "./characters";
import { buildStrip, CellPresence, StripBounds, StripCell, stripFromCells } from "./session-strip";
import { groupedBy, inProcessOrder, PieceTile, SessionRef, toSessionRef, toTile } from "./view-parts";

/** Pieces a card shows at first: the latest ones, in session order. */
export const CARD_PIECES = 5;
/** Status changes a card lists at first: the latest ones (earlier ones a page at a time). */
export const CARD_STATUS_CHANGES = 10;

export const ThreadPiece = z.object({ tile: PieceTile, session: SessionRef });
export type ThreadPiece = z.infer<typeof ThreadPiece>;

export const ThreadCard = z.object({
  id: Id,
  name: z.string(),
  description: z.string(),
  status: z.enum(THREAD_STATUSES),
  /** When the status (or another field) last changed: the status "as of" that date. */
  updatedAt: IsoDateTime,
  version: z.number().int(),
  firstSession: SessionRef.nullable(),
  lastSession: SessionRef.nullable(),
  sessionsSeen: z.number().int(),
  strip: z.array(StripCell),
  pieceCount: z.number().int(),
  /** The last CARD_PIECES pieces in session order; the first of them is piece number piecesOffset. */
  pieces: z.array(ThreadPiece),
  piecesOffset: z.number().int(),
  /** The status in effect at the end of each strip cell (null: before the first recorded one). */
  statusStrip: z.array(ThreadStatus.nullable()),
  /** The last CARD_STATUS_CHANGES changes in the order they apply, of statusChangeCount. */
  statusChanges: z.array(ThreadStatusChange),
  statusChangeCount: z.number().int(),
});
export type ThreadCard = z.infer<typeof ThreadCard>;

export const ThreadsView = z.object({ sessionCount: z.number().int(), threads: z.array(ThreadCard) });
export type ThreadsView = z.infer<typeof ThreadsView>;

/** A stretch of one thread's pieces in session order: pieces[0] is number `offset`. */
export const ThreadPiecesPage = z.object({
  threadId: Id,
  total: z.number().int(),
  offset: z.number().int(),
  pieces: z.array(ThreadPiece),
});
export type ThreadPiecesPage = z.infer<typeof ThreadPiecesPage>;

const STATUS_ORDER = { open: 0, understood: 1, resolved: 2 } as const;

function sortCards(cards: ThreadCard[]): ThreadCard[] {
  return cards.sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.name.localeCompare(b.name),
  );
}

/** Every session piece of the thread in process order (the in-memory reference). */
function piecesOf(ordered: readonly Session[], t: Pick<Thread, "pieceIds">): ThreadPiece[] {
  const ids = new Set(t.pieceIds);
  return ordered.flatMap((s) =>
    s.pieces.filter((p) => ids.has(p.id)).map((p) => ({ tile: toTile(p), session: toSessionRef(s) })),
  );
}

/** The card's status fields from all of a thread's changes (any order) and its strip. */
function statusFields(
  changes: readonly ThreadStatusChange[],
  threadId: string,
  strip: readonly StripCell[],
): Pick<ThreadCard, "statusStrip" | "statusChanges" | "statusChangeCount"> {
  const own = changes.filter((c) => c.threadId === threadId).sort(compareStatusChanges);
  // The first cell holding the thread stands for its first appearance (the cell's end, as every cell).
  const firstCell = strip.find((c) => c.present > 0);
  return {
    statusStrip: statusAt(
      own,
      strip.map((c) => ({ number: c.toNumber, date: c.toDate })),
      firstCell ? { number: firstCell.toNumber, date: firstCell.toDate } : null,
    ),
    statusChanges: own.slice(-CARD_STATUS_CHANGES),
    statusChangeCount: own.length,
  };
}

export function buildThreads(
  sessions: readonly Session[],
  threads: readonly Thread[],
  changes: readonly ThreadStatusChange[] = [],
): ThreadsView {
  const ordered = inProcessOrder(sessions);
  const cards = threads.map((t): ThreadCard => {
    const pieces = piecesOf(ordered, t);
    const sessionIds = new Set(pieces.map((p) => p.session.id));
    const offset = Math.max(0, pieces.length - CARD_PIECES);
    const strip = buildStrip(ordered, sessionIds);
    return {
      id: t.id,
      name: t.name,
      description: t.description,
      status: t.status,
      updatedAt: t.updatedAt,
      version: t.version,
      firstSession: pieces[0]?.session ?? null,
      lastSession: pieces.at(-1)?.session ?? null,
      sessionsSeen: sessionIds.size,
      strip,
      pieceCount: pieces.length,
      pieces: pieces.slice(offset),
      piecesOffset: offset,
      ...statusFields(changes, t.id, strip),
    };
  });
  return { sessionCount: ordered.length, threads: sortCards(cards) };
}

export function buildThreadPieces(
  sessions: readonly Session[],
  thread: Pick<Thread, "id" | "pieceIds">,
  page: { offset?: number; limit: number },
): ThreadPiecesPage {
  const all = piecesOf(inProcessOrder(sessions), thread);
  const offset = pageStart(all.length, page);
  return { threadId: thread.id, total: all.length, offset, pieces: all.slice(offset, offset + page.limit) };
}

/**
 * What the store reads for the threads: the strip's cells (their bounds; not sent), the threads,
 * each thread's totals with its first and last session, per thread and cell how many of the
 * cell's sessions held its session pieces, each thread's last CARD_PIECES pieces in process
 * order, and the threads' status changes (few: a change is a practitioner's decision, not a
 * session's content). Bounded by threads × cells however long the process.
 */
export const ThreadsRows = z.object({
  sessionCount: z.number().int(),
  cells: z.array(StripBounds),
  threads: z.array(
    ThreadCard.pick({
      id: true,
      name: true,
      description: true,
      status: true,
      updatedAt: true,
      version: true,
    }),
  ),
  spans: z.array(
    z.object({
      threadId: Id,
      sessionsSeen: z.number().int(),
      pieceCount: z.number().int(),
      firstSession: SessionRef,
      lastSession: SessionRef,
    }),
  ),
  presence: z.array(CellPresence.extend({ threadId: Id })),
  latestPieces: z.array(z.object({ threadId: Id, session: SessionRef, tile: PieceTile })),
  statusChanges: z.array(ThreadStatusChange),
});
export type ThreadsRows = z.infer<typeof ThreadsRows>;

export function buildThreadsFromRows(rows: ThreadsRows): ThreadsView {
  const spanOf = new Map(rows.spans.map((x) => [x.threadId, x]));
  const presenceOf = groupedBy(rows.presence, (p) => p.threadId);
  const piecesOf = groupedBy(rows.latestPieces, (p) => p.threadId);
  const cards = rows.threads.map((t): ThreadCard => {
    const span = spanOf.get(t.id);
    const pieces = (piecesOf.get(t.id) ?? []).map(({ tile, session }) => ({ tile, session }));
    const strip = stripFromCells(rows.cells, presenceOf.get(t.id) ?? []);
    const pieceCount = span?.pieceCount ?? 0;
    return {
      ...t,
      firstSession: span?.firstSession ?? null,
      lastSession: span?.lastSession ?? null,
      sessionsSeen: span?.sessionsSeen ?? 0,
      strip,
      pieceCount,
      pieces,
      piecesOffset: pieceCount - pieces.length,
      ...statusFields(rows.statusChanges, t.id, strip),
    };
  });
  return { sessionCount: rows.sessionCount, threads: sortCards(cards) };
}
