// Migration 002 on a database that already holds responses from before it: an earlier PHQ-9 with
// item 9 above 0 comes out flagged and open, so upgrading never hides a safety flag.
import { expect, it } from "vitest";
import { runMigrations } from "../../src/store/migrate";
import { MIGRATIONS } from "../../src/store/migrations";
import { openStore } from "../../src/store/open-store";
import { postgresAdapter } from "../../src/store/postgres/postgres-adapter";
import { sqliteAdapter } from "../../src/store/sqlite/sqlite-adapter";
import { describeEachStore } from "./each-store";
import { rawDatabase } from "./raw-database";

describeEachStore("measure flags migration", (target) => {
  it("flags responses recorded before migration 002 from their answers and leaves them open", async () => {
    const { config, dispose } = await target.openConfig();
    try {
      const db = rawDatabase(config);
      const adapter = config.databaseUrl ? postgresAdapter : sqliteAdapter;
      await runMigrations(db, adapter, MIGRATIONS.slice(0, 1));
      const at = "2024-01-01T00:00:00.000Z";
      await db.insertInto("practices").values({ id: "p1", name: "Old Practice", created_at: at }).execute();
      await db
        .insertInto("users")
        .values({
          id: "u1",
          practice_id: "p1",
          name: "Ola",
          email: "ola@example.org",
          role: "practitioner",
          client_id: null,
          password_hash: "x",
          disabled: 0,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await db
        .insertInto("clients")
        .values({
          id: "c1",
          practice_id: "p1",
          name: "Ivo",
          date_of_birth: null,
          pronouns: "",
          contact: "{}",
          presenting_concerns: "[]",
          holistic_factors: "{}",
          status: "active",
          created_at: at,
          updated_at: at,
        })
        .execute();
      const response = (id: string, instrument: string, answers: unknown[]) => ({
        id,
        practice_id: "p1",
        client_id: "c1",
        instrument,
        instrument_version: "1",
        date: "2024-01-02",
        answers: JSON.stringify(answers),
        labels: "[]",
        entered_by: "u1",
        created_at: at,
        updated_at: at,
      });
      await db
        .insertInto("measure_responses")
        .values([
          response("r1", "phq9", [0, 0, 0, 0, 0, 0, 0, 0, 2]),
          response("r2", "phq9", [3, 3, 3, 3, 3, 3, 3, 3, 0]),
          // Written before answers were checked: cannot be scored, so it stays unflagged.
          response("r3", "PHQ-9", [1]),
        ])
        .execute();
      await db.destroy();

      const system = await openStore(config);
      try {
        await system.migrate();
        const s = system.scoped({ userId: "u1", practiceId: "p1", role: "practitioner", clientId: null });
        expect((await s.listMeasureResponses("c1")).map((r) => [r.id, r.flags, r.followUp])).toEqual([
          ["r1", ["phq9-item9"], null],
          ["r2", [], null],
          ["r3", [], null],
        ]);
        expect(await s.listOpenSafetyFlags()).toEqual([
          {
            clientId: "c1",
            clientName: "Ivo",
            responseId: "r1",
            instrument: "phq9",
            date: "2024-01-02",
            flags: ["phq9-item9"],
            // Item 9 answered "More than half the days".
            urgency: "high",
          },
        ]);
      } finally {
        await system.close();
      }
    } finally {
      await dispose();
    }
  });
});
