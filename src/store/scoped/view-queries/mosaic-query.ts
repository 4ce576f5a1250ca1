// The mosaic's first screen: one page of sessions with their tiles, and the month overview of
// the whole process counted in SQL (sessions per month; pieces per month and kind).
import { sql } from "kysely";
import type { MosaicRows, PieceKind } from "../../../domain";
import type { ScopeContext } from "../scope-context";
import { tilesOfSessions } from "./piece-tiles";
import { countSessions, latestSessionRefs } from "./session-refs";

export async function readMosaic(
  ctx: ScopeContext,
  clientId: string,
  page: { offset: number; limit: number },
): Promise<MosaicRows> {
  // The client is the caller's (requireClient): pieces are then found by client alone, which
  // keeps the counts inside the index (it holds no practice id).
  await ctx.requireClient(clientId);
  const practiceId = ctx.caller.practiceId;
  // Raw SQL names the real snake_case columns (the camel-case plugin maps only built identifiers).
  const month = sql<string>`substr(date, 1, 7)`;
  const [total, refs, sessionMonths, kindMonths, courses, characters, threads] = await Promise.all([
    countSessions(ctx, clientId),
    latestSessionRefs(ctx, clientId, page.limit, page.offset),
    ctx.db
      .selectFrom("sessions")
      .select([month.as("month"), (eb) => eb.fn.countAll<number | string>().as("n")])
      .where("practiceId", "=", practiceId)
      .where("clientId", "=", clientId)
      .groupBy(month)
      .orderBy(month)
      .execute(),
    // Kept as pieces are written (migration 017): a row per month and kind, not per piece.
    ctx.db
      .selectFrom("clientMonthCounts")
      .select(["month", "kind", "n"])
      .where("clientId", "=", clientId)
      .where("n", ">", 0)
      .execute(),
    ctx.db
      .selectFrom("courses")
      .select(["id", "startDate", "intention"])
      .where("practiceId", "=", practiceId)
      .where("clientId", "=", clientId)
      .orderBy("startDate")
      .orderBy("id")
      .execute(),
    ctx.db
      .selectFrom("characters")
      .select(["id", "label", "aspect"])
      .where("practiceId", "=", practiceId)
      .where("clientId", "=", clientId)
      .orderBy("id")
      .execute(),
    ctx.db
      .selectFrom("threads")
      .select(["id", "name", "status"])
      .where("practiceId", "=", practiceId)
      .where("clientId", "=", clientId)
      .orderBy("id")
      .execute(),
  ]);
  const kinds = new Map<string, Partial<Record<PieceKind, number>>>();
  for (const r of kindMonths) {
    const m = kinds.get(r.month) ?? {};
    m[r.kind] = Number(r.n);
    kinds.set(r.month, m);
  }
  const tiles = await tilesOfSessions(
    ctx,
    refs.map((s) => s.id),
  );
  return {
    total,
    sessions: refs.map((s) => ({ ...s, tiles: tiles.get(s.id) ?? [] })),
    months: sessionMonths.map((m) => ({
      month: m.month,
      sessions: Number(m.n),
      kinds: kinds.get(m.month) ?? {},
    })),
    courses,
    characters,
    threads,
  };
}
