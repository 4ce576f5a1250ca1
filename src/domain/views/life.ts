// The life timeline: each recalled memory at the client's age at the event, against the session
// that recalled it, with the life periods as bands and the life events on the same age axis.
import { z } from "zod";
import type { LifeEvent } from "../client";
import { Id, IsoDate } from "../common";
import { ageOn } from "../life-period";
import type { Session } from "../session";
import { LifePeriod, PERIODS } from "../vocabulary";
import { buildStrip, stripCellOf, StripBounds, StripCell } from "./session-strip";
import { inProcessOrder, SessionRef, shortenWords, toSessionRef } from "./view-parts";

/** The spec's periods as age bands; prenatal and birth sit just before and at age 0. */
export const PERIOD_BANDS: ReadonlyArray<{ period: LifePeriod; from: number; to: number }> = [
  { period: "prenatal", from: -1, to: -0.25 },
  { period: "birth", from: -0.25, to: 0.25 },
  { period: "infancy", from: 0.25, to: 3 },
  { period: "childhood", from: 3, to: 13 },
  { period: "adolescence", from: 13, to: 20 },
  { period: "adulthood", from: 20, to: 120 },
];

/** Where a memory with a period but no age is drawn: the middle of its band (adulthood: 30). */
function periodAge(period: LifePeriod): number {
  if (period === "adulthood") return 30;
  const band = PERIOD_BANDS.find((b) => b.period === period)!;
  return (band.from + band.to) / 2;
}

export const LifeMemory = z.object({
  pieceId: Id,
  words: z.string(),
  age: z.number().int().nullable(),
  period: LifePeriod.nullable(),
  /** The age the memory is drawn at. */
  placedAge: z.number(),
  placedBy: z.enum(["age", "period"]),
  session: SessionRef,
});
export type LifeMemory = z.infer<typeof LifeMemory>;

/**
 * The one memory of a chart cell that holds one: what its dot links to, by id alone (its words
 * are in the lists and on its session; sending them for every dot doubled the first screen).
 */
export const LifeCellMemory = z.object({ pieceId: Id, sessionId: Id, sessionNumber: z.number().int() });
export type LifeCellMemory = z.infer<typeof LifeCellMemory>;

/** Rows of the chart: the process cut into at most LIFE_ROWS stretches of sessions. */
export const LIFE_ROWS = 40;
/** Memories listed at first (by age), and per "more". */
export const LIFE_PAGE = 40;
/** The latest recalls listed beside the chart. */
export const RECENT_RECALLS = 10;

const LifeEventRow = z.object({
  id: Id,
  title: z.string(),
  notes: z.string(),
  date: IsoDate.nullable(),
  age: z.number().int().nullable(),
});

export const LifeView = z.object({
  dateOfBirth: IsoDate.nullable(),
  /** Age at the latest session, or null without a date of birth. */
  ageNow: z.number().int().nullable(),
  periods: z.array(z.object({ period: z.enum(PERIODS), from: z.number(), to: z.number() })),
  sessionCount: z.number().int(),
  /** Memories with an age or a period (drawn), and those with neither (not drawn). */
  memoryCount: z.number().int(),
  unplaced: z.number().int(),
  /**
   * The chart, aggregated: each row a stretch of consecutive sessions (one session each in a
   * short process), each cell how many memories recalled in that stretch go back to that age.
   */
  rows: z.array(
    StripCell.pick({ fromNumber: true, toNumber: true, fromDate: true, toDate: true, sessions: true }),
  ),
  cells: z.array(
    z.object({
      row: z.number().int(),
      placedAge: z.number(),
      placedBy: z.enum(["age", "period"]),
      count: z.number().int(),
      /** The one memory of a cell that holds one, to link to. */
      memory: LifeCellMemory.nullable(),
    }),
  ),
  /** The latest RECENT_RECALLS recalls, newest first. */
  recent: z.array(LifeMemory),
  /** The first LIFE_PAGE memories by age at the event (then process order); more by LifeMemoriesPage. */
  memories: z.array(LifeMemory),
  lifeEvents: z.array(LifeEventRow),
});
export type LifeView = z.infer<typeof LifeView>;

