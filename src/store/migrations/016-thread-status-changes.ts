// The workspace (issue 11): a thread's status over time. Each change of status is a row with the
// session (or the date) it applies from, who made it, when and a short note; the thread row keeps
// the latest status. client_id is carried so an erasure and the client's copy find the rows with
// the client's other records. A null from_date means from the thread's first appearance (the
// status it was opened with). Before this only the current status was kept, so each existing
// thread gets that status as its first entry: an open thread has been open since it first
// appeared; a thread that had moved on is recorded as of its last change (the date of
// updated_at, the "as of" date the card showed), since when it moved is not known.
import type { Kysely } from "kysely";
import { newId } from "../new-id";
import type { Migration } from "./migration";

export const threadStatusChanges: Migration = {
  name: "016-thread-status-changes",
  async up(db) {
    await db.schema
      .createTable("thread_status_changes")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("practice_id", "text", (c) => c.notNull().references("practices.id").onDelete("cascade"))
      .addColumn("client_id", "text", (c) => c.notNull().references("clients.id").onDelete("cascade"))
      .addColumn("thread_id", "text", (c) => c.notNull().references("threads.id").onDelete("cascade"))
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("session_id", "text", (c) => c.references("sessions.id").onDelete("set null"))
      .addColumn("from_date", "text")
      .addColumn("changed_by", "text", (c) => c.references("users.id").onDelete("set null"))
      .addColumn("changed_at", "text", (c) => c.notNull())
      .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
      .execute();
    await db.schema
      .createIndex("thread_status_changes_thread")
      .on("thread_status_changes")
      .columns(["thread_id", "from_date"])
      .execute();
    // A client's changes for the threads view and the client's copy.
    await db.schema
      .createIndex("thread_status_changes_client")
      .on("thread_status_changes")
      .column("client_id")
      .execute();
    await recordCurrentStatuses(db);
  },
};

interface ThreadRow {
  id: string;
  practice_id: string;
  client_id: string;
  status: string;
  updated_at: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the schema as it was then
async function recordCurrentStatuses(db: Kysely<any>): Promise<void> {
  const threads: ThreadRow[] = await db
    .selectFrom("threads")
    .select(["id", "practice_id", "client_id", "status", "updated_at"])
    .orderBy("id")
    .execute();
  for (let i = 0; i < threads.length; i += 100) {
    const rows = threads.slice(i, i + 100).map((t) => ({
      id: newId(),
      practice_id: t.practice_id,
      client_id: t.client_id,
      thread_id: t.id,
      status: t.status,
      session_id: null,
      from_date: t.status === "open" ? null : t.updated_at.slice(0, 10),
      changed_by: null,
      changed_at: t.updated_at,
      note: "",
    }));
    await db.insertInto("thread_status_changes").values(rows).execute();
  }
}
