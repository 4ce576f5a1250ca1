// Migration 010 starts the per-person read markers from what Home showed as read until then:
// shared reflections dated on or before the client's latest session are read by the practice's
// staff; later ones, private ones and clients without sessions stay unread.
import BetterSqlite from "better-sqlite3-multiple-ciphers";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import { join } from "node:path";
import pg from "pg";
import { expect, it } from "vitest";
import { markReadUpToLatestSession } from "../../src/store/migrations/010-reflection-reads";
import { openStore, SQLITE_FILE, type StoreConfig } from "../../src/store/open-store";
import { postgresUrlWithDefaultUser } from "../../src/store/postgres/open-postgres";
import type { SystemStore } from "../../src/store/store";
import { describeEachStore } from "./each-store";
import { clientLogin, makePractice, sessionInput } from "./fixtures";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see raw snake_case rows
function rawDatabase(config: StoreConfig): Kysely<any> {
  if (config.databaseUrl) {
    const pool = new pg.Pool({ connectionString: postgresUrlWithDefaultUser(config.databaseUrl), max: 1 });
    return new Kysely({ dialect: new PostgresDialect({ pool }) });
  }
  return new Kysely({
    dialect: new SqliteDialect({ database: new BetterSqlite(join(config.dataDir, SQLITE_FILE)) }),
  });
}

describeEachStore("reflection reads migration", (target) => {
  it("marks shared reflections up to the client's latest session read for every staff member, and no others", async () => {
    const { config, dispose } = await target.openConfig();
    const system: SystemStore = await openStore(config);
    try {
      await system.migrate();
      const p = await makePractice(system);
      const s = p.practitioner;
      const client = await s.createClient({ name: "Noor" });
      await s.addCareTeamMember(client.id, p.adminCaller.userId);
      await s.createSession(client.id, sessionInput({ date: "2024-03-01" }));
      const me = await clientLogin(system, p.practiceId, client.id);
      const write = (date: string, shared: boolean) =>
        me.createReflection(client.id, { date, text: `On ${date}.`, sharedWithPractitioner: shared });
      const before = await write("2024-02-01", true);
      const onTheDay = await write("2024-03-01", true);
      const after = await write("2024-03-05", true);
      await write("2024-02-02", false);

      expect((await s.listUnreadReflections()).length).toBe(3);
      // The migration's own step, on the database as it stands (no markers yet).
      const db = rawDatabase(config);
      try {
        await markReadUpToLatestSession(db);
      } finally {
        await db.destroy();
      }
      for (const staff of [p.practitioner, p.admin])
        expect((await staff.listUnreadReflections()).map((r) => r.id)).toEqual([after.id]);
      expect([before.id, onTheDay.id]).not.toContain(after.id);
    } finally {
      await system.close();
      await dispose();
    }
  });
});
