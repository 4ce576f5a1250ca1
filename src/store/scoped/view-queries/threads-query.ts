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
import { allSessionRefs } from "./session-refs";

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
  const [sessions, threads, perSession] = await Promise.all([
    allSessionRefs(ctx, clientId),
    ctx.db
      .selectFrom("threads")
      .select(["id", "name", "description", "status", "updatedAt", "version"])
      .where("practiceId", "=", practiceId)
      .where("clientId", "=", clientId)
      .orderBy("id")
      .execute(),
    // Per thread and session: no piece row leaves the database, only a count per pair.
    ctx.db
      .selectFrom("threads as t")
      .innerJoin("pieceThreads as l", "l.threadId", "t.id")
      .innerJoin("pieces as p", "p.id", "l.pieceId")
      .select(["l.threadId", "p.sessionId", (eb) => eb.fn.countAll<number | string>().as("n")])
      .where("t.practiceId", "=", practiceId)
      .where("t.clientId", "=", clientId)
      .where("p.clientId", "=", clientId)
      .where("p.sessionId", "is not", null)
      .groupBy(["l.threadId", "p.sessionId"])
      .execute(),
  ]);
  const totals = new Map<string, number>();
  for (const c of perSession) totals.set(c.threadId, (totals.get(c.threadId) ?? 0) + Number(c.n));
  const latest = await Promise.all(
    threads.map(async (t) => {
      const total = totals.get(t.id) ?? 0;
      if (total === 0) return [];
      const offset = Math.max(0, total - CARD_PIECES);
      const page = await piecePage(ctx, clientId, t.id, offset, CARD_PIECES);
      return page.map((p) => ({ threadId: t.id, sessionId: p.session.id, tile: p.tile }));
    }),
  );
  return {
    sessions,
    threads,
    sessionCounts: perSession.map((c) => ({
      threadId: c.threadId,
      sessionId: c.sessionId!,
      count: Number(c.n),
    })),
    latestPieces: latest.flat(),
  };
}

export async function readThreadPieces(
  ctx: ScopeContext,
  clientId: string,
  threadId: string,
  query: PageQuery = {},
): Promise<ThreadPiecesPage> {
  const page = PageQuery.parse(query);
  await ctx.requireClient(clientId);
  const thread = await ctx.db
    .selectFrom("threads")
    .select("id")
    .where("id", "=", threadId)
    .where("practiceId", "=", ctx.caller.practiceId)
    .where("clientId", "=", clientId)
    .executeTakeFirst();
  if (!thread) throw notFound("thread");
  const { n } = await linkedOf(ctx, clientId, threadId)
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .executeTakeFirstOrThrow();
  const total = Number(n);
  const offset = pageStart(total, page);
  return { threadId, total, offset, pieces: await piecePage(ctx, clientId, threadId, offset, page.limit) };
}