export const LifeMemoriesQuery = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(200).default(LIFE_PAGE),
});
export type LifeMemoriesQuery = z.input<typeof LifeMemoriesQuery>;

/** Memories by age at the event (then process order), from number `offset`. */
export const LifeMemoriesPage = z.object({
  total: z.number().int(),
  offset: z.number().int(),
  memories: z.array(LifeMemory),
});
export type LifeMemoriesPage = z.infer<typeof LifeMemoriesPage>;

const MemoryRow = z.object({
  pieceId: Id,
  text: z.string(),
  age: z.number().int().nullable(),
  period: LifePeriod.nullable(),
  session: SessionRef,
});

/**
 * What the store reads for the life timeline, counted on the chart's axis so that nothing grows
 * with the process: the rows' bounds (LIFE_ROWS stretches of the process), the chart's cells
 * counted where the memories are, a count of the memories with neither age nor period, the
 * latest recalls, the first page by age, and the life events.
 */
export const LifeRows = z.object({
  dateOfBirth: IsoDate.nullable(),
  sessionCount: z.number().int(),
  rows: z.array(StripBounds),
  cells: LifeView.shape.cells,
  unplaced: z.number().int(),
  /** Newest first. */
  recent: z.array(MemoryRow),
  /** By placed age, then process order. */
  byAge: z.array(MemoryRow),
  lifeEvents: z.array(LifeEventRow),
});
export type LifeRows = z.infer<typeof LifeRows>;

export const LifeMemoriesRows = z.object({
  total: z.number().int(),
  offset: z.number().int(),
  memories: z.array(MemoryRow),
});
export type LifeMemoriesRows = z.infer<typeof LifeMemoriesRows>;

/** The placed age of a memory's age or period, as SQL orders them too (see life-query). */
export function placedAgeOf(age: number | null, period: LifePeriod | null): number {
  return age ?? periodAge(period!);
}

export function buildLifeFromRows(rows: LifeRows): LifeView {
  const memory = (m: z.infer<typeof MemoryRow>) => toMemory(m, m.session);
  const last = rows.rows.at(-1)?.to;
  return {
    ...lifeFrame(rows.dateOfBirth, last, rows.sessionCount, rows.lifeEvents),
    memoryCount: rows.cells.reduce((n, c) => n + c.count, 0),
    unplaced: rows.unplaced,
    rows: rows.rows.map(({ from, to, sessions }) => ({
      fromNumber: from.number,
      toNumber: to.number,
      fromDate: from.date,
      toDate: to.date,
      sessions,
    })),
    cells: sortCells(rows.cells.map((c) => ({ ...c }))),
    recent: rows.recent.map(memory),
    memories: rows.byAge.map(memory),
  };
}

export function buildLifeMemoriesFromRows(rows: LifeMemoriesRows): LifeMemoriesPage {
  return {
    total: rows.total,
    offset: rows.offset,
    memories: rows.memories.map((m) => toMemory(m, m.session)),
  };
}

function sortCells(cells: LifeView["cells"]): LifeView["cells"] {
  return cells.sort(
    (a, b) => a.row - b.row || a.placedAge - b.placedAge || a.placedBy.localeCompare(b.placedBy),
  );
}

/** The chart's rows over the sessions in process order, and the row of the session at an index. */
function lifeRows(ordered: readonly SessionRef[]) {
  const strip = buildStrip(ordered, new Set(), LIFE_ROWS);
  return {
    rows: strip.map(({ fromNumber, toNumber, fromDate, toDate, sessions }) => ({
      fromNumber,
      toNumber,
      fromDate,
      toDate,
      sessions,
    })),
    rowOf: (index: number) => stripCellOf(index, ordered.length, LIFE_ROWS),
  };
}

