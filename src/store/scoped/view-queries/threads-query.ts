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
import { cardsOnAxis, cellCount } from "./cards-on-axis";
import { boundsOf, latestCellsFrom, processAxis, sessionsAt } from "./process-axis";
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

/**
 * The links in process order by their sessions' places (migration 018), the one order the card's
 * latest pieces and the pages before them share, so a page's offsets meet the card's.
 */
function inPlaceOrder(links: ReturnType<typeof linkedOf>) {
  // The client named in the join too: PostgreSQL otherwise hashes every client's places.
  return links
    .innerJoin("sessionPlaces as sp", (j) =>
      j.onRef("sp.sessionId", "=", "p.sessionId").onRef("sp.clientId", "=", "p.clientId"),
    )
    .orderBy("sp.place")
    .orderBy("p.position");
}

/** `limit` of the thread's pieces from number `offset` in process order, as tiles with their sessions. */
async function piecePage(
  ctx: ScopeContext,
  clientId: string,
  threadId: string,
  offset: number,
  limit: number,
) {
  const rows = await inPlaceOrder(linkedOf(ctx, clientId, threadId))
    .select(TILE_COLUMNS)
    .select(["s.number", "s.date", "s.status", "s.courseId"])
    .limit(limit)
    .offset(offset)
    .execute();
  const tiles = await toTiles(ctx, rows);
  return rows.map((r, i) => ({
    tile: tiles[i]!.tile,
    session: { id: r.sessionId!, number: r.number, date: r.date, status: r.status, courseId: r.courseId },
  }));
}

/** The first sessions (newest first) whose counts together reach `wanted`. */
function latestHolding(
  newestFirst: ReadonlyArray<{ sessionId: string; n: number | string }>,
  wanted: number,
) {
  const out: string[] = [];
  let held = 0;
  for (const { sessionId, n } of newestFirst) {
    if (held >= wanted) break;
    out.push(sessionId);
    held += Number(n);
  }
  return out;
}

export async function readThreads(ctx: ScopeContext, clientId: string): Promise<ThreadsRows> {
  await ctx.requireClient(clientId);
  const practiceId = ctx.caller.practiceId;
  const [axis, threads, statusChanges] = await Promise.all([
    processAxis(ctx, clientId),
    ctx.db
      .selectFrom("threads")
      .select(["id", "name", "description", "status", "updatedAt", "version"])
      .where("practiceId", "=", practiceId)
      .where("clientId", "=", clientId)
      .orderBy("id")
      .execute(),
    // A thread's status over time (issue 11): the few changes, for the status strip and list.
    statusChangesOf(ctx, clientId),
  ]);
  // Per thread and strip cell, counted in SQL from the counts kept as links are written
  // (migration 017) and the sessions' places (018), joined on the client as well as the session
  // (PostgreSQL otherwise hashes every client's places: 27 ms instead of 8 at 3,000 sessions).
  const cell = axis.cellOf("sp.place");
  const groups = (
    await ctx.db
      .selectFrom("threadSessionCounts as t")
      .innerJoin("sessionPlaces as sp", (j) =>
        j.onRef("sp.sessionId", "=", "t.sessionId").onRef("sp.clientId", "=", "t.clientId"),
      )
      .where("sp.clientId", "=", clientId)
      .select((eb) => [
        "t.threadId",
        cell.as("cell"),
        eb.fn.countAll<number | string>().as("present"),
        eb.fn.sum<number | string>("t.n").as("count"),
        eb.fn.min("sp.place").as("first"),
        eb.fn.max("sp.place").as("last"),
      ])
      .where("t.clientId", "=", clientId)
      .where("t.n", ">", 0)
      .groupBy(["t.threadId", cell])
      .execute()
  ).map((g) => cellCount(g.threadId, g));
  const cards = cardsOnAxis(axis, groups);
  const [at, latest] = await Promise.all([
    sessionsAt(ctx, clientId, cards.places),
    // Each thread's last pieces, read from the latest cells that hold enough of them.
    Promise.all(
      [...cards.cellsOf].map(async ([threadId, own]) => {
        // The sessions first, from the kept counts: the pieces are then found by session, not
        // by walking all of a long thread's links (13 ms for four threads of 2,000 pieces). Only
        // the latest sessions that hold enough: a cell at 3,000 sessions spans 62 of them, and
        // reading the thread's pieces in all of them cost 0.6 ms a card.
        const sessionIds = latestHolding(
          await ctx.db
            .selectFrom("threadSessionCounts as t")
            .innerJoin("sessionPlaces as sp", (j) =>
              j.onRef("sp.sessionId", "=", "t.sessionId").onRef("sp.clientId", "=", "t.clientId"),
            )
            .where("sp.clientId", "=", clientId)
            .select(["t.sessionId", "t.n"])
            .where("t.clientId", "=", clientId)
            .where("t.threadId", "=", threadId)
            .where("t.n", ">", 0)
            .where("sp.place", ">=", latestCellsFrom(axis, own, CARD_PIECES))
            .orderBy("sp.place", "desc")
            .execute(),
          CARD_PIECES,
        );
        if (sessionIds.length === 0) return [];
        const rows = await inPlaceOrder(linkedOf(ctx, clientId, threadId))
          .select(TILE_COLUMNS)
          .select(["s.number", "s.date", "s.status", "s.courseId"])
          .where("p.sessionId", "in", sessionIds)
          .execute();
        const last = rows.slice(-CARD_PIECES);
        const tiles = await toTiles(ctx, last);
        return last.map((r, i) => ({
          threadId,
          session: {
            id: r.sessionId!,
            number: r.number,
            date: r.date,
            status: r.status,
            courseId: r.courseId,
          },
          tile: tiles[i]!.tile,
        }));
      }),
    ),
  ]);
  const { spans, presence } = cards.resolve(at);
  return {
    sessionCount: axis.total,
    cells: boundsOf(axis, at),
    threads,
    spans: spans.map(({ key, count, ...span }) => ({ threadId: key, pieceCount: count, ...span })),
    presence: presence.map(({ key, ...p }) => ({ threadId: key, ...p })),
    latestPieces: latest.flat(),
    statusChanges,
  };
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
