import { z } from "zod";
import { Id, IsoDate, IsoDateTime, LongText, RecordMeta, ShortText } from "./common";
import { Piece, PieceInput } from "./piece";
import { updateBody, Version } from "./record-version";
import { BodyRegion, Laterality } from "./vocabulary";

export const TechniqueApplied = z.object({
  technique: ShortText.min(1, "name the technique"),
  regions: z.array(BodyRegion).max(38).default([]),
  laterality: Laterality.nullable().default(null),
  notes: ShortText.default(""),
});
export type TechniqueApplied = z.infer<typeof TechniqueApplied>;

export const SESSION_STATUSES = ["draft", "signed"] as const;

export const SessionInput = z.object({
  courseId: Id.nullable().default(null),
  date: IsoDate,
  durationMinutes: z.number().int().min(1).max(600).default(60),
  checkIn: LongText.default(""),
  techniques: z.array(TechniqueApplied).max(50).default([]),
  narrative: LongText.default(""),
  pieces: z.array(PieceInput).max(500).default([]),
  insights: LongText.default(""),
  integration: LongText.default(""),
});
export type SessionInput = z.input<typeof SessionInput>;

/** A new session: without a courseId it joins the client's open course; null keeps it outside any. */
export const SessionCreate = SessionInput.extend({ courseId: Id.nullable().optional() });
export type SessionCreate = z.input<typeof SessionCreate>;

/** A complete replacement of a draft, with the version it started from (courseId must be sent). */
export const SessionUpdate = updateBody(SessionInput);
export type SessionUpdate = z.input<typeof SessionUpdate>;

/** What an amendment may change: the written parts of the note. */
export const AmendedFields = z
  .object({
    checkIn: LongText,
    techniques: z.array(TechniqueApplied).max(50),
    narrative: LongText,
    insights: LongText,
    integration: LongText,
  })
  .partial();
export type AmendedFields = z.infer<typeof AmendedFields>;

/** A later change to a signed session: signed when made; the original stays as it was signed. */
export const AmendmentInput = z.object({
  /** The session's version the amender saw. */
  version: Version,
  reason: ShortText.min(1, "say why the note is amended"),
  changes: AmendedFields.refine((c) => Object.keys(c).length > 0, "change at least one part of the note"),
});
export type AmendmentInput = z.input<typeof AmendmentInput>;

export const Amendment = z.object({
  id: Id,
  reason: z.string(),
  changes: AmendedFields,
  signedBy: Id,
  signedByName: z.string(),
  signedAt: IsoDateTime,
});
export type Amendment = z.infer<typeof Amendment>;

export const Session = RecordMeta.extend(SessionInput.omit({ pieces: true }).shape).extend({
  courseId: Id.nullable(),
  clientId: Id,
  version: Version,
  /** Number among all the client's sessions in date order (kept once signed). */
  number: z.number().int().min(1),
  /** Place within its course (1 = the course's first session), null outside a course. */
  courseNumber: z.number().int().min(1).nullable(),
  practitionerId: Id,
  status: z.enum(SESSION_STATUSES),
  signedAt: IsoDateTime.nullable(),
  signedBy: Id.nullable(),
  /** The signer's name, for the record and its print view. */
  signedByName: z.string().nullable(),
  amendments: z.array(Amendment),
  pieces: z.array(Piece),
});
export type Session = z.infer<typeof Session>;

/**
 * A page of a client's sessions, oldest first: `total` sessions in all, this page from number
 * `offset` (0 = the first). A 3,000-session process is about 30 MB as one list.
 */
export const SessionsPage = z.object({
  total: z.number().int().min(0),
  offset: z.number().int().min(0),
  items: z.array(Session),
});
export type SessionsPage = z.infer<typeof SessionsPage>;
