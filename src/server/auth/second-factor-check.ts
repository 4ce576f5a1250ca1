// Checks a second-factor code for an enrolled account: six digits are a TOTP code (a time step
// already used is refused), anything else is tried as a recovery code (used up when it matches).
import type { AuthStore, StoredSecondFactor } from "../../store/store";
import { hashRecoveryCode } from "./recovery-codes";
import { matchTotpStep } from "./totp";

export type CodeUsed = "totp" | "recovery" | null;

export async function useSecondFactorCode(
  auth: AuthStore,
  userId: string,
  stored: StoredSecondFactor,
  code: string,
  nowMs = Date.now(),
): Promise<CodeUsed> {
  if (!stored.secret) return null;
  const typed = code.trim();
  if (/^\d{6}$/.test(typed)) {
    const step = matchTotpStep(stored.secret, typed, nowMs);
    return step !== null && (await auth.useTotpStep(userId, step)) ? "totp" : null;
  }
  return (await auth.useRecoveryCode(userId, hashRecoveryCode(typed))) ? "recovery" : null;
}
