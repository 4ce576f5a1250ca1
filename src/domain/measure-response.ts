import { z } from "zod";
import { Id, IsoDate, IsoDateTime, RecordMeta } from "./common";

/** Answers in item order; null for an item left unanswered. Scoring lives in src/measures. */
export const MeasureResponseInput = z.object({
  instrument: z.string().trim().min(1).max(40),
  date: IsoDate,
  answers: z.array(z.number().int().min(0).max(10).nullable()).min(1).max(50),
  /** For patient-generated measures: the names the client gave to symptoms and activity. */
  labels: z.array(z.string().trim().max(120)).max(10).default([]),
});
export type MeasureResponseInput = z.input<typeof MeasureResponseInput>;

/** What a practitioner records once they have followed up a safety flag. */
export const FollowUpInput = z.object({
  note: z.string().trim().min(1, "say how the flag was followed up").max(10_000),
});
export type FollowUpInput = z.input<typeof FollowUpInput>;

export const FollowUp = z.object({
  at: IsoDateTime,
  byUserId: Id,
  note: z.string(),
});
export type FollowUp = z.infer<typeof FollowUp>;

export const MeasureResponse = RecordMeta.extend(MeasureResponseInput.shape).extend({
  clientId: Id,
  instrumentVersion: z.string(),
  enteredBy: Id,
  /**
   * Safety flags raised when the response was scored at creation (e.g. "phq9-item9"); stored so
   * open flags can be listed without re-scoring. A flag stays open until `followUp` is recorded.
   */
  flags: z.array(z.string()),
  /** Practitioner-only: a client login always sees null here, never the practitioner's note. */
  followUp: FollowUp.nullable(),
});
export type MeasureResponse = z.infer<typeof MeasureResponse>;

/** A response whose safety flags nobody has followed up yet, for the practice's client list. */
export const OpenSafetyFlag = z.object({
  clientId: Id,
  clientName: z.string(),
  responseId: Id,
  instrument: z.string(),
  date: IsoDate,
  flags: z.array(z.string()).min(1),
  /**
   * The most urgent of the flags (routine < raised < high < highest), so a badge can grade it and
   * routine flags (who5-low-item) do not shout; null when today's definitions cannot judge it.
   */
  urgency: z.enum(["routine", "raised", "high", "highest"]).nullable(),
});
export type OpenSafetyFlag = z.infer<typeof OpenSafetyFlag>;
