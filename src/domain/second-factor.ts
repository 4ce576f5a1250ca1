// Trust (issue 14): the TOTP second factor for staff. Enrolment shows a secret (as a QR code and
// as text) and is confirmed with a first code; ten recovery codes are shown once; a login with a
// second factor asks for a code after the password, through a short-lived challenge.
import { z } from "zod";
import { IsoDateTime } from "./common";
import { Me } from "./api-shapes";

/** Six digits from an authenticator app, or a recovery code (letters and digits, dashes allowed). */
export const SecondFactorCode = z
  .string()
  .trim()
  .min(6, "type the six digits from your authenticator app, or a recovery code")
  .max(40);

/** Where one's own second factor stands. `available` is false for client logins (staff only). */
export const SecondFactorStatus = z.object({
  available: z.boolean(),
  enabled: z.boolean(),
  recoveryCodesLeft: z.number().int().min(0),
});
export type SecondFactorStatus = z.infer<typeof SecondFactorStatus>;

/** A secret being enrolled: scan the QR code (inline SVG) or type the secret into the app. */
export const TotpEnrolment = z.object({
  secret: z.string(),
  otpauthUri: z.string(),
  qrSvg: z.string(),
});
export type TotpEnrolment = z.infer<typeof TotpEnrolment>;

export const TotpConfirmInput = z.object({ code: SecondFactorCode });
export type TotpConfirmInput = z.infer<typeof TotpConfirmInput>;

/** Shown once, right after enrolment; only their hashes are kept. */
export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodes = z.infer<typeof RecoveryCodes>;

export const SecondFactorDisableInput = z.object({
  password: z.string().min(1, "type your password").max(256),
  code: SecondFactorCode,
});
export type SecondFactorDisableInput = z.infer<typeof SecondFactorDisableInput>;

/** The password was right and the account has a second factor: send a code with this challenge. */
export const SecondFactorRequired = z.object({
  secondFactorRequired: z.literal(true),
  challenge: z.string(),
  expiresAt: IsoDateTime,
});
export type SecondFactorRequired = z.infer<typeof SecondFactorRequired>;

/** What a password login answers: logged in, or a code is still needed. */
export const LoginOutcome = z.union([Me, SecondFactorRequired]);
export type LoginOutcome = z.infer<typeof LoginOutcome>;

export const SecondFactorLoginInput = z.object({
  challenge: z.string().min(20).max(200),
  code: SecondFactorCode,
});
export type SecondFactorLoginInput = z.infer<typeof SecondFactorLoginInput>;
