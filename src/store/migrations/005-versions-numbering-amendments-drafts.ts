// Capture that never loses a word: a version on every editable record (optimistic concurrency),
// sessions numbered per client in date order across courses, who signed, amendments of signed
// sessions, planned sessions of a course, and drafts saved while typing.
import type { Kysely } from "kysely";
import type { Migration } from "./migration";

const VERSIONED = ["clients", "life_events", "courses", "sessions", "characters", "threads", "consents"];

export const versionsNumberingAmendmentsDrafts: Migration = {
  name: "005-versions-numbering-amendments-drafts",
  async up(db) {
    for (const table of VERSIONED)
      await db.schema
        .alterTable(table)
        .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
        .execute();
    await db.schema.alterTable("courses").addColumn("planned_sessions", "integer").execute();
    await db.schema
      .alterTable("sessions")
      .addColumn("signed_by", "text", (c) => c.references("users.id"))
      .execute();
    await renumberSessions(db);

    await db.schema
      .createTable("session_amendments")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("practice_id", "text", (c) => c.notNull().references("practices.id").onDelete("cascade"))
      .addColumn("client_id", "text", (c) => c.notNull().references("clients.id").onDelete("cascade"))
      .addColumn("session_id", "text", (c) => c.notNull().references("sessions.id").onDelete("cascade"))
      .addColumn("reason", "text", (c) => c.notNull())
      .addColumn("changes", "text", (c) => c.notNull())
      .addColumn("signed_by", "text", (c) => c.notNull().references("users.id"))
      .addColumn("signed_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("session_amendments_session")
      .on("session_amendments")
      .column("session_id")
      .execute();

    await db.schema
      .createTable("drafts")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("practice_id", "text", (c) => c.notNull().references("practices.id").onDelete("cascade"))
      .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("client_id", "text", (c) => c.notNull().references("clients.id").onDelete("cascade"))
      .addColumn("key", "text", (c) => c.notNull())
      .addColumn("content", "text", (c) => c.notNull())
      .addColumn("base_version", "integer")
      .addColumn("saved_at", "text", (c) => c.notNull())
      .addUniqueConstraint("drafts_owner_key", ["user_id", "client_id", "key"])
      .execute();
  },
};

/**
 * Numbers were per course; now one sequence per client in date order (then creation). Two
 * passes keep the unique (client, numbering_key, number) constraint satisfied throughout:
 * first every number is moved out of the way (negative), then set.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function renumberSessions(db: Kysely<any>) {
  const rows: Array<{ id: string; client_id: string }> = await db
    .selectFrom("sessions")
    .select(["id", "client_id"])
    .orderBy("client_id")
    .orderBy("date")
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  await db
    .updateTable("sessions")
    .set((eb) => ({ number: eb.neg(eb.ref("number")) }))
    .execute();
  let client = "";
  let n = 0;
  for (const row of rows) {
    n = row.client_id === client ? n + 1 : 1;
    client = row.client_id;
    await db.updateTable("sessions").set({ number: n, numbering_key: "" }).where("id", "=", row.id).execute();
  }
}
