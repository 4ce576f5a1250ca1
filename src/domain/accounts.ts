// Trust (issue 14): who may log in and who sees which client. Accounts are managed by the
// practice's administrators; a client's care team is the staff who may see their records.
import { z } from "zod";
import { Id, IsoDateTime } from "./common";
import { Password, UserInput } from "./practice";
import { Role } from "./vocabulary";

/** A member of a client's care team. */
export const CareTeamMember = z.object({
  userId: Id,
  name: z.string(),
  role: Role,
  addedAt: IsoDateTime,
});
export type CareTeamMember = z.infer<typeof CareTeamMember>;

export const CareTeamChange = z.object({ userId: Id });
export type CareTeamChange = z.infer<typeof CareTeamChange>;

/** An account as the administrators' screen shows it. */
export const Account = z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
  role: Role,
  clientId: Id.nullable(),
  disabled: z.boolean(),
  secondFactor: z.boolean(),
  createdAt: IsoDateTime,
  /** When the account last logged in; null when never (or not since migration 009). */
  lastLoginAt: IsoDateTime.nullable(),
});
export type Account = z.infer<typeof Account>;

// Care-team card: a colleague as any staff member may see them (no email, no clients).
export const StaffMember = Account.pick({ id: true, name: true, role: true });
export type StaffMember = z.infer<typeof StaffMember>;

export const RoleChange = z.object({ role: Role });
export type RoleChange = z.infer<typeof RoleChange>;

/** A one-time link that sets a new password; the token is shown once and only its hash is kept. */
export const PasswordResetLink = z.object({
  token: z.string(),
  expiresAt: IsoDateTime,
  /** The page that takes the token: hand it over, or it was emailed (when SMTP is configured). */
  link: z.string(),
  emailed: z.boolean(),
});
export type PasswordResetLink = z.infer<typeof PasswordResetLink>;

export const PasswordResetInput = z.object({ token: z.string().min(20).max(200), password: Password });
export type PasswordResetInput = z.infer<typeof PasswordResetInput>;

export const PasswordChangeInput = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: Password,
});
export type PasswordChangeInput = z.infer<typeof PasswordChangeInput>;

/** A new account as an administrator adds it (the password is hashed before the store sees it). */
export const AccountInput = UserInput;
export type AccountInput = z.input<typeof UserInput>;

export const NewAccountInput = UserInput.extend({ password: Password });
export type NewAccountInput = z.infer<typeof NewAccountInput>;
