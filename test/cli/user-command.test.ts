import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "../../src/server/auth/passwords";
import { openStore } from "../../src/store/open-store";
import { hashResetToken } from "../../src/server/api/accounts/account-endpoints";
import { runCli } from "./run-cli";

describe("tessera migrate and user add", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "tessera-cli-"));
  const env = { TESSERA_DATA: dataDir, TESSERA_DATABASE_URL: "" };
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("migrates an empty data folder", () => {
    const r = runCli(["migrate"], { env });
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain(`migrations applied (SQLite in ${dataDir})`);
  });

  it("refuses to add a user before the practice is set up", () => {
    const r = runCli(["user", "add", "kim@example.org", "--name", "Kim"], {
      env: { ...env, TESSERA_PASSWORD: "long enough password" },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("no practice yet");
  });

  it("adds a practitioner whose password then verifies, reading it from TESSERA_PASSWORD", async () => {
    const store = await openStore({ dataDir });
    await store.migrate();
    await store.createPracticeWithUser("Room", {
      name: "Ana",
      email: "ana@example.org",
      role: "admin",
      passwordHash: await hashPassword("first password!"),
    });
    await store.close();

    const r = runCli(["user", "add", "Kim@Example.org", "--name", "Kim"], {
      env: { ...env, TESSERA_PASSWORD: "long enough password" },
    });
    expect(r.stdout.trim()).toBe("added practitioner kim@example.org");

    const again = await openStore({ dataDir });
    const user = await again.findUserForLogin("kim@example.org");
    await again.close();
    expect(user?.role).toBe("practitioner");
    expect(await verifyPassword(user!.passwordHash, "long enough password")).toBe(true);
  });

  it("names the argument that is wrong", () => {
    const short = runCli(["user", "add", "lee@example.org", "--name", "Lee"], {
      env: { ...env, TESSERA_PASSWORD: "short" },
    });
    expect(short.stderr).toContain("password: use at least 12 characters");
    const role = runCli(["user", "add", "lee@example.org", "--name", "Lee", "--role", "boss"], {
      env: { ...env, TESSERA_PASSWORD: "long enough password" },
    });
    expect(role.stderr).toContain("role: must be one of: admin, practitioner, client");
  });
});

describe("tessera user list, disable, enable, role and reset-password", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "tessera-cli-accounts-"));
  const env = { TESSERA_DATA: dataDir, TESSERA_DATABASE_URL: "" };
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("lists, disables (ending open login sessions), re-enables, changes a role and prints a one-time reset link", async () => {
    const store = await openStore({ dataDir });
    await store.migrate();
    const { practice } = await store.createPracticeWithUser("Room", {
      name: "Ana",
      email: "ana@example.org",
      role: "admin",
      passwordHash: await hashPassword("first password!"),
    });
    const kim = await store.createUser(practice.id, {
      name: "Kim",
      email: "kim@example.org",
      role: "practitioner",
      clientId: null,
      passwordHash: await hashPassword("kim's old password"),
    });
    const now = new Date().toISOString();
    await store.createLoginSession({
      tokenHash: "kim-session",
      userId: kim.id,
      practiceId: practice.id,
      role: "practitioner",
      clientId: null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: "2999-01-01T00:00:00.000Z",
    });
    await store.close();

    expect(runCli(["user", "list"], { env }).stdout).toMatch(/kim@example.org\tpractitioner\tactive/);
    expect(runCli(["user", "disable", "KIM@example.org"], { env }).stdout).toContain(
      "disabled kim@example.org",
    );
    const check = await openStore({ dataDir });
    expect(await check.findLoginSession("kim-session")).toBeNull();
    await check.close();
    expect(runCli(["user", "list"], { env }).stdout).toMatch(/kim@example.org\tpractitioner\tdisabled/);
    expect(runCli(["user", "enable", "kim@example.org"], { env }).stdout).toContain(
      "enabled kim@example.org",
    );
    expect(runCli(["user", "role", "kim@example.org", "admin"], { env }).stdout).toContain("is now admin");
    expect(runCli(["user", "role", "kim@example.org", "client"], { env }).stderr).toContain("role");

    const reset = runCli(["user", "reset-password", "kim@example.org"], { env });
    const token = /token=([\w-]+)/.exec(reset.stdout)?.[1];
    expect(token).toBeDefined();
    const after = await openStore({ dataDir });
    try {
      const newHash = await hashPassword("kim's new password");
      expect(await after.completePasswordReset(hashResetToken(token!), newHash)).toBe(kim.id);
      // One time only.
      expect(await after.completePasswordReset(hashResetToken(token!), newHash)).toBeNull();
      const user = await after.findUserForLogin("kim@example.org");
      expect(await verifyPassword(user!.passwordHash, "kim's new password")).toBe(true);
      const log = await after
        .scoped({ userId: "x", practiceId: practice.id, role: "admin", clientId: null })
        .listAudit({});
      expect(log.map((e) => e.action)).toEqual(
        expect.arrayContaining(["disable", "enable", "role-change", "password-reset"]),
      );
      expect(log.find((e) => e.action === "disable")?.userId).toBe("cli-operator");
    } finally {
      await after.close();
    }
  });

  it("says which account is unknown", () => {
    expect(runCli(["user", "disable", "nobody@example.org"], { env }).stderr).toContain(
      "no account nobody@example.org",
    );
  });
});
