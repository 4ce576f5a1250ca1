// Threads: each theme with the sessions it ran through and its pieces in session order.
import { z } from "zod";
import { THREAD_STATUSES, type Thread } from "../character";
import { Id, IsoDateTime } from "../common";
import type { Session } from "../session";
import { inProcessOrder, PieceTile, SessionRef, toSessionRef, toTile } from "./view-parts";

export const ThreadCard = z.object({
  id: Id,
  name: z.string(),
  description: z.string(),
  status: z.enum(THREAD_STATUSES),
  updatedAt: IsoDateTime,
  version: z.number().int(),
  firstSession: SessionRef.nullable(),
  lastSession: SessionRef.nullable(),
  sessionIds: z.array(Id),
  pieces: z.array(z.object({ tile: PieceTile, session: SessionRef })),
});
export type ThreadCard = z.infer<typeof ThreadCard>;

export const ThreadsView = z.object({ sessions: z.array(SessionRef), threads: z.array(ThreadCard) });
export type ThreadsView = z.infer<typeof ThreadsView>;

const STATUS_ORDER = { open: 0, understood: 1, resolved: 2 } as const;

export function buildThreads(sessions: readonly Session[], threads: readonly Thread[]): ThreadsView {
  const ordered = inProcessOrder(sessions);
  const cards = threads.map((t): ThreadCard => {
    const ids = new Set(t.pieceIds);
    const pieces = ordered.flatMap((s) =>
      s.pieces.filter((p) => ids.has(p.id)).map((p) => ({ tile: toTile(p), session: toSessionRef(s) })),
    );
    const sessionIds = [...new Set(pieces.map((p) => p.session.id))];
    return {
      id: t.id,
      name: t.name,
      description: t.description,
      status: t.status,
      updatedAt: t.updatedAt,
      version: t.version,
      firstSession: pieces[0]?.session ?? null,
      lastSession: pieces.at(-1)?.session ?? null,
      sessionIds,
      pieces,
    };
  });
  cards.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.name.localeCompare(b.name));
  return { sessions: ordered.map(toSessionRef), threads: cards };
}

/** What the store reads for the threads: the sessions, the threads, and their session pieces in process order. */
export const ThreadsRows = z.object({
  sessions: z.array(SessionRef),
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
  pieces: z.array(z.object({ threadId: Id, sessionId: Id, tile: PieceTile })),
});
export type ThreadsRows = z.infer<typeof ThreadsRows>;

export function buildThreadsFromRows(rows: ThreadsRows): ThreadsView {
  const refOf = new Map(rows.sessions.map((s) => [s.id, s]));
  const cards = rows.threads.map((t): ThreadCard => {
    const pieces = rows.pieces.flatMap((p) => {
      const session = p.threadId === t.id ? refOf.get(p.sessionId) : undefined;
      return session ? [{ tile: p.tile, session }] : [];
    });
    const sessionIds = [...new Set(pieces.map((p) => p.session.id))];
    return {
      ...t,
      firstSession: pieces[0]?.session ?? null,
      lastSession: pieces.at(-1)?.session ?? null,
      sessionIds,
      pieces,
    };
  });
  cards.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.name.localeCompare(b.name));
  return { sessions: rows.sessions, threads: cards };
}
