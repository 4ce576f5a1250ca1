// The life timeline: memory pieces that carry an age or a period counted per chart cell (row of
// the process × placed age, in SQL on the sessions' places), a count of those that carry neither,
// the latest recalls, the first page by age at the event, and the life events; more by age on
// demand. Only the sessions the first screen names are read.
import { sql } from "kysely";
import {
  groupedBy,
  LIFE_PAGE,
  LIFE_ROWS,
  LifeMemoriesQuery,
  placedAgeOf,
  RECENT_RECALLS,
  type LifeMemoriesRows,
  type LifeRows,
  PERIODS,
} from "../../../domain";
import { lifeEventOperations } from "../life-events";
import type { ScopeContext } from "../scope-context";
import { boundPlaces, boundsOf, latestCellsFrom, processAxis, sessionsAt } from "./process-axis";
import { parseInput } from "../../parse-input";
import { jsonRowsOf, parsedJsonRows } from "./json-rows";

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

/** Memories with an age or a period, on their sessions' places (migration 018), with their sessions. */
function placedMemories(ctx: ScopeContext, clientId: string) {
  // The client named in the join too: PostgreSQL otherwise hashes every client's places.
  return memoriesOf(ctx, clientId)
    .innerJoin("sessionPlaces as sp", (j) =>
      j.onRef("sp.sessionId", "=", "p.sessionId").onRef("sp.clientId", "=", "p.clientId"),
    )
    .where((eb) => eb.or([eb("p.age", "is not", null), eb("p.period", "is not", null)]));
}

/** The memories of a placed query as sent, each with its session. */
function memoryRows(query: ReturnType<typeof placedMemories>) {
  return query
    .innerJoin("sessions as s", "s.id", "p.sessionId")
    .select(["p.id", "p.text", "p.age", "p.period", "s.id as sessionId", "s.number", "s.date", "s.status"])
    .select("s.courseId")
    .execute()
    .then((rows) =>
      rows.map((m) => ({
        pieceId: m.id,
        text: m.text,
        age: m.age,
        period: m.period,
        session: { id: m.sessionId, number: m.number, date: m.date, status: m.status, courseId: m.courseId },
      })),
    );
}

/** By placed age, then process order (the in-memory builder's stable sort). */
function byAge(query: ReturnType<typeof placedMemories>) {
  return query.orderBy(placedAge).orderBy("sp.place").orderBy("p.position");
}

/**
 * Placed at or below `age`, on the columns themselves rather than the placed age: both dialects
 * then test it on index entries, and PostgreSQL no longer fetches every memory's row to compute
 * it (11 ms of the first page at 3,000 sessions).
 */
function placedAtMost(age: number) {
  const periods = PERIODS.filter((period) => placedAgeOf(null, period) <= age);
  // A literal: PostgreSQL would take a parameter for an integer, as p.age is, and refuse 1.625.
  return sql<boolean>`(p.age <= ${sql.lit(age)}${
    periods.length
      ? sql` or (p.age is null and p.period in (${sql.join(periods.map((x) => sql.lit(x)))}))`
      : sql``
  })`;
}

const placedBy = sql<"age" | "period">`case when p.age is null then 'period' else 'age' end`;

/**
 * The placed age at or below which the first `wanted` memories by age lie, from the chart's
 * counts: the first page is then read from those ages only, not sorted out of every memory.
 */
function ageHolding(cells: ReadonlyArray<{ placedAge: number; count: number }>, wanted: number): number {
  const byAgeCount = new Map<number, number>();
  for (const c of cells) byAgeCount.set(c.placedAge, (byAgeCount.get(c.placedAge) ?? 0) + c.count);
  let held = 0;
  const ages = [...byAgeCount.keys()].sort((a, b) => a - b);
  for (const age of ages) {
    held += byAgeCount.get(age)!;
    if (held >= wanted) return age;
  }
  return ages.at(-1) ?? 0;
}

