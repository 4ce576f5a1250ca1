// A draft of a form, saved on the server while the practitioner types, so a reload, a crash or
// another device loses nothing. The content is what the form held, valid or not yet: it is
// checked only when the record itself is saved.
import { z } from "zod";
import { Id, IsoDateTime } from "./common";
import { Version } from "./record-version";

/** Which form: "session-new" for a session not yet saved, or "session-<id>" for an existing one. */
export const DraftKey = z.string().regex(/^[a-z]+-[a-z0-9-]{1,64}$/, "not a draft key");

export const DraftInput = z.object({
  /** The form's fields as typed; at most 200 000 characters once written as JSON. */
  // A JSON body is JSON already; z.json() would make a recursive schema OpenAPI cannot name.
  content: z
    .record(z.string(), z.unknown())
    .refine((c) => JSON.stringify(c).length <= 200_000, "the draft is too large"),
  /** The version of the record the form started from (null for a new record). */
  baseVersion: Version.nullable().default(null),
});
export type DraftInput = z.input<typeof DraftInput>;

export const Draft = z.object({
  key: DraftKey,
  clientId: Id,
  // Checked as JSON on the way in; described loosely on the way out, because a recursive schema
  // has no name the OpenAPI document could refer to.
  content: z.record(z.string(), z.unknown()),
  baseVersion: Version.nullable(),
  savedAt: IsoDateTime,
});
export type Draft = z.infer<typeof Draft>;
