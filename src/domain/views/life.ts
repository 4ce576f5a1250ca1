// The life timeline: each recalled memory at the client's age at the event, against the session
// that recalled it, with the life periods as bands and the life events on the same age axis.
import { z } from "zod";
import type { LifeEvent } from "../client";
import { Id, IsoDate } from "../common";
import { ageOn } from "../life-period";
import type { Session } from "../session";
import { LifePeriod, PERIODS } from "../vocabulary";
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

export const LifeView = z.object({
  dateOfBirth: IsoDate.nullable(),
  /** Age at the latest session, or null without a date of birth. */
  ageNow: z.number().int().nullable(),
  periods: z.array(z.object({ period: z.enum(PERIODS), from: z.number(), to: z.number() })),
  memories: z.array(LifeMemory),
  /** Memories recalled with neither age nor period, by session. */
  unplaced: z.number().int(),
  lifeEvents: z.array(
    z.object({
      id: Id,
      title: z.string(),
      notes: z.string(),
      date: IsoDate.nullable(),
      age: z.number().int().nullable(),
    }),
  ),
  sessions: z.array(SessionRef),
});
export type LifeView = z.infer<typeof LifeView>;

/** What the store reads for the life timeline: memory pieces only, with age or period, and a count of the rest. */
export const LifeRows = z.object({
  dateOfBirth: IsoDate.nullable(),
  sessions: z.array(SessionRef),
  /** Memories with an age or a period, in process order. */
  memories: z.array(
    z.object({
      pieceId: Id,
      sessionId: Id,
      text: z.string(),
      age: z.number().int().nullable(),
      period: LifePeriod.nullable(),
    }),
  ),
  unplaced: z.number().int(),
  lifeEvents: z.array(
    z.object({
      id: Id,
      title: z.string(),
      notes: z.string(),
      date: IsoDate.nullable(),
      age: z.number().int().nullable(),
    }),
  ),
});
export type LifeRows = z.infer<typeof LifeRows>;

export function buildLifeFromRows(rows: LifeRows): LifeView {
  const refOf = new Map(rows.sessions.map((s) => [s.id, s]));
  const memories = rows.memories.flatMap((p): LifeMemory[] => {
    const session = refOf.get(p.sessionId);
    return session ? [toMemory(p, session)] : [];
  });
  return {
    ...lifeFrame(rows.dateOfBirth, rows.sessions, rows.lifeEvents),
    memories,
    unplaced: rows.unplaced,
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
    placedAge: p.age ?? periodAge(p.period!),
    placedBy: p.age !== null ? "age" : "period",
    session,
  };
}

/** Everything of the view but the memories: age now, bands, life events on the age axis, sessions. */
function lifeFrame(
  dob: string | null,
  ordered: readonly SessionRef[],
  lifeEvents: Readonly<LifeRows["lifeEvents"]>,
): Omit<LifeView, "memories" | "unplaced"> {
  const last = ordered.at(-1);
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
    sessions: ordered.map(toSessionRef),
  };
}

export function buildLife(input: {
  dateOfBirth: string | null;
  sessions: readonly Session[];
  lifeEvents: readonly LifeEvent[];
}): LifeView {
  const ordered = inProcessOrder(input.sessions);
  const memories: LifeMemory[] = [];
  let unplaced = 0;
  for (const s of ordered) {
    for (const p of s.pieces) {
      if (p.kind !== "memory") continue;
      if (p.age === null && p.period === null) unplaced += 1;
      else memories.push(toMemory({ ...p, pieceId: p.id }, toSessionRef(s)));
    }
  }
  return { ...lifeFrame(input.dateOfBirth, ordered.map(toSessionRef), input.lifeEvents), memories, unplaced };
}
