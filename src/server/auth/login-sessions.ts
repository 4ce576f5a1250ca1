// Login sessions live in the database (so several app instances behave as one); the cookie
// carries a random token and only its SHA-256 is stored.
import { createHash, randomBytes } from "node:crypto";
import type { AuthStore, Caller } from "../../store/store";

export const COOKIE_NAME = "tessera_session";
/** ASVS: an inactivity timeout and an absolute one. */
export const IDLE_TIMEOUT_MS = 60 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, to spare the database a write per request. */
const TOUCH_EVERY_MS = 60 * 1000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function openLoginSession(
  store: AuthStore,
  user: { id: string; practiceId: string; role: Caller["role"]; clientId: string | null },
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS);
  await store.createLoginSession({
    tokenHash: hashToken(token),
    userId: user.id,
    practiceId: user.practiceId,
    role: user.role,
    clientId: user.clientId,
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  return { token, expiresAt };
}

/** The caller behind a cookie token, or null when the session is unknown, idle too long or expired. */
export async function resolveCaller(
  store: AuthStore,
  token: string,
  now = new Date(),
): Promise<Caller | null> {
  const tokenHash = hashToken(token);
  const session = await store.findLoginSession(tokenHash);
  if (!session) return null;
  const idleFor = now.getTime() - Date.parse(session.lastSeenAt);
  if (now.toISOString() >= session.expiresAt || idleFor > IDLE_TIMEOUT_MS) {
    await store.deleteLoginSession(tokenHash);
    return null;
  }
  if (idleFor > TOUCH_EVERY_MS) await store.touchLoginSession(tokenHash, now.toISOString());
  return {
    userId: session.userId,
    practiceId: session.practiceId,
    role: session.role,
    clientId: session.clientId,
  };
}
