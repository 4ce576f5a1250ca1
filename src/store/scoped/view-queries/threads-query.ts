// The threads view: the client's threads and only the session pieces linked to them, as tiles
// in process order.
import type { ThreadsRows } from "../../../domain";
import type { ScopeContext } from "../scope-context";
import { TILE_COLUMNS, toTiles } from "./piece-tiles";
import { allSessionRefs } from "./session-refs";

export async function readThreads(ctx: ScopeContext, clientId: string): Promise<ThreadsRows> {
  await ctx.requireClient(clientId);
  const practiceId = ctx.caller.practiceId;
  const [sessions, threads, linked] = await Promise.all([
    allSessionRefs(ctx, clientId),
    ctx.db
      .selectFrom("threads")
      .select(["id", "name", "description", "status", "updatedAt", "version"])
      .where("practiceId", "=", practiceId)
      .where("clientId", "=", clientId)
      .orderBy("id")
      .execute(),
    ctx.db
      .selectFrom("threads as t")
      .innerJoin("pieceThreads as l", "l.threadId", "t.id")
      .innerJoin("pieces as p", "p.id", "l.pieceId")
      .innerJoin("sessions as s", "s.id", "p.sessionId")
      .select(TILE_COLUMNS)
      .select("l.threadId")
      .where("t.practiceId", "=", practiceId)
      .where("t.clientId", "=", clientId)
      .where("s.clientId", "=", clientId)
      .orderBy("s.date")
      .orderBy("s.number")
      .orderBy("p.position")
      .execute(),
  ]);
  const tiles = await toTiles(ctx, linked);
  return {
    sessions,
    threads,
    pieces: linked.map((row, i) => ({ threadId: row.threadId, ...tiles[i]! })),
  };
}
