// The life timeline: memory pieces that carry an age or a period counted per session and
// placement (the chart is drawn from counts), a count of those that carry neither, the latest
// recalls, the first page by age at the event, and the life events; more by age on demand.
import { sql } from "kysely";
import {
  LIFE_PAGE,
  LifeMemoriesQuery,
  placedAgeOf,
  RECENT_RECALLS,
  type LifeMemoriesRows,
  type LifeRows,
  PERIODS,
} from "../../../domain";
import { lifeEventOperations } from "../life-events";
import type { ScopeContext } from "../scope-context";
import { latestSessionsHolding } from "./latest-sessions";
import { allSessionRefs } from "./session-refs";
import { parseInput } from "../../parse-input";

/** The placed age in SQL (age, or the middle of its period's band), as placedAgeOf gives it. */
const placedAge = sql<number>`coalesce(p.age, case p.period ${sql.join(
  PERIODS.map((period) => sql`when ${sql.lit(period)} then ${sql.lit(placedAgeOf(null, period))}`),
  sql` `,
)} end)`;

/**
 * The client's session memories, inside the pieces_client_memory index of migration 015: its
 * condition is written as it is there, the kind a literal, or SQLite will not use the index.
 */
function memoriesOf(ctx: ScopeContext, clientId: string) {
  return ctx.db
    .selectFrom("pieces as p")
    .where("p.clientId", "=", clientId)
    .where("p.sessionId", "is not", null)
    .where("p.kind", "=", sql.lit("memory"));
}

function placedMemories(ctx: ScopeContext, clientId: string) {
  return memoriesOf(ctx, clientId)
    .innerJoin("sessions as s", "s.id", "p.sessionId")
    .select(["p.id as pieceId", "p.sessionId", "p.text", "p.age", "p.period"])
    .where((eb) => eb.or([eb("p.age", "is not", null), eb("p.period", "is not", null)]));
}

/** By placed age, then process order (the in-memory builder's stable sort). */
function byAge(ctx: ScopeContext, clientId: string, offset: number, limit: number) {
  return placedMemories(ctx, clientId)
    .orderBy(placedAge)
    .orderBy("s.date")
    .orderBy("s.number")
    .orderBy("p.position")
    .limit(limit)
    .offset(offset)
    .execute();
}

const memoryRow = (m: {
  pieceId: string;
  sessionId: string | null;
  text: string;
  age: number | null;
  period: LifeRows["byAge"][number]["period"];
}) => ({ pieceId: m.pieceId, sessionId: m.sessionId!, text: m.text, age: m.age, period: m.period });

export async function readLife(ctx: ScopeContext, clientId: string): Promise<LifeRows> {
  const client = await ctx.requireClient(clientId);
  const [sessions, groups, unplaced, lifeEvents] = await Promise.all([
    allSessionRefs(ctx, clientId),
    // From index entries alone: no piece row is read.
    memoriesOf(ctx, clientId)
      .select([
        "p.sessionId",
        "p.age",
        "p.period",
        (eb) => eb.fn.countAll<number | string>().as("n"),
        // What a group of one memory links to (min of one row is that row).
        (eb) => eb.fn.min("p.id").as("pieceId"),
      ])
      .where((eb) => eb.or([eb("p.age", "is not", null), eb("p.period", "is not", null)]))
      .groupBy(["p.sessionId", "p.age", "p.period"])
      .execute(),
    memoriesOf(ctx, clientId)
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .where("p.age", "is", null)
      .where("p.period", "is", null)
      .executeTakeFirstOrThrow(),
    lifeEventOperations.listLifeEvents.run(ctx, clientId),
  ]);
  const place = new Map(sessions.map((x, i) => [x.id, i]));
  const placements = groups.map((g) => ({
    sessionId: g.sessionId!,
    age: g.age,
    period: g.period,
    count: Number(g.n),
    pieceId: String(g.pieceId),
  }));
  // The latest recalls and the first page by age, read from the few sessions the counts name.
  const recentIds = latestSessionsHolding(placements, place, RECENT_RECALLS);
  const ordered = [...placements]
    .filter((g) => place.has(g.sessionId))
    .map((g) => ({ ...g, key: [placedAgeOf(g.age, g.period), place.get(g.sessionId)!] as const }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1]);
  const firstGroups: typeof ordered = [];
  let held = 0;
  for (const g of ordered) {
    const last = firstGroups.at(-1);
    // Past the page, and past every group tied with the last one taken.
    if (held >= LIFE_PAGE && last && (g.key[0] !== last.key[0] || g.key[1] !== last.key[1])) break;
    firstGroups.push(g);
    held += g.count;
  }
  const wantedIds = [...new Set([...recentIds, ...firstGroups.map((g) => g.sessionId)])];
  const rows = wantedIds.length
    ? await placedMemories(ctx, clientId).select("p.position").where("p.sessionId", "in", wantedIds).execute()
    : [];
  const inProcess = (a: (typeof rows)[number], b: (typeof rows)[number]) =>
    place.get(a.sessionId!)! - place.get(b.sessionId!)! || a.position - b.position;
  const recentSet = new Set(recentIds);
  const recent = rows
    .filter((r) => recentSet.has(r.sessionId!))
    .sort(inProcess)
    .slice(-RECENT_RECALLS)
    .reverse();
  const firstKeys = new Set(firstGroups.map((g) => `${g.sessionId}\u0000${g.age}\u0000${g.period}`));
  const byAge = rows
    .filter((r) => firstKeys.has(`${r.sessionId}\u0000${r.age}\u0000${r.period}`))
    .sort((a, b) => placedAgeOf(a.age, a.period) - placedAgeOf(b.age, b.period) || inProcess(a, b))
    .slice(0, LIFE_PAGE);
  return {
    dateOfBirth: client.dateOfBirth,
    sessions,
    placements,
    unplaced: Number(unplaced.n),
    recent: recent.map(memoryRow),
    byAge: byAge.map(memoryRow),
    lifeEvents: lifeEvents.map((e) => ({
      id: e.id,
      title: e.title,
      notes: e.notes,
      date: e.date,
      age: e.age,
    })),
  };
}

export async function readLifeMemories(
  ctx: ScopeContext,
  clientId: string,
  query: LifeMemoriesQuery = {},
): Promise<LifeMemoriesRows> {
  const page = parseInput(LifeMemoriesQuery, query);
  await ctx.requireClient(clientId);
  const [total, rows] = await Promise.all([
    memoriesOf(ctx, clientId)
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .where((eb) => eb.or([eb("p.age", "is not", null), eb("p.period", "is not", null)]))
      .executeTakeFirstOrThrow(),
    byAge(ctx, clientId, page.offset, page.limit),
  ]);
  const ids = [...new Set(rows.map((r) => r.sessionId!))];
  const sessions = ids.length
    ? await ctx.db
        .selectFrom("sessions")
        .select(["id", "number", "date", "status", "courseId"])
        .where("practiceId", "=", ctx.caller.practiceId)
        .where("clientId", "=", clientId)
        .where("id", "in", ids)
        .execute()
    : [];
  return { sessions, total: Number(total.n), offset: page.offset, memories: rows.map(memoryRow) };
}
