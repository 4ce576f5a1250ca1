// TOTP (RFC 6238) with otpauth: 6 digits, 30 s steps, SHA-1 (what every authenticator app reads).
// A code is accepted one step either side of now, for clocks a little off; the step it matched is
// returned so the caller can refuse the same step twice.
import { Secret, TOTP } from "otpauth";
import type { TotpEnrolment } from "../../domain";

const ISSUER = "Tessera";
const WINDOW = 1;

function totpOf(secret: string, label = "") {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });
}

/** A new random secret (160 bits, as RFC 4226 recommends), in base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The time step a six-digit code belongs to, within ±1 step of now; null when it matches none. */
export function matchTotpStep(secret: string, code: string, nowMs = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const totp = totpOf(secret);
  const delta = totp.validate({ token: code, timestamp: nowMs, window: WINDOW });
  return delta === null ? null : totp.counter({ timestamp: nowMs }) + delta;
}

/** What the enrolment page shows: the secret as text, its otpauth URI and that URI as a QR code. */
export async function enrolmentFor(secret: string, accountLabel: string): Promise<TotpEnrolment> {
  const otpauthUri = totpOf(secret, accountLabel).toString();
  // Loaded on enrolment only, not at start.
  const { default: QRCode } = await import("qrcode");
  const qrSvg = await QRCode.toString(otpauthUri, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
  return { secret, otpauthUri, qrSvg };
}
