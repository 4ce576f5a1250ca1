import { z } from "zod";
import { Id, IsoDate, LongText, RecordMeta, ShortText } from "./common";
import { ConcernCategory } from "./vocabulary";
import { updateBody, Version } from "./record-version";

export const PresentingConcern = z.object({
  category: ConcernCategory,
  /** The client's own words. */
  description: ShortText.default(""),
});

export const ClientInput = z.object({
  name: ShortText.min(1, "the client needs a name"),
  dateOfBirth: IsoDate.nullable().default(null),
  pronouns: z.string().trim().max(40).default(""),
  contact: z
    .object({
      email: z.union([z.email(), z.literal("")]).default(""),
      phone: z.string().trim().max(40).default(""),
      address: ShortText.default(""),
    })
    .default({ email: "", phone: "", address: "" }),
  presentingConcerns: z.array(PresentingConcern).max(20).default([]),
  holisticFactors: z
    .object({
      personal: LongText.default(""),
      environmental: LongText.default(""),
    })
    .default({ personal: "", environmental: "" }),
  status: z.enum(["active", "archived"]).default("active"),
});
export type ClientInput = z.input<typeof ClientInput>;
export const ClientUpdate = updateBody(ClientInput);
export type ClientUpdate = z.input<typeof ClientUpdate>;
export const Client = RecordMeta.extend(ClientInput.shape).extend({ version: Version });
export type Client = z.infer<typeof Client>;

export const LifeEventInput = z.object({
  age: z.number().int().min(0).max(120).nullable().default(null),
  date: IsoDate.nullable().default(null),
  title: ShortText.min(1, "the event needs a title"),
  notes: LongText.default(""),
});
export type LifeEventInput = z.input<typeof LifeEventInput>;
export const LifeEventUpdate = updateBody(LifeEventInput);
export type LifeEventUpdate = z.input<typeof LifeEventUpdate>;
export const LifeEvent = RecordMeta.extend(LifeEventInput.shape).extend({ clientId: Id, version: Version });
export type LifeEvent = z.infer<typeof LifeEvent>;

/** A course of treatment: one client's process with its intention. */
export const CourseInput = z.object({
  intention: LongText.default(""),
  startDate: IsoDate,
  /** Set when the course is closed. */
  endDate: IsoDate.nullable().default(null),
  plannedSessions: z.number().int().min(1, "plan at least one session").max(200).nullable().default(null),
});
export type CourseInput = z.input<typeof CourseInput>;
export const CourseUpdate = updateBody(CourseInput);
export type CourseUpdate = z.input<typeof CourseUpdate>;
export const Course = RecordMeta.extend(CourseInput.shape).extend({
  clientId: Id,
  version: Version,
  /** Sessions recorded in the course so far. */
  sessionCount: z.number().int().min(0),
});
export type Course = z.infer<typeof Course>;
