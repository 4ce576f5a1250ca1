// What the tessera-record extension of each exported resource holds: the Tessera record in its
// input shape (from src/domain), ids of linked records kept so an import can relink them, and
// the sensitive parts only in the Compositions that carry a security label.
import { z } from "zod";
import {
  CharacterInput,
  ClientInput,
  ConsentInput,
  CourseInput,
  Id,
  LifeEventInput,
  MeasureResponseInput,
  PieceInput,
  ReflectionInput,
  Role,
  SESSION_STATUSES,
  SessionInput,
  ThreadInput,
} from "../../domain";

export const PatientRecord = ClientInput.omit({ holisticFactors: true });
export const PractitionerRecord = z.object({ name: z.string(), email: z.string(), role: Role });
export const EpisodeRecord = CourseInput.extend({ id: Id });
export const EncounterRecord = SessionInput.pick({
  courseId: true,
  date: true,
  durationMinutes: true,
  techniques: true,
}).extend({ status: z.enum(SESSION_STATUSES), number: z.number().int() });
/** The session's notes: only in its Composition. */
export const SessionNotesRecord = SessionInput.pick({
  checkIn: true,
  narrative: true,
  insights: true,
  integration: true,
}).extend({ pieces: z.array(PieceInput.omit({ id: true })) });
/** The client's process outside sessions: only in the process Composition. */
export const ProcessRecord = z.object({
  holisticFactors: ClientInput.shape.holisticFactors,
  lifeEvents: z.array(LifeEventInput),
  characters: z.array(CharacterInput.extend({ id: Id })),
  threads: z.array(ThreadInput.extend({ id: Id })),
  reflections: z.array(ReflectionInput.extend({ pieces: z.array(PieceInput.omit({ id: true })) })),
});
export const ResponseRecord = MeasureResponseInput.extend({
  instrumentVersion: z.string(),
  followUpNote: z.string().nullable(),
});
export const ConsentRecord = ConsentInput.extend({ withdrawn: z.boolean() });
