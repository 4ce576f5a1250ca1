import { z } from "zod";
import { Id, IsoDate, IsoDateTime, LongText, RecordMeta, ShortText } from "./common";
import { Piece, PieceInput } from "./piece";
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

export const Session = RecordMeta.extend(SessionInput.omit({ pieces: true }).shape).extend({
  clientId: Id,
  /** Number within the client's course (or within all the client's sessions when there is no course). */
  number: z.number().int().min(1),
  practitionerId: Id,
  status: z.enum(SESSION_STATUSES),
  signedAt: IsoDateTime.nullable(),
  pieces: z.array(Piece),
});
export type Session = z.infer<typeof Session>;
