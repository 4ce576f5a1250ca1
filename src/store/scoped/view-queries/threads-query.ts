// The threads view: the client's threads, how many of each thread's session pieces every session
// holds (for the counts and the strip), and only each thread's last few pieces as tiles; the rest
// of a thread's pieces a page at a time, in process order.
import {
  CARD_PIECES,
  notFound,
  pageStart,
  PageQuery,
  type ThreadPiecesPage,
  type ThreadsRows,
} from "../../../domain";
import type { ScopeContext } from "../scope-context";
import { TILE_COLUMNS, toTiles } from "./piece-tiles";
import { groupedBy, latestSessionsHolding } from "./latest-sessions";
import { allSessionRefs } from "./session-refs";
import { parseInput } from "../../parse-input";
import { statusChangesOf } from "../thread-status-changes";

/** A thread's links to the client's session pieces, joined to their sessions. */
function linkedOf(ctx: ScopeContext, clientId: string, threadId: string) {
  return ctx.db
    .selectFrom("pieceThreads as l")
    .innerJoin("pieces as p", "p.id", "l.pieceId")
    .innerJoin("sessions as s", "s.id", "p.sessionId")
    .where("l.threadId", "=", threadId)
    .where("p.clientId", "=", clientId)
    .where("s.clientId", "=", clientId);
}

/** `limit` of the thread's pieces from number `offset` in process order, as tiles with their sessions. */
async function piecePage(
  ctx: ScopeContext,
  clientId: string,
  threadId: string,
  offset: number,
  limit: number,
) {
  const rows = await linkedOf(ctx, clientId, threadId)
    .select(TILE_COLUMNS)
    .select(["s.number", "s.date", "s.status", "s.courseId"])
    .orderBy("s.date")
    .orderBy("s.number")
    .orderBy("p.position")
    .limit(limit)
    .offset(offset)
    .execute();
  const tiles = await toTiles(ctx, rows);
  return rows.map((r, i) => ({
    tile: tiles[i]!.tile,
    session: { id: r.sessionId!, number: r.number, date: r.date, status: r.status, courseId: r.courseId },
  }));
}

export async function readThreads(ctx: ScopeContext, clientId: string): Promise<ThreadsRows> {
  await ctx.requireClient(clientId);
  const practiceId = ctx.caller.practiceId;
  const threadsOfClient = ctx.db
    .selectFrom("threads")
    .where("practiceId", "=", practiceId)
    .where("clientId", "=", clientId);
  const [sessions, threads, perSession] = await Promise.all([
    allSessionRefs(ctx, clientId),
    threadsOfClient
      .select(["id", "name", "description", "status", "updatedAt", "version"])
      .orderBy("id")
      .execute(),
    // Per thread and session: kept as links are written (migration 017), a row per pair read
    // from one place, not a join of every link to its piece (20 ms at 3,000 sessions).
    ctx.db
      .selectFrom("threadSessionCounts")
      .select(["threadId", "sessionId", "n"])
      .where("clientId", "=", clientId)
      .where("n", ">", 0)
      .execute(),
  ]);
  const sessionCounts = perSession.map((c) => ({ threadId: c.threadId, sessionId: c.sessionId, count: c.n }));
  const place = new Map(sessions.map((x, i) => [x.id, i]));
  const countsOf = groupedBy(sessionCounts, (c) => c.threadId);
  const latest = await Promise.all(
    threads.map(async (t) => {
      const ids = latestSessionsHolding(countsOf.get(t.id) ?? [], place, CARD_PIECES);
      if (ids.length === 0) return [];
      const rows = await linkedOf(ctx, clientId, t.id)
        .select(TILE_COLUMNS)
        .where("p.sessionId", "in", ids)
        .orderBy("s.date")
        .orderBy("s.number")
        .orderBy("p.position")
        .execute();
      const tiles = await toTiles(ctx, rows.slice(-CARD_PIECES));
      return tiles.map(({ sessionId, tile }) => ({ threadId: t.id, sessionId, tile }));
    }),
  );
  // A thread's status over time (issue 11): the few changes, for the status strip and list.
  const statusChanges = await statusChangesOf(ctx, clientId);
  return { sessions, threads, sessionCounts, latestPieces: latest.flat(), statusChanges };
}

export async function readThreadPieces(
  ctx: ScopeContext,
  clientId: string,
  threadId: string,
  query: PageQuery = {},
): Promise<ThreadPiecesPage> {
  const page = parseInput(PageQuery, query);
  // The same rule as every client-owned record; the path's client must be its own.
  const thread = await ctx.requireOwned("threads", threadId, "thread");
  if (thread.clientId !== clientId) throw notFound("thread");
  const { n } = await linkedOf(ctx, clientId, threadId)
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .executeTakeFirstOrThrow();
  const total = Number(n);
  const offset = pageStart(total, page);
  return { threadId, total, offset, pieces: await piecePage(ctx, clientId, threadId, offset, page.limit) };
}
