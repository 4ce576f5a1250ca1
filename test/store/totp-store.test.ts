// The second factor in the store, on each store: enrolment only from a pending secret, a time
// step accepted once and never an earlier one, a recovery code used once (also when two race),
// an administrator's reset, the login challenge's expiry, and the last login on the account.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { SystemStore } from "../../src/store/store";
import { describeEachStore } from "./each-store";
import { expectDomainError, makePractice } from "./fixtures";

describeEachStore("second factor (TOTP) storage", (target) => {
  let system: SystemStore;
  beforeAll(async () => {
    system = await target.open();
  });
  afterAll(async () => system?.close());

  async function enrolled() {
    const p = await makePractice(system);
    const userId = p.practitionerCaller.userId;
    await system.startTotpEnrolment(userId, "PENDINGSECRET");
    expect(await system.confirmTotpEnrolment(userId, "PENDINGSECRET", 1000, ["h1", "h2"])).toBe(true);
    return { ...p, userId };
  }

  it("enrols only the pending secret, once, and refuses a client login", async () => {
    const p = await makePractice(system);
    const userId = p.practitionerCaller.userId;
    expect(await system.confirmTotpEnrolment(userId, "NOTPENDING", 1, [])).toBe(false);
    await system.startTotpEnrolment(userId, "FIRST");
    await system.startTotpEnrolment(userId, "SECOND");
    expect(await system.getSecondFactor(userId)).toMatchObject({ secret: null, pendingSecret: "SECOND" });
    expect(await system.confirmTotpEnrolment(userId, "FIRST", 1, [])).toBe(false);
    expect(await system.confirmTotpEnrolment(userId, "SECOND", 7, ["a", "b"])).toBe(true);
    expect(await system.getSecondFactor(userId)).toEqual({
      role: "practitioner",
      secret: "SECOND",
      pendingSecret: null,
      lastStep: 7,
      recoveryCodeHashes: ["a", "b"],
    });
    const accounts = await system.scoped(p.adminCaller).listAccounts();
    expect(accounts.find((a) => a.id === userId)?.secondFactor).toBe(true);
    // The user shape never carries the secret.
    expect(JSON.stringify(await system.getUser(userId))).not.toContain("SECOND");

    const client = await system.scoped(p.practitionerCaller).createClient({ name: "Cleo" });
    const login = await system.createUser(p.practiceId, {
      name: "Cleo",
      email: `cleo-${Math.random()}@example.org`,
      role: "client",
      clientId: client.id,
      passwordHash: "hash",
    });
    await expectDomainError(system.startTotpEnrolment(login.id, "X"), "forbidden");
  });

  it("accepts a time step once and never an earlier one", async () => {
    const { userId } = await enrolled();
    expect(await system.useTotpStep(userId, 1000)).toBe(false);
    expect(await system.useTotpStep(userId, 999)).toBe(false);
    expect(await system.useTotpStep(userId, 1001)).toBe(true);
    expect(await system.useTotpStep(userId, 1001)).toBe(false);
    const racing = await Promise.all([1002, 1002, 1002].map((s) => system.useTotpStep(userId, s)));
    expect(racing.filter(Boolean)).toHaveLength(1);
    expect((await system.getSecondFactor(userId))?.lastStep).toBe(1002);
  });

  it("uses each recovery code once, also when two uses race", async () => {
    const { userId } = await enrolled();
    expect(await system.useRecoveryCode(userId, "nope")).toBe(false);
    const racing = await Promise.all([
      system.useRecoveryCode(userId, "h1"),
      system.useRecoveryCode(userId, "h1"),
    ]);
    expect(racing.filter(Boolean)).toHaveLength(1);
    expect(await system.useRecoveryCode(userId, "h1")).toBe(false);
    expect((await system.getSecondFactor(userId))?.recoveryCodeHashes).toEqual(["h2"]);
  });

  it("forgets secret, codes and challenges when the user turns it off or an administrator resets it", async () => {
    const { userId, adminCaller } = await enrolled();
    await system.createLoginChallenge("challenge-1", userId, "2999-01-01T00:00:00.000Z");
    const account = await system.scoped(adminCaller).resetSecondFactor(userId);
    expect(account.secondFactor).toBe(false);
    expect(await system.getSecondFactor(userId)).toMatchObject({
      secret: null,
      pendingSecret: null,
      lastStep: null,
      recoveryCodeHashes: [],
    });
    expect(await system.findLoginChallenge("challenge-1")).toBeNull();
    expect(await system.useTotpStep(userId, 5000)).toBe(false);

    const again = await enrolled();
    await system.removeSecondFactor(again.userId);
    expect((await system.getSecondFactor(again.userId))?.secret).toBeNull();
  });

  it("answers a login challenge until it expires or is deleted", async () => {
    const { userId } = await enrolled();
    await system.createLoginChallenge("c-live", userId, "2030-01-01T00:00:00.000Z");
    expect(await system.findLoginChallenge("c-live", "2029-12-31T23:59:59.000Z")).toBe(userId);
    expect(await system.findLoginChallenge("c-live", "2030-01-01T00:00:00.000Z")).toBeNull();
    expect(await system.findLoginChallenge("unknown")).toBeNull();
    await system.deleteLoginChallenge("c-live");
    expect(await system.findLoginChallenge("c-live", "2029-01-01T00:00:00.000Z")).toBeNull();
  });

  it("records when an account last logged in", async () => {
    const p = await makePractice(system);
    const admin = system.scoped(p.adminCaller);
    const before = (await admin.listAccounts()).find((a) => a.id === p.practitionerCaller.userId);
    expect(before?.lastLoginAt).toBeNull();
    await system.createLoginSession({
      tokenHash: `t-${Math.random()}`,
      userId: p.practitionerCaller.userId,
      practiceId: p.practiceId,
      role: "practitioner",
      clientId: null,
      createdAt: "2026-03-01T10:00:00.000Z",
      lastSeenAt: "2026-03-01T10:00:00.000Z",
      expiresAt: "2999-01-01T00:00:00.000Z",
    });
    const after = (await admin.listAccounts()).find((a) => a.id === p.practitionerCaller.userId);
    expect(after?.lastLoginAt).toBe("2026-03-01T10:00:00.000Z");
  });
});
