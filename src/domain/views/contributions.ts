// What the client brought in their own words and choices: shared reflections, consents, courses.
import { z } from "zod";
import { Course } from "../client";
import { Id, IsoDate, IsoDateTime } from "../common";
import { Consent, CONSENT_PURPOSES } from "../consent";
import { Reflection } from "../reflection";
import { pageStart } from "./characters";
import { PieceTile, toTile } from "./view-parts";

/** Shared reflections the page shows at first: the latest ones (earlier ones a page at a time). */
export const CONTRIBUTION_REFLECTIONS = 20;

export const SharedReflection = z.object({
  id: Id,
  date: IsoDate,
  text: z.string(),
  pieces: z.array(PieceTile),
});
export type SharedReflection = z.infer<typeof SharedReflection>;

export const ContributionsView = z.object({
  /** The latest CONTRIBUTION_REFLECTIONS shared reflections, newest first. */
  reflections: z.array(SharedReflection),
  /** All shared reflections, and how many come before those shown (in the order they were written). */
  reflectionCount: z.number().int(),
  reflectionsOffset: z.number().int(),
  consents: z.array(
    z.object({
      id: Id,
      purpose: z.enum(CONSENT_PURPOSES),
      granted: z.boolean(),
      date: IsoDate,
      notes: z.string(),
      withdrawnAt: IsoDateTime.nullable(),
    }),
  ),
  courses: z.array(
    z.object({ id: Id, intention: z.string(), startDate: IsoDate, endDate: IsoDate.nullable() }),
  ),
});
export type ContributionsView = z.infer<typeof ContributionsView>;

/**
 * A stretch of the shared reflections in the order they were written (date, then creation):
 * reflections[0] is number `offset` of `total`.
 */
export const SharedReflectionsPage = z.object({
  total: z.number().int(),
  offset: z.number().int(),
  reflections: z.array(SharedReflection),
});
export type SharedReflectionsPage = z.infer<typeof SharedReflectionsPage>;

/** What the store reads for the page, in one operation: a page of shared reflections, consents, courses. */
export const ContributionsRows = z.object({
  reflections: z.object({ total: z.number().int(), offset: z.number().int(), rows: z.array(Reflection) }),
  consents: z.array(Consent),
  courses: z.array(Course),
});
export type ContributionsRows = z.infer<typeof ContributionsRows>;

const shared = (r: Reflection): SharedReflection => ({
  id: r.id,
  date: r.date,
  text: r.text,
  pieces: r.pieces.map(toTile),
});

/** Code-unit order, as SQL compares these ASCII keys (localeCompare would skip the dashes of ids). */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The shared reflections in the order written: date, then creation time, then id (as the store orders them). */
function sharedInWrittenOrder(reflections: readonly Reflection[]): Reflection[] {
  return reflections
    .filter((r) => r.sharedWithPractitioner)
    .sort((a, b) => cmp(a.date, b.date) || cmp(a.createdAt, b.createdAt) || cmp(a.id, b.id));
}

/** A page of the shared reflections from every reflection (the in-memory reference). */
export function buildSharedReflectionsPage(
  reflections: readonly Reflection[],
  page: { offset?: number; limit: number },
): SharedReflectionsPage {
  const all = sharedInWrittenOrder(reflections);
  const offset = pageStart(all.length, page);
  return { total: all.length, offset, reflections: all.slice(offset, offset + page.limit).map(shared) };
}

export function buildSharedReflectionsFromRows(
  rows: ContributionsRows["reflections"],
): SharedReflectionsPage {
  return { total: rows.total, offset: rows.offset, reflections: rows.rows.map(shared) };
}

export function buildContributionsFromRows(rows: ContributionsRows): ContributionsView {
  return contributionsOf(rows.reflections.total, rows.reflections.offset, rows.reflections.rows, rows);
}

/** The in-memory reference over every reflection. */
export function buildContributions(input: {
  reflections: readonly Reflection[];
  consents: readonly Consent[];
  courses: readonly Course[];
}): ContributionsView {
  const all = sharedInWrittenOrder(input.reflections);
  const offset = pageStart(all.length, { limit: CONTRIBUTION_REFLECTIONS });
  return contributionsOf(all.length, offset, all.slice(offset), input);
}

function contributionsOf(
  total: number,
  offset: number,
  page: readonly Reflection[],
  input: { consents: readonly Consent[]; courses: readonly Course[] },
): ContributionsView {
  return {
    // Newest first: what the client wrote lately matters most before a session.
    reflections: page.map(shared).reverse(),
    reflectionCount: total,
    reflectionsOffset: offset,
    consents: input.consents.map((c) => ({
      id: c.id,
      purpose: c.purpose,
      granted: c.granted,
      date: c.date,
      notes: c.notes,
      withdrawnAt: c.withdrawnAt,
    })),
    courses: input.courses.map((c) => ({
      id: c.id,
      intention: c.intention,
      startDate: c.startDate,
      endDate: c.endDate,
    })),
  };
}