export async function readLife(ctx: ScopeContext, clientId: string): Promise<LifeRows> {
  const client = await ctx.requireClient(clientId);
  const [axis, unplaced, lifeEvents] = await Promise.all([
    processAxis(ctx, clientId, LIFE_ROWS),
    memoriesOf(ctx, clientId)
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .where("p.age", "is", null)
      .where("p.period", "is", null)
      .executeTakeFirstOrThrow(),
    lifeEventOperations.listLifeEvents.run(ctx, clientId),
  ]);
  // The chart's cells counted in SQL: row (stretch of the process) × placed age × placed by,
  // from the index entries of migration 015 and the places of 018; no piece row is read.
  const row = axis.cellOf("sp.place");
  const grouped = placedMemories(ctx, clientId)
    .select((eb) => [
      row.as("row"),
      placedAge.as("placedAge"),
      placedBy.as("placedBy"),
      eb.fn.countAll<number | string>().as("n"),
      // What a cell of one memory links to (min of one row is that row), its session's id and
      // number from the place row, so no session is read for it.
      eb.fn.min("p.id").as("pieceId"),
      eb.fn.min("sp.sessionId").as("sessionId"),
      eb.fn.min("sp.number").as("sessionNumber"),
    ])
    .groupBy([row, placedAge, placedBy]);
  // One JSON array of cells per chart row: up to 40 values instead of 1,457 rows.
  const rows = await ctx.db
    .selectFrom(grouped.as("g"))
    .select([
      "g.row",
      jsonRowsOf(ctx.adapter, [
        "g.placedAge",
        "g.placedBy",
        "g.n",
        "g.pieceId",
        "g.sessionId",
        "g.sessionNumber",
      ]).as("cells"),
    ])
    .groupBy("g.row")
    .execute();
  const cells = rows.flatMap((r) =>
    parsedJsonRows(r.cells).map(([age, by, n, pieceId, sessionId, sessionNumber]) => ({
      row: Number(r.row),
      placedAge: Number(age),
      placedBy: by as "age" | "period",
      count: Number(n),
      pieceId: String(pieceId),
      sessionId: String(sessionId),
      sessionNumber: Number(sessionNumber),
    })),
  );
  const perRow = [...groupedBy(cells, (c) => c.row)].map(([cell, own]) => ({
    cell,
    count: own.reduce((n, c) => n + c.count, 0),
  }));
  const [at, recent, firstByAge] = await Promise.all([
    sessionsAt(ctx, clientId, boundPlaces(axis)),
    // The latest recalls, from the latest rows that hold enough of them.
    memoryRows(
      placedMemories(ctx, clientId)
        .where("sp.place", ">=", latestCellsFrom(axis, perRow, RECENT_RECALLS))
        .orderBy("sp.place", "desc")
        .orderBy("p.position", "desc")
        .limit(RECENT_RECALLS),
    ),
    // The first page by age, from the youngest ages that hold enough of them.
    memoryRows(
      byAge(placedMemories(ctx, clientId))
        .where(placedAtMost(ageHolding(cells, LIFE_PAGE)))
        .limit(LIFE_PAGE),
    ),
  ]);
  return {
    dateOfBirth: client.dateOfBirth,
    sessionCount: axis.total,
    rows: boundsOf(axis, at),
    cells: cells.map(({ row, placedAge, placedBy, count, pieceId, sessionId, sessionNumber }) => ({
      row,
      placedAge,
      placedBy,
      count,
      memory: count === 1 ? { pieceId, sessionId, sessionNumber } : null,
    })),
    unplaced: Number(unplaced.n),
    recent,
    byAge: firstByAge,
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
  const [total, memories] = await Promise.all([
    memoriesOf(ctx, clientId)
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .where((eb) => eb.or([eb("p.age", "is not", null), eb("p.period", "is not", null)]))
      .executeTakeFirstOrThrow(),
    memoryRows(byAge(placedMemories(ctx, clientId)).limit(page.limit).offset(page.offset)),
  ]);
  return { total: Number(total.n), offset: page.offset, memories };
}
