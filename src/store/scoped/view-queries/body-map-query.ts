// The body map counted in SQL: pieces with regions grouped by laterality and their region list
// (a bounded number of groups, however long the process), filtered by kind, emotion and date
// range; the stepper's window of sessions with their own groups; and a page of one region's pieces. Region and emotion lists are JSON text of plain ids, so `like '%"id"%'`
// matches one element exactly in both dialects, with no JSON functions.
import {
  BodyMapSessionsQuery,
  BodyRegionQuery,
  type BodyMapQuery,
  type BodyMapRows,
  type BodyMapSessionsRows,
  type BodyRegion,
  type BodyRegionRows,
  type BodySide,
} from "../../../domain";
import type { z } from "zod";
import type { PiecesTable } from "../../database";
import { jsonColumns } from "../../json-column";
import type { ScopeContext } from "../scope-context";
import { TILE_COLUMNS, toTiles } from "./piece-tiles";
import { parseInput } from "../../parse-input";

type Filter = z.output<typeof BodyMapQuery>;
const json = jsonColumns("pieces", ["regions"]);

/** `%"id"%`: one element of a JSON list of ids (ids hold no quotes, % or _ that matter). */
const element = (id: string) => `%"${id}"%`;

function sessionsInRange(ctx: ScopeContext, clientId: string, f: Filter) {
  let q = ctx.db
    .selectFrom("sessions")
    .select(["id", "number", "date", "status", "courseId"])
    .where("practiceId", "=", ctx.caller.practiceId)
    .where("clientId", "=", clientId);
  if (f.from) q = q.where("date", ">=", f.from);
  if (f.to) q = q.where("date", "<=", f.to);
  return q.orderBy("date").orderBy("number");
}

/**
 * The client's session pieces that pass the filter. The client is the caller's (requireClient),
 * so pieces are found by client alone and counted inside the pieces_client_view index; a date
 * range picks the sessions by the sessions_client_order index.
 */
function piecesOf(ctx: ScopeContext, clientId: string, f: Filter) {
  let q = ctx.db
    .selectFrom("pieces as p")
    .where("p.clientId", "=", clientId)
    .where("p.sessionId", "is not", null);
  if (f.kind) q = q.where("p.kind", "=", f.kind);
  if (f.emotion) q = q.where("p.emotions", "like", element(f.emotion) as never);
  if (f.from || f.to) {
    let inRange = ctx.db.selectFrom("sessions").select("id").where("clientId", "=", clientId);
    if (f.from) inRange = inRange.where("date", ">=", f.from);
    if (f.to) inRange = inRange.where("date", "<=", f.to);
    q = q.where("p.sessionId", "in", inRange);
  }
  return q;
}

/** The filtered pieces with a region, grouped by laterality and region list (and `by`). */
function regionGroups(ctx: ScopeContext, clientId: string, f: Filter) {
  return piecesOf(ctx, clientId, f)
    .select(["p.laterality", "p.regions", (eb) => eb.fn.countAll<number | string>().as("n")])
    .where("p.regions", "<>", "[]" as never);
}

function countSessionsInRange(ctx: ScopeContext, clientId: string, f: Filter) {
  let q = ctx.db
    .selectFrom("sessions")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("practiceId", "=", ctx.caller.practiceId)
    .where("clientId", "=", clientId);
  if (f.from) q = q.where("date", ">=", f.from);
  if (f.to) q = q.where("date", "<=", f.to);
  return q.executeTakeFirstOrThrow();
}

/**
 * The whole process, or one kind of it: read from the counts kept as pieces are written
 * (migration 017), a bounded number of rows however many pieces the client has.
 */
function keptRegionGroups(ctx: ScopeContext, clientId: string, kind: Filter["kind"]) {
  let q = ctx.db
    .selectFrom("clientRegionCounts")
    .select(["side", "regions", (eb) => eb.fn.sum<number | string>("n").as("n")])
    .where("clientId", "=", clientId);
  if (kind) q = q.where("kind", "=", kind);
  return q
    .groupBy(["side", "regions"])
    .having((eb) => eb.fn.sum("n"), ">", 0)
    .execute()
    .then((rows) =>
      rows.map((r) => ({
        laterality: (r.side || null) as PiecesTable["laterality"],
        regions: r.regions,
        n: r.n,
      })),
    );
}

export async function readBodyMap(ctx: ScopeContext, clientId: string, f: Filter): Promise<BodyMapRows> {
  await ctx.requireClient(clientId);
  const counted = !f.emotion && !f.from && !f.to;
  const [count, groups] = await Promise.all([
    countSessionsInRange(ctx, clientId, f),
    counted
      ? keptRegionGroups(ctx, clientId, f.kind)
      : // Over the whole range at once: a bounded number of (laterality, regions) groups.
        regionGroups(ctx, clientId, f).groupBy(["p.laterality", "p.regions"]).execute(),
  ]);
  return {
    sessionCount: Number(count.n),
    groups: groups.map((g) => ({
      laterality: g.laterality,
      regions: json.read(g).regions,
      count: Number(g.n),
    })),
  };
}

