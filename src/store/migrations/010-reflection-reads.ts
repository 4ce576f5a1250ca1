// The workspace (issue 11): which shared reflections each practitioner has opened, so Home lists
// the unread ones per person instead of guessing from session dates. client_id is carried so an
// erasure empties it with the client's other rows; the reflection's deletion removes its markers.
// Reflections shared before this migration and dated on or before the client's latest session
// count as read by the practice's staff (what Home showed as read until now).
import { sql, type Kysely } from "kysely";
import type { Migration } from "./migration";

export const reflectionReads: Migration = {
  name: "010-reflection-reads",
  async up(db) {
    await db.schema
      .createTable("reflection_reads")
      .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("reflection_id", "text", (c) => c.notNull().references("reflections.id").onDelete("cascade"))
      .addColumn("practice_id", "text", (c) => c.notNull().references("practices.id").onDelete("cascade"))
      .addColumn("client_id", "text", (c) => c.notNull().references("clients.id").onDelete("cascade"))
      .addColumn("read_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("reflection_reads_pk", ["user_id", "reflection_id"])
      .execute();
    await db.schema
      .createIndex("reflection_reads_reflection")
      .on("reflection_reads")
      .column("reflection_id")
      .execute();

    await markReadUpToLatestSession(db);
  },
};

/** Shared reflections dated on or before their client's latest session, read by the practice's staff. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the schema as it was then
export async function markReadUpToLatestSession(db: Kysely<any>): Promise<void> {
  await sql`
    insert into reflection_reads (user_id, reflection_id, practice_id, client_id, read_at)
    select u.id, r.id, r.practice_id, r.client_id, ${new Date().toISOString()}
    from reflections r
    join users u on u.practice_id = r.practice_id and u.role in ('practitioner', 'admin')
    where r.shared = 1
      and r.date <= (select max(s.date) from sessions s where s.client_id = r.client_id)
  `.execute(db);
}
