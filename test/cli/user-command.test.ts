import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "../../src/server/auth/passwords";
import { openStore } from "../../src/store/open-store";
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
