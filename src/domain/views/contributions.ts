// What the client brought in their own words and choices: shared reflections, consents, courses.
import { z } from "zod";
import { Course } from "../client";
import { Id, IsoDate, IsoDateTime } from "../common";
import { Consent, CONSENT_PURPOSES } from "../consent";
import { Reflection } from "../reflection";
import { PieceTile, toTile } from "./view-parts";

export const ContributionsView = z.object({
  reflections: z.array(z.object({ id: Id, date: IsoDate, text: z.string(), pieces: z.array(PieceTile) })),
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

/** What the store reads for the page, in one operation: reflections, consents, courses. */
export const ContributionsRows = z.object({
  reflections: z.array(Reflection),
  consents: z.array(Consent),
  courses: z.array(Course),
});
export type ContributionsRows = z.infer<typeof ContributionsRows>;

export function buildContributions(input: {
  reflections: readonly Reflection[];
  consents: readonly Consent[];
  courses: readonly Course[];
}): ContributionsView {
  return {
    // Newest first: what the client wrote lately matters most before a session.
    reflections: input.reflections
      .filter((r) => r.sharedWithPractitioner)
      .map((r) => ({ id: r.id, date: r.date, text: r.text, pieces: r.pieces.map(toTile) }))
      .sort((a, b) => b.date.localeCompare(a.date)),
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