/** The stepper's window: `limit` sessions of the range from number `offset`, with their groups. */
export async function readBodyMapSessions(
  ctx: ScopeContext,
  clientId: string,
  q: BodyMapSessionsQuery = {},
): Promise<BodyMapSessionsRows> {
  const f = BodyMapSessionsQuery.parse(q);
  await ctx.requireClient(clientId);
  const [count, sessions] = await Promise.all([
    countSessionsInRange(ctx, clientId, f),
    sessionsInRange(ctx, clientId, f).limit(f.limit).offset(f.offset).execute(),
  ]);
  const ids = sessions.map((s) => s.id);
  const groups = ids.length
    ? await regionGroups(ctx, clientId, f)
        .select("p.sessionId")
        .where("p.sessionId", "in", ids)
        .groupBy(["p.sessionId", "p.laterality", "p.regions"])
        .execute()
    : [];
  return {
    total: Number(count.n),
    offset: f.offset,
    sessions,
    groups: groups.map((g) => ({
      sessionId: g.sessionId!,
      laterality: g.laterality,
      regions: json.read(g).regions,
      count: Number(g.n),
    })),
  };
}

export async function readBodyRegion(
  ctx: ScopeContext,
  clientId: string,
  region: BodyRegion,
  side: BodySide | null,
  query: BodyRegionQuery = {},
): Promise<BodyRegionRows> {
  const f = parseInput(BodyRegionQuery, query);
  await ctx.requireClient(clientId);
  if (!f.emotion && !f.from && !f.to) return keptRegionPage(ctx, clientId, region, side, f);
  let pieces = piecesOf(ctx, clientId, f).where("p.regions", "like", element(region) as never);
  // A piece that names no side, or both, is felt on either side.
  if (side === "left" || side === "right")
    pieces = pieces.where((eb) =>
      eb.or([eb("p.laterality", "is", null), eb("p.laterality", "in", ["both", side])]),
    );
  // The region's pieces counted per session inside the pieces_client_view index (it holds every
  // column the filter reads), then the page read from the few sessions it spans.
  const [perSession, sessions] = await Promise.all([
    pieces
      .select(["p.sessionId", (eb) => eb.fn.countAll<number | string>().as("n")])
      .groupBy("p.sessionId")
      .execute(),
    sessionsInRange(ctx, clientId, f).execute(),
  ]);
  const counts = new Map(perSession.map((c) => [c.sessionId!, Number(c.n)]));
  let total = 0;
  const span: typeof sessions = [];
  let skipped = 0;
  for (const s of sessions) {
    const n = counts.get(s.id) ?? 0;
    if (n === 0) continue;
    // Sessions wholly before the page are skipped; the page ends once it is full.
    if (total + n > f.offset && total < f.offset + f.limit) span.push(s);
    else if (total + n <= f.offset) skipped += n;
    total += n;
  }
  const rows = span.length
    ? await pieces
        .select(TILE_COLUMNS)
        .where(
          "p.sessionId",
          "in",
          span.map((s) => s.id),
        )
        .execute()
    : [];
  const place = new Map(span.map((s, i) => [s.id, i]));
  rows.sort((x, y) => place.get(x.sessionId!)! - place.get(y.sessionId!)! || x.position - y.position);
  const page = rows.slice(f.offset - skipped, f.offset - skipped + f.limit);
  const tiles = await toTiles(ctx, page);
  return {
    total,
    offset: f.offset,
    pieces: page.map((r, i) => ({ session: span[place.get(r.sessionId!)!]!, tile: tiles[i]!.tile })),
  };
}

/**
 * A region's page over the whole process (or one kind of it): the total from the counts kept as
 * pieces are written (migration 017), the page read in process order from the sessions' index,
 * stopping once it is full, so neither reads every piece of the client (19 -> 1.5 ms raw at
 * 3,000 sessions on SQLite).
 */
async function keptRegionPage(
  ctx: ScopeContext,
  clientId: string,
  region: BodyRegion,
  side: BodySide | null,
  f: z.output<typeof BodyRegionQuery>,
): Promise<BodyRegionRows> {
  let counted = ctx.db
    .selectFrom("clientRegionCounts")
    .select((eb) => eb.fn.sum<number | string | null>("n").as("n"))
    .where("clientId", "=", clientId)
    .where("regions", "like", element(region) as never);
  let page = ctx.db
    .selectFrom("sessions as s")
    .innerJoin("pieces as p", "p.sessionId", "s.id")
    .select(TILE_COLUMNS)
    .select(["s.number", "s.date", "s.status", "s.courseId"])
    .where("s.practiceId", "=", ctx.caller.practiceId)
    .where("s.clientId", "=", clientId)
    .where("p.regions", "like", element(region) as never);
  if (f.kind) {
    counted = counted.where("kind", "=", f.kind);
    page = page.where("p.kind", "=", f.kind);
  }
  // A piece that names no side (kept as ''), or both, is felt on either side.
  if (side === "left" || side === "right") {
    counted = counted.where("side", "in", ["", "both", side]);
    page = page.where((eb) =>
      eb.or([eb("p.laterality", "is", null), eb("p.laterality", "in", ["both", side])]),
    );
  }
  const [total, rows] = await Promise.all([
    counted.executeTakeFirstOrThrow(),
    page
      .orderBy("s.date")
      .orderBy("s.number")
      .orderBy("p.position")
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
  ]);
  const tiles = await toTiles(ctx, rows);
  return {
    total: Number(total.n ?? 0),
    offset: f.offset,
    pieces: rows.map((r, i) => ({
      session: { id: r.sessionId!, number: r.number, date: r.date, status: r.status, courseId: r.courseId },
      tile: tiles[i]!.tile,
    })),
  };
}
