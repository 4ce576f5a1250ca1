// Migration 005 on a database numbered the old way (per course, and apart from courses): the
// client's sessions come out numbered 1..n in date order across courses, each course shows its
// own sequence, every record starts at version 1, and the next new session takes n + 1.
import { expect, it } from "vitest";
import { runMigrations } from "../../src/store/migrate";
import { MIGRATIONS } from "../../src/store/migrations";
import { openStore } from "../../src/store/open-store";
import { postgresAdapter } from "../../src/store/postgres/postgres-adapter";
import { sqliteAdapter } from "../../src/store/sqlite/sqlite-adapter";
import type { Caller } from "../../src/store/store";
import { describeEachStore } from "./each-store";
import { rawDatabase } from "./raw-database";

const BEFORE_005 = MIGRATIONS.findIndex((m) => m.name.startsWith("005-"));

describeEachStore("session numbering migration", (target) => {
  it("renumbers a client's sessions in date order across courses and keeps the sequence going", async () => {
    const { config, dispose } = await target.openConfig();
    try {
      const db = rawDatabase(config);
      await runMigrations(
        db,
        config.databaseUrl ? postgresAdapter : sqliteAdapter,
        MIGRATIONS.slice(0, BEFORE_005),
      );
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
      await db
        .insertInto("courses")
        .values({
          id: "k1",
          practice_id: "p1",
          client_id: "c1",
          intention: "sleep",
          start_date: "2024-03-01",
          end_date: null,
          created_at: at,
          updated_at: at,
        })
        .execute();
      // Old numbering: 1, 2 inside the course and 1, 2 outside it.
      const session = (id: string, courseId: string | null, number: number, date: string) => ({
        id,
        practice_id: "p1",
        client_id: "c1",
        course_id: courseId,
        numbering_key: courseId ?? "",
        number,
        date,
        duration_minutes: 60,
        practitioner_id: "u1",
        check_in: "",
        techniques: "[]",
        narrative: `on ${date}`,
        insights: "",
        integration: "",
        status: date === "2024-02-01" ? "signed" : "draft",
        signed_at: date === "2024-02-01" ? at : null,
        created_at: at,
        updated_at: at,
      });
      await db
        .insertInto("sessions")
        .values([
          session("s-may", "k1", 2, "2024-05-01"),
          session("s-feb", null, 1, "2024-02-01"),
          session("s-mar", "k1", 1, "2024-03-01"),
          session("s-apr", null, 2, "2024-04-01"),
        ])
        .execute();
      await db.destroy();

      const system = await openStore(config);
      try {
        await system.migrate();
        const caller = {
          userId: "u1",
          practiceId: "p1",
          role: "practitioner",
          clientId: null,
          wholePractice: true,
        };
        const s = system.scoped(caller as Caller);
        const listed = await s.listSessions("c1");
        expect(listed.map((x) => [x.id, x.number, x.courseNumber, x.version])).toEqual([
          ["s-feb", 1, null, 1],
          ["s-mar", 2, 1, 1],
          ["s-apr", 3, null, 1],
          ["s-may", 4, 2, 1],
        ]);
        expect(listed[0]).toMatchObject({ status: "signed", signedBy: null, amendments: [] });
        const next = await s.createSession("c1", { date: "2024-06-01" });
        expect(next).toMatchObject({ number: 5, courseId: "k1", courseNumber: 3 });
      } finally {
        await system.close();
      }
    } finally {
      await dispose();
    }
  });
});
