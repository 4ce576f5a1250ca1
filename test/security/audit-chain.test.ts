// A tamper-evident audit trail, on each store: every record is chained to the one before by
// hash, concurrent writers still make one chain, and verification names the first record that
// was changed or removed afterwards.
import Database from "better-sqlite3-multiple-ciphers";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openStore } from "../../src/store/open-store";
import { postgresUrlWithDefaultUser } from "../../src/store/postgres/open-postgres";
import type { SystemStore } from "../../src/store/store";
import type { DisposableConfig } from "../support/databases";
import { describeEachStore } from "../store/each-store";

describeEachStore("audit hash chain", (target) => {
  let db: DisposableConfig;
  let store: SystemStore;
  beforeAll(async () => {
    db = await target.openConfig();
    store = await openStore(db.config);
    await store.migrate();
  });
  afterAll(async () => {
    await store?.close();
    await db?.dispose();
  });

  /** Runs one SQL statement straight on the database, as someone with the file or a DB login could. */
  async function tamper(statement: string) {
    if (target.name === "sqlite") {
      const raw = new Database(join(db.config.dataDir, "tessera.db"));
      raw.exec(statement);
      raw.close();
      return;
    }
    const client = new pg.Client({ connectionString: postgresUrlWithDefaultUser(db.config.databaseUrl!) });
    await client.connect();
    await client.query(statement);
    await client.end();
  }

  it("chains every record, also when many are written at once", async () => {
    const { practice, user } = await store.createPracticeWithUser("P", {
      name: "A",
      email: "a@example.org",
      role: "admin",
      passwordHash: "h",
    });
    const admin = store.scoped({ userId: user.id, practiceId: practice.id, role: "admin", clientId: null });
    const client = await admin.createClient({ name: "Cleo" });
    await Promise.all(Array.from({ length: 20 }, () => admin.getClient(client.id)));
    const report = await store.verifyAuditChain();
    expect(report).toEqual({ checked: 21, unsealed: 0, firstBroken: null });
  });

  it("names the first record changed after it was written", async () => {
    await tamper("update audit_log set action = 'update' where seq = 7");
    const report = await store.verifyAuditChain();
    expect(report.firstBroken).toMatchObject({ seq: 7, why: expect.stringMatching(/changed/) });
    expect(report.checked).toBe(6);
  });

  it("names the gap a removed record leaves", async () => {
    await tamper("update audit_log set action = 'read' where seq = 7");
    expect((await store.verifyAuditChain()).firstBroken).toBeNull();
    await tamper("delete from audit_log where seq = 12");
    expect((await store.verifyAuditChain()).firstBroken).toMatchObject({
      seq: 13,
      why: "record 12 is missing",
    });
  });
});