function toMemory(
  p: { pieceId: string; text: string; age: number | null; period: LifePeriod | null },
  session: SessionRef,
): LifeMemory {
  return {
    pieceId: p.pieceId,
    words: shortenWords(p.text, 90),
    age: p.age,
    period: p.period,
    placedAge: placedAgeOf(p.age, p.period),
    placedBy: p.age !== null ? "age" : "period",
    session,
  };
}

/** Everything of the view but the memories: age now, bands, life events on the age axis, sessions. */
function lifeFrame(
  dob: string | null,
  last: SessionRef | undefined,
  sessionCount: number,
  lifeEvents: Readonly<LifeRows["lifeEvents"]>,
): Pick<LifeView, "dateOfBirth" | "ageNow" | "periods" | "lifeEvents" | "sessionCount"> {
  return {
    dateOfBirth: dob,
    ageNow: dob && last ? ageOn(dob, last.date) : null,
    periods: PERIOD_BANDS.map((b) => ({ ...b })),
    lifeEvents: lifeEvents
      .map((e) => ({
        id: e.id,
        title: e.title,
        notes: e.notes,
        date: e.date,
        age: e.age ?? (dob && e.date ? ageOn(dob, e.date) : null),
      }))
      .sort((a, b) => (a.age ?? 999) - (b.age ?? 999)),
    sessionCount,
  };
}

/** Memories with an age or a period in process order, and the count of the rest (the in-memory reference). */
function allMemories(ordered: readonly Session[]) {
  const memories: LifeMemory[] = [];
  let unplaced = 0;
  for (const s of ordered)
    for (const p of s.pieces) {
      if (p.kind !== "memory") continue;
      if (p.age === null && p.period === null) unplaced += 1;
      else memories.push(toMemory({ ...p, pieceId: p.id }, toSessionRef(s)));
    }
  return { memories, unplaced };
}

/** By placed age; a sort that keeps process order within one age. */
const byAge = (all: readonly LifeMemory[]) => [...all].sort((a, b) => a.placedAge - b.placedAge);

export function buildLife(input: {
  dateOfBirth: string | null;
  sessions: readonly Session[];
  lifeEvents: readonly LifeEvent[];
}): LifeView {
  const ordered = inProcessOrder(input.sessions);
  const refs = ordered.map(toSessionRef);
  const { memories, unplaced } = allMemories(ordered);
  const place = new Map(refs.map((s, i) => [s.id, i]));
  const { rows, rowOf } = lifeRows(refs);
  const cells = new Map<string, LifeView["cells"][number]>();
  for (const m of memories) {
    const row = rowOf(place.get(m.session.id)!);
    const key = `${row}\u0000${m.placedAge}\u0000${m.placedBy}`;
    const cell = cells.get(key);
    if (cell) {
      cell.count += 1;
      cell.memory = null;
    } else
      cells.set(key, {
        row,
        placedAge: m.placedAge,
        placedBy: m.placedBy,
        count: 1,
        memory: { pieceId: m.pieceId, sessionId: m.session.id, sessionNumber: m.session.number },
      });
  }
  return {
    ...lifeFrame(input.dateOfBirth, refs.at(-1), refs.length, input.lifeEvents),
    memoryCount: memories.length,
    unplaced,
    rows,
    cells: sortCells([...cells.values()]),
    recent: memories.slice(-RECENT_RECALLS).reverse(),
    memories: byAge(memories).slice(0, LIFE_PAGE),
  };
}

export function buildLifeMemories(
  sessions: readonly Session[],
  page: z.output<typeof LifeMemoriesQuery>,
): LifeMemoriesPage {
  const all = byAge(allMemories(inProcessOrder(sessions)).memories);
  return {
    total: all.length,
    offset: page.offset,
    memories: all.slice(page.offset, page.offset + page.limit),
  };
}
