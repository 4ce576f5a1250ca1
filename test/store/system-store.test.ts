import { afterAll, beforeAll, expect, it } from "vitest";
import type { SystemStore } from "../../src/store/store";
import { describeEachStore } from "./each-store";
import { expectDomainError, makePractice } from "./fixtures";

describeEachStore("system operations", (target) => {
  let system: SystemStore;
  beforeAll(async () => {
    system = await target.open();
  });
  afterAll(async () => {
    await system?.close();
  });

  it("reports no practice on an empty database, then creates the practice with its first user in one step", async () => {
    const empty = await target.open();
    try {
      expect(await empty.hasAnyPractice()).toBe(false);
      const { practice, user } = await empty.createPracticeWithUser(" Still Point ", {
        name: "Ada",
        email: "ada@example.org",
        role: "admin",
        passwordHash: "argon-hash",
      });
      expect(await empty.hasAnyPractice()).toBe(true);
      expect(practice.name).toBe("Still Point");
      expect(await empty.getPractice(practice.id)).toEqual(practice);
      expect(await empty.listPractices()).toEqual([practice]);
      expect(user).toMatchObject({ practiceId: practice.id, role: "admin", clientId: null, disabled: false });
      expect(await empty.getUser(user.id)).toEqual(user);
      expect(await empty.getPractice("no-such-id")).toBeNull();
      expect(await empty.getUser("no-such-id")).toBeNull();
    } finally {
      await empty.close();
    }
  });

  it("finds a user for login by email in any letter case, with the password hash", async () => {
    const { practiceId } = await makePractice(system);
    const user = await system.createUser(practiceId, {
      name: "Ben",
      email: "Ben.Login@Example.org",
      role: "practitioner",
      clientId: null,
      passwordHash: "secret-hash",
    });
    expect(user.email).toBe("ben.login@example.org");
    expect(await system.findUserForLogin("BEN.LOGIN@example.ORG")).toEqual({
      ...user,
      passwordHash: "secret-hash",
    });
    expect(await system.findUserForLogin("nobody@example.org")).toBeNull();
  });

  it("refuses a second user with the same email as a conflict", async () => {
    const { practiceId } = await makePractice(system);
    const other = await makePractice(system);
    const user = {
      name: "C",
      email: "same@example.org",
      role: "practitioner" as const,
      clientId: null,
      passwordHash: "h",
    };
    await system.createUser(practiceId, user);
    await expectDomainError(
      system.createUser(other.practiceId, { ...user, email: "SAME@example.org" }),
      "conflict",
    );
  });

  it("gives a client login only a client record of its own practice", async () => {
    const a = await makePractice(system);
    const b = await makePractice(system);
    const client = await a.practitioner.createClient({ name: "Cleo" });
    const login = { name: "Cleo", role: "client" as const, passwordHash: "h" };
    const ok = await system.createUser(a.practiceId, {
      ...login,
      email: "cleo@example.org",
      clientId: client.id,
    });
    expect(ok.clientId).toBe(client.id);
    const err = await expectDomainError(
      system.createUser(b.practiceId, { ...login, email: "cleo2@example.org", clientId: client.id }),
      "invalid",
    );
    expect(err.details[0]?.path).toBe("clientId");
    await expectDomainError(
      system.createUser(a.practiceId, { ...login, email: "cleo3@example.org", clientId: null }),
      "invalid",
    );
    await expectDomainError(
      system.createUser(a.practiceId, {
        ...login,
        role: "practitioner",
        email: "cleo4@example.org",
        clientId: client.id,
      }),
      "invalid",
    );
  });

  it("keeps login sessions in the database: create, find, touch, delete, and delete only expired ones", async () => {
    const { practiceId, practitionerCaller } = await makePractice(system);
    const base = {
      userId: practitionerCaller.userId,
      practiceId,
      role: "practitioner" as const,
      clientId: null,
    };
    const live = {
      ...base,
      tokenHash: `live-${practiceId}`,
      createdAt: "2030-01-01T10:00:00.000Z",
      lastSeenAt: "2030-01-01T10:00:00.000Z",
      expiresAt: "2030-01-01T22:00:00.000Z",
    };
    const old = { ...live, tokenHash: `old-${practiceId}`, expiresAt: "2000-01-01T00:00:00.000Z" };
    await system.createLoginSession(live);
    await system.createLoginSession(old);
    expect(await system.findLoginSession(live.tokenHash)).toEqual(live);
    await system.touchLoginSession(live.tokenHash, "2030-01-01T10:30:00.000Z");
    expect((await system.findLoginSession(live.tokenHash))?.lastSeenAt).toBe("2030-01-01T10:30:00.000Z");

    expect(await system.deleteExpiredLoginSessions("2001-01-01T00:00:00.000Z")).toBeGreaterThanOrEqual(1);
    expect(await system.findLoginSession(old.tokenHash)).toBeNull();
    expect(await system.findLoginSession(live.tokenHash)).not.toBeNull();
    await system.deleteLoginSession(live.tokenHash);
    expect(await system.findLoginSession(live.tokenHash)).toBeNull();
  });

  it("records audit events from outside a scoped store (login) in the practice's audit log", async () => {
    const { practiceId, adminCaller, admin } = await makePractice(system);
    await system.recordAudit({
      practiceId,
      userId: adminCaller.userId,
      action: "login",
      resourceType: "user",
      resourceId: adminCaller.userId,
      clientId: null,
    });
    await system.recordAudit({
      practiceId: null,
      userId: null,
      action: "login-failed",
      resourceType: "user",
      resourceId: null,
      clientId: null,
    });
    const log = await admin.listAudit({});
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      practiceId,
      userId: adminCaller.userId,
      action: "login",
      resourceType: "user",
    });
    expect(log[0]!.at).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});
