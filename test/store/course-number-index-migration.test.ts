// Migration 020 replaces sessions_course with an index of each course's session numbers on a
// database written before it; course numbers read through it stay what the whole course gives.
import { sql } from "kysely";
import { expect, it } from "vitest";
import { openStore } from "../../src/store/open-store";
import { describeEachStore } from "./each-store";
import { sessionUpdate } from "./capture-fixtures";
import { makePractice, sessionInput } from "./fixtures";
import { migrateBefore, rawDatabase } from "./raw-database";

describeEachStore("course number index migration (020)", (target) => {
  it("indexes the course numbers written before it, and a session's course number counts them", async () => {
    const { config, dispose } = await target.openConfig();
    const raw = rawDatabase(config);
    await migrateBefore(raw, config, "020");
    const system = await openStore(config);
    try {
      const s = (await makePractice(system)).practitioner;
      const client = await s.createClient({ name: "Ines" });
      const course = await s.createCourse(client.id, { startDate: "2024-01-01" });
      const made = [];
      for (let i = 1; i <= 5; i++)
        made.push(
          await s.createSession(
            client.id,
            sessionInput({ date: `2024-0${i}-01`, courseId: i === 2 ? null : course.id }),
          ),
        );
      await system.migrate();

      const names =
        target.name === "sqlite"
          ? await sql<{ name: string }>`select name from sqlite_master
              where type = 'index' and name like 'sessions_course%'`.execute(raw)
          : await sql<{ name: string }>`select indexname as name from pg_indexes
              where indexname like 'sessions_course%' and schemaname = current_schema()`.execute(raw);
      expect(names.rows.map((r) => r.name)).toEqual(["sessions_course_number"]);
      // Session 2 joins the course after 3, 4 and 5 were numbered in it: it is the course's second.
      const moved = await s.updateSession(made[1]!.id, sessionUpdate(made[1]!, { courseId: course.id }));
      expect(moved.courseNumber).toBe(2);
      const read = await Promise.all(made.map((x) => s.getSession(x.id)));
      expect(read.map((x) => x.courseNumber)).toEqual([1, 2, 3, 4, 5]);
      const whole = await s.listSessions(client.id);
      expect(whole.map((x) => x.courseNumber)).toEqual([1, 2, 3, 4, 5]);
      const page = await s.listSessionsPage(client.id, { offset: 1, limit: 3 });
      expect(page.items.map((x) => x.courseNumber)).toEqual([2, 3, 4]);
    } finally {
      await system.close();
      await raw.destroy();
      await dispose();
    }
  });
});
