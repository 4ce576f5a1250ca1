// The threads view: the client's threads, each one's presence per strip cell grouped in SQL
// (card-presence.ts), and only each thread's last few pieces as tiles; the rest of a thread's
// pieces a page at a time, in process order.
import { sql } from "kysely";
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
import { readCards } from "./card-presence";
import { withRanked } from "./process-cells";
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
  const [{ sessionCount, axis, cards }, threads, statusChanges] = await Promise.all([
    // Per thread and cell, from the counts kept as links are written (migration 017).
    readCards(ctx, clientId, (cellOf) =>
      withRanked(ctx, clientId)
        .selectFrom("threadSessionCounts as t")
        .innerJoin("ranked as r", "r.id", "t.sessionId")
        .select((eb) => [
          "t.threadId as card",
          cellOf.as("cell"),
          eb.fn.countAll<number | string>().as("present"),
          eb.fn.min("r.i").as("first"),
          eb.fn.max("r.i").as("last"),
          eb.fn.sum<number | string>("t.n").as("n"),
        ])
        .where("t.clientId", "=", clientId)
        .where("t.n", ">", 0)
        .groupBy(["t.threadId", sql`cell`])
        .execute(),
    ),
    ctx.db
      .selectFrom("threads")
      .where("practiceId", "=", practiceId)
      .where("clientId", "=", clientId)
      .select(["id", "name", "description", "status", "updatedAt", "version"])
      .orderBy("id")
      .execute(),
    // A thread's status over time (issue 11): the few changes, for the status strip and list.
    statusChangesOf(ctx, clientId),
  ]);
  const latest = await Promise.all(
    cards.map(async (card) => {
      // The latest sessions holding the thread, from its counts (each holds at least one piece),
      // then only their pieces: sorting every linked piece of a long thread cost 2 ms a card.
      const held = await ctx.db
        .selectFrom("threadSessionCounts as t")
        .innerJoin("sessions as s", "s.id", "t.sessionId")
        .select(["t.sessionId", "t.n"])
        .where("t.clientId", "=", clientId)
        .where("t.threadId", "=", card.id)
        .where("t.n", ">", 0)
        .orderBy("s.date", "desc")
        .orderBy("s.number", "desc")
        .limit(CARD_PIECES)
        .execute();
      const ids: string[] = [];
      for (let i = 0, n = 0; i < held.length && n < CARD_PIECES; i++) {
        ids.push(held[i]!.sessionId);
        n += held[i]!.n;
      }
      if (ids.length === 0) return [];
      const rows = await linkedOf(ctx, clientId, card.id)
        .select(TILE_COLUMNS)
        .select(["s.number", "s.date", "s.status", "s.courseId"])
        .where("p.sessionId", "in", ids)
        .orderBy("s.date")
        .orderBy("s.number")
        .orderBy("p.position")
        .execute();
      const last = rows.slice(-CARD_PIECES);
      const tiles = await toTiles(ctx, last);
      return last.map((r, i) => ({
        threadId: card.id,
        session: { id: r.sessionId!, number: r.number, date: r.date, status: r.status, courseId: r.courseId },
        tile: tiles[i]!.tile,
      }));
    }),
  );
  return { sessionCount, axis, threads, cards, latestPieces: latest.flat(), statusChanges };
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
