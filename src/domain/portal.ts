// Shapes only the client's portal reads: who has opened their record, and editing their own
// reflections.
import { z } from "zod";
import { AuditAction, AuditResourceType } from "./audit";
import { IsoDate, IsoDateTime } from "./common";
import { CONSENT_PURPOSES } from "./consent";
import { ReflectionInput } from "./reflection";

/** One opening of the record, from the audit trail: names of staff, never clinical text. */
export const RecordAccess = z.object({
  at: IsoDateTime,
  who: z.string(),
  role: z.string(),
  action: AuditAction,
  resourceType: AuditResourceType,
});
export type RecordAccess = z.infer<typeof RecordAccess>;

/** A client's own reflection, replaced whole while it is not yet shared. */
export const ReflectionUpdate = ReflectionInput;
export type ReflectionUpdate = z.input<typeof ReflectionUpdate>;

/** A consent the client gives from the portal: granted, dated today. */
export const OwnConsentInput = z.object({
  purpose: z.enum(CONSENT_PURPOSES),
  notes: z.string().max(2_000).default(""),
});
export type OwnConsentInput = z.input<typeof OwnConsentInput>;

export const SinceQuery = z.object({ since: IsoDate });
