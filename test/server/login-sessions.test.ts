// Login sessions: stored as a hash, ended by idle time and by absolute age (OWASP ASVS V7).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ABSOLUTE_TIMEOUT_MS,
  IDLE_TIMEOUT_MS,
  hashToken,
  openLoginSession,
  resolveCaller,
} from "../../src/server/auth/login-sessions";
import type { SystemStore } from "../../src/store/store";
import { storeTargets } from "../support/databases";

describe.each(storeTargets())("login sessions on $name", (target) => {
  let store: SystemStore;
  let user: { id: string; practiceId: string; role: "admin"; clientId: null };

  beforeAll(async () => {
    if (target.skip) return;
    store = await target.open();
    const made = await store.createPracticeWithUser("P", {
      name: "A",
      email: "a@example.org",
      role: "admin",
      passwordHash: "x",
    });
    user = { id: made.user.id, practiceId: made.practice.id, role: "admin", clientId: null };
  });
  afterAll(async () => store?.close());

  const t0 = new Date("2026-06-01T09:00:00.000Z");
  const later = (ms: number) => new Date(t0.getTime() + ms);

  it.skipIf(!!target.skip)("keeps only the token's hash in the database", async () => {
    const { token } = await openLoginSession(store, user, t0);
    expect(await store.findLoginSession(token)).toBeNull();
    expect(await store.findLoginSession(hashToken(token))).not.toBeNull();
  });

  it.skipIf(!!target.skip)("resolves the caller while in use and ends after the idle timeout", async () => {
    const { token } = await openLoginSession(store, user, t0);
    expect(await resolveCaller(store, token, later(IDLE_TIMEOUT_MS - 1000))).toMatchObject({
      userId: user.id,
      role: "admin",
    });
    // Activity moved lastSeenAt on, so the idle clock restarts from there.
    expect(await resolveCaller(store, token, later(2 * IDLE_TIMEOUT_MS - 2000))).not.toBeNull();
    expect(await resolveCaller(store, token, later(3 * IDLE_TIMEOUT_MS))).toBeNull();
    expect(await store.findLoginSession(hashToken(token))).toBeNull();
  });

  it.skipIf(!!target.skip)("ends at the absolute timeout however active the user is", async () => {
    const { token } = await openLoginSession(store, user, t0);
    let at = 0;
    while (at + IDLE_TIMEOUT_MS / 2 < ABSOLUTE_TIMEOUT_MS) {
      at += IDLE_TIMEOUT_MS / 2;
      expect(await resolveCaller(store, token, later(at))).not.toBeNull();
    }
    expect(await resolveCaller(store, token, later(ABSOLUTE_TIMEOUT_MS))).toBeNull();
  });
});
