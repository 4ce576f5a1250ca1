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
import { allSessionRefs } from "./session-refs";

/** The placed age in SQL (age, or the middle of its period's band), as placedAgeOf gives it. */
const placedAge = sql<number>`coalesce(p.age, case p.period ${sql.join(
  PERIODS.map((period) => sql`when ${sql.lit(period)} then ${sql.lit(placedAgeOf(null, period))}`),
  sql` `,
)} end)`;

function memoriesOf(ctx: ScopeContext, clientId: string) {
  return ctx.db
    .selectFrom("pieces as p")
    .where("p.clientId", "=", clientId)
    .where("p.sessionId", "is not", null)
    .where("p.kind", "=", "memory");
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
  const [sessions, placements, unplaced, recent, first, lifeEvents] = await Promise.all([
    allSessionRefs(ctx, clientId),
    memoriesOf(ctx, clientId)
      .select([
        "p.sessionId",
        "p.age",
        "p.period",
        (eb) => eb.fn.countAll<number | string>().as("n"),
        // What a group of one memory links to (min of one row is that row).
        (eb) => eb.fn.min("p.id").as("pieceId"),
        (eb) => eb.fn.min("p.text").as("text"),
      ])
      .where((eb) => eb.or([eb("p.age", "is not", null), eb("p.period", "is not", null)]))
      .groupBy(["p.sessionId", "p.age", "p.period"])
      .execute(),
    memoriesOf(ctx, clientId)
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .where("p.age", "is", null)
      .where("p.period", "is", null)
      .executeTakeFirstOrThrow(),
    placedMemories(ctx, clientId)
      .orderBy("s.date", "desc")
      .orderBy("s.number", "desc")
      .orderBy("p.position", "desc")
      .limit(RECENT_RECALLS)
      .execute(),
    byAge(ctx, clientId, 0, LIFE_PAGE),
    lifeEventOperations.listLifeEvents.run(ctx, clientId),
  ]);
  return {
    dateOfBirth: client.dateOfBirth,
    sessions,
    placements: placements.map((g) => {
      const count = Number(g.n);
      return {
        sessionId: g.sessionId!,
        age: g.age,
        period: g.period,
        count,
        only:
          count === 1
            ? memoryRow({
                pieceId: String(g.pieceId),
                sessionId: g.sessionId,
                text: String(g.text),
                age: g.age,
                period: g.period,
              })
            : null,
      };
    }),
    unplaced: Number(unplaced.n),
    recent: recent.map(memoryRow),
    byAge: first.map(memoryRow),
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
  const page = LifeMemoriesQuery.parse(query);
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
