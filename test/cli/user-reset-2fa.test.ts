// `tessera user reset-2fa EMAIL`: for a lost phone, the operator removes an account's second
// factor and recovery codes; audited as the operator.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { openStore } from "../../src/store/open-store";
import { runCli } from "./run-cli";

const dataDir = mkdtempSync(join(tmpdir(), "tessera-cli-2fa-"));
const env = { TESSERA_DATA: dataDir, TESSERA_DATABASE_URL: "" };
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it("removes an account's second factor and recovery codes, audited as the operator", async () => {
  const store = await openStore({ dataDir });
  await store.migrate();
  const { practice, user } = await store.createPracticeWithUser("Room", {
    name: "Ana",
    email: "ana@example.org",
    role: "admin",
    passwordHash: "hash",
  });
  await store.startTotpEnrolment(user.id, "SECRET");
  await store.confirmTotpEnrolment(user.id, "SECRET", 1, ["h1"]);
  await store.close();

  expect(runCli(["user", "list"], { env }).stdout).toMatch(/ana@example.org\tadmin\tactive\t2fa/);
  const r = runCli(["user", "reset-2fa", "ANA@example.org"], { env });
  expect(r.stdout).toContain("ana@example.org has no second factor now");

  const after = await openStore({ dataDir });
  try {
    expect(await after.getSecondFactor(user.id)).toMatchObject({ secret: null, recoveryCodeHashes: [] });
    const log = await after
      .scoped({ userId: "x", practiceId: practice.id, role: "admin", clientId: null })
      .listAudit({});
    expect(log.find((e) => e.action === "second-factor")?.userId).toBe("cli-operator");
  } finally {
    await after.close();
  }
});
