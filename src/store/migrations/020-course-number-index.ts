// Scale (issue 16): a session's place in its course is counted in an index of each course's
// session numbers, so reading one session, or a page of them, no longer reads every session of
// a long course (3,000 rows for one session of a 3,000-session course). The index leads with
// course_id, so it also serves the foreign key check that sessions_course (migration 007) did.
import { sql } from "kysely";
import type { Migration } from "./migration";

export const courseNumberIndex: Migration = {
  name: "020-course-number-index",
  async up(db) {
    await db.schema
      .createIndex("sessions_course_number")
      .on("sessions")
      .columns(["course_id", "number"])
      .where(sql.ref("course_id"), "is not", null)
      .execute();
    await db.schema.dropIndex("sessions_course").ifExists().execute();
  },
};
