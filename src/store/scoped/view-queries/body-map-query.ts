// The body map counted in SQL: pieces with regions grouped by session, laterality and their
// region list (a few distinct groups per session), filtered by kind, emotion and date range; and
// one region's pieces. Region and emotion lists are JSON text of plain ids, so `like '%"id"%'`
// matches one element exactly in both dialects, with no JSON functions.
import type {
  BodyMapQuery,
  BodyMapRows,
  BodyRegion,
  BodyRegionRows,
  BodySide,
  BodyRegionQuery,
} from "../../../domain";
import type { z } from "zod";
import { jsonColumns } from "../../json-column";
import type { ScopeContext } from "../scope-context";
import { TILE_COLUMNS, toTiles } from "./piece-tiles";

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
  return q.orderBy("date").orderBy("number").execute();
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

export async function readBodyMap(ctx: ScopeContext, clientId: string, f: Filter): Promise<BodyMapRows> {
  await ctx.requireClient(clientId);
  const [sessions, groups] = await Promise.all([
    sessionsInRange(ctx, clientId, f),
    // Grouped in the order of the pieces_client_view index (kind too), so no sort is needed;
    // groups that differ only by kind are summed below.
    piecesOf(ctx, clientId, f)
      .select([
        "p.sessionId",
        "p.kind",
        "p.laterality",
        "p.regions",
        (eb) => eb.fn.countAll<number | string>().as("n"),
      ])
      .where("p.regions", "<>", "[]" as never)
      .groupBy(["p.sessionId", "p.kind", "p.laterality", "p.regions"])
      .execute(),
  ]);
  const merged = new Map<string, BodyMapRows["groups"][number]>();
  for (const g of groups) {
    const key = `${g.sessionId}\u0000${g.laterality}\u0000${g.regions}`;
    const seen = merged.get(key);
    if (seen) seen.count += Number(g.n);
    else
      merged.set(key, {
        sessionId: g.sessionId!,
        laterality: g.laterality,
        regions: json.read(g).regions,
        count: Number(g.n),
      });
  }
  return { sessions, groups: [...merged.values()] };
}

export async function readBodyRegion(
  ctx: ScopeContext,
  clientId: string,
  region: BodyRegion,
  side: BodySide | null,
  f: z.output<typeof BodyRegionQuery>,
): Promise<BodyRegionRows> {
  await ctx.requireClient(clientId);
  let pieces = piecesOf(ctx, clientId, f)
    .innerJoin("sessions as s", "s.id", "p.sessionId")
    .select(TILE_COLUMNS)
    .select(["s.number", "s.date", "s.status", "s.courseId"])
    .where("p.regions", "like", element(region) as never);
  // A piece that names no side, or both, is felt on either side.
  if (side === "left" || side === "right")
    pieces = pieces.where((eb) =>
      eb.or([eb("p.laterality", "is", null), eb("p.laterality", "in", ["both", side])]),
    );
  const rows = await pieces.orderBy("s.date").orderBy("s.number").orderBy("p.position").execute();
  // Only the sessions that hold one of the region's pieces, from the same rows.
  const sessions = new Map<string, BodyRegionRows["sessions"][number]>();
  for (const r of rows)
    if (!sessions.has(r.sessionId!))
      sessions.set(r.sessionId!, {
        id: r.sessionId!,
        number: r.number,
        date: r.date,
        status: r.status,
        courseId: r.courseId,
      });
  return { sessions: [...sessions.values()], pieces: await toTiles(ctx, rows) };
}
