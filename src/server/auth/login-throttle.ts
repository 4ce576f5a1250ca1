// Login throttling an attacker cannot steer. Every attempt is counted, before the password is
// checked, on the address it came from (the socket's, or the trusted proxy's word for it) and
// on the account's email; past a few free attempts each key must wait a growing delay (1 s,
// doubling, at most 15 minutes) instead of being locked out. A browser that logged in to the
// account before carries a device cookie and is counted on its own key, so a stranger guessing
// that account's password from elsewhere cannot slow its owner down. Counters live in the
// database, shared by every app instance.
import { createHash, randomBytes } from "node:crypto";
import type { AuthStore, ThrottlePolicy } from "../../store/store";

export const DEVICE_COOKIE = "tessera_device";
/** A known browser is remembered for a year. */
export const DEVICE_MAX_AGE_S = 365 * 24 * 60 * 60;

const doubling = (count: number) => Array.from({ length: count }, (_, i) => 1000 * 2 ** i);
const FIFTEEN_MINUTES = 15 * 60 * 1000;
const DAY = 24 * 60 * 60 * 1000;

/** 1 s, 2 s, 4 s … 512 s, then 15 minutes for every further attempt. */
const GROWING = [...doubling(10), FIFTEEN_MINUTES];

export const ACCOUNT_POLICY: ThrottlePolicy = { free: 5, delaysMs: GROWING, forgetAfterMs: DAY };
/** An address may be a clinic's shared NAT: more free attempts, the same growth. */
export const ADDRESS_POLICY: ThrottlePolicy = { free: 20, delaysMs: GROWING, forgetAfterMs: DAY };
export const DEVICE_POLICY: ThrottlePolicy = { free: 10, delaysMs: GROWING, forgetAfterMs: DAY };

export interface LoginKeys {
  keys: Array<{ key: string; policy: ThrottlePolicy; onSuccess: "clear" | "refund" }>;
  /** The known browser the attempt came from, when it belongs to this account. */
  deviceHash: string | null;
}

export function hashDeviceToken(token: string): string {
  return createHash("sha256").update(`device:${token}`).digest("hex");
}

export function newDeviceToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * Which counters an attempt is charged to: a known browser of this account alone, or else the
 * address and the account. The address is refunded (not cleared) on success, so logging in to
 * one's own account does not reset the count of guesses at others.
 */
export async function loginKeys(
  auth: AuthStore,
  email: string,
  address: string,
  deviceToken: string | undefined,
  accountUserId: string | null,
): Promise<LoginKeys> {
  if (deviceToken && accountUserId) {
    const deviceHash = hashDeviceToken(deviceToken);
    if ((await auth.findDeviceUser(deviceHash)) === accountUserId) {
      return {
        keys: [{ key: `device|${deviceHash}`, policy: DEVICE_POLICY, onSuccess: "clear" }],
        deviceHash,
      };
    }
  }
  return {
    keys: [
      { key: `address|${address}`, policy: ADDRESS_POLICY, onSuccess: "refund" },
      { key: `account|${email.trim().toLowerCase()}`, policy: ACCOUNT_POLICY, onSuccess: "clear" },
    ],
    deviceHash: null,
  };
}

/** Takes an attempt on each key in turn; the wait in ms when one of them must still wait. */
export async function takeAttempts(auth: AuthStore, keys: LoginKeys["keys"], nowMs = Date.now()) {
  for (const { key, policy } of keys) {
    const taken = await auth.takeLoginAttempt(key, policy, nowMs);
    if (!taken.allowed) return taken.retryAfterMs;
  }
  return 0;
}

/**
 * The second-factor code step, counted per account like passwords (before the code is checked),
 * so knowing the password buys no more than 17 code guesses in the first hour.
 */
export const SECOND_FACTOR_POLICY: ThrottlePolicy = ACCOUNT_POLICY;
export const secondFactorKey = (userId: string) => `second-factor|${userId}`;
