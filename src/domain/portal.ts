// Shapes only the client's portal reads: who has opened their record, and editing their own
// reflections.
import { z } from "zod";
import { AuditAction, AuditResourceType } from "./audit";
import { IsoDate, IsoDateTime } from "./common";
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

export const SinceQuery = z.object({ since: IsoDate });
