// The audit trail's shapes. Records hold ids and actions, never clinical text.
import { z } from "zod";
import { Id, IsoDateTime } from "./common";

export const AUDIT_ACTIONS = [
  "read",
  "create",
  "update",
  "delete",
  "sign",
  "export",
  "login",
  "logout",
  "login-failed",
  // Trust (issue 14): refused requests and account changes.
  "denied",
  "disable",
  "enable",
  "password-change",
  "password-reset",
  "role-change",
  "second-factor",
  "share",
  "unshare",
] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

/** What an audit record is about; one name per kind of record. */
export const AUDIT_RESOURCE_TYPES = [
  "practice",
  "user",
  "client",
  "session",
  "character",
  "thread",
  "life-event",
  "course",
  "reflection",
  "consent",
  "measure-response",
  "safety-flag",
  "search",
  // The client portal (issue 13)
  "invitation",
  "questionnaire-assignment",
  "process-story",
  "practice-settings",
] as const;
export const AuditResourceType = z.enum(AUDIT_RESOURCE_TYPES);
export type AuditResourceType = z.infer<typeof AuditResourceType>;

export const AuditRecord = z.object({
  id: Id,
  practiceId: Id.nullable(),
  at: IsoDateTime,
  userId: Id.nullable(),
  action: AuditAction,
  resourceType: AuditResourceType,
  resourceId: Id.nullable(),
  clientId: Id.nullable(),
  /** Trust (issue 14): the caller's address and user agent, when the event came over HTTP. */
  address: z.string().max(100).nullish(),
  userAgent: z.string().max(500).nullish(),
});
export type AuditRecord = z.infer<typeof AuditRecord>;

export const AuditQuery = z.object({
  clientId: Id.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type AuditQuery = z.input<typeof AuditQuery>;
