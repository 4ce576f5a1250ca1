// A practitioner's one-time invitation for a client to open their portal login. Only a hash of
// the token is stored; the link with the token is shown (or emailed) once, when it is created.
import { z } from "zod";
import { Id, IsoDateTime } from "./common";
import { Email, Password } from "./practice";

/** Seven days, then the link stops working and the practitioner makes a new one. */
export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export const InvitationInput = z.object({
  /** The client's login email; the link is also sent there when SMTP is configured. */
  email: Email,
});
export type InvitationInput = z.input<typeof InvitationInput>;

export const INVITATION_STATUSES = ["pending", "accepted", "revoked", "expired"] as const;
export const Invitation = z.object({
  id: Id,
  practiceId: Id,
  clientId: Id,
  email: z.string(),
  createdBy: Id,
  createdAt: IsoDateTime,
  expiresAt: IsoDateTime,
  acceptedAt: IsoDateTime.nullable(),
  revokedAt: IsoDateTime.nullable(),
  status: z.enum(INVITATION_STATUSES),
});
export type Invitation = z.infer<typeof Invitation>;

/** What the practitioner gets once: the link to copy, and whether it was also emailed. */
export const CreatedInvitation = z.object({
  invitation: Invitation,
  link: z.string(),
  emailed: z.boolean(),
});
export type CreatedInvitation = z.infer<typeof CreatedInvitation>;

/** What the invitation page shows before the client sets a password. */
export const InvitationPreview = z.object({
  practiceName: z.string(),
  clientName: z.string(),
  email: z.string(),
  expiresAt: IsoDateTime,
});
export type InvitationPreview = z.infer<typeof InvitationPreview>;

/** The token from the link, sent in a body so it stays out of access logs. */
export const InvitationToken = z.object({ token: z.string().min(20).max(200) });
export type InvitationToken = z.input<typeof InvitationToken>;

export const AcceptInvitationInput = z.object({
  token: z.string().min(20).max(200),
  password: Password,
});
export type AcceptInvitationInput = z.input<typeof AcceptInvitationInput>;

export function invitationStatus(
  row: { acceptedAt: string | null; revokedAt: string | null; expiresAt: string },
  now: string,
): Invitation["status"] {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  return now >= row.expiresAt ? "expired" : "pending";
}
