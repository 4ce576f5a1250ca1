// The workspace (issue 11): a thread's status over time. Each change of status is a row with the
// session (or the date) it applies from, who made it, when and a short note; the thread row keeps
// the latest status. client_id is carried so an erasure and the client's copy find the rows with
// the client's other records. Before this only the current status was kept, so each existing
// thread gets that status as its first entry: an open thread has been open since it first
// appeared (its first session with a piece of it, else the day it was made); a thread that had
// moved on is recorded as of its last change (updated_at), the "as of" date the card showed.
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
      .addColumn("from_date", "text", (c) => c.notNull())
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
  created_at: string;
  updated_at: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the schema as it was then
async function recordCurrentStatuses(db: Kysely<any>): Promise<void> {
  const threads: ThreadRow[] = await db
    .selectFrom("threads")
    .select(["id", "practice_id", "client_id", "status", "created_at", "updated_at"])
    .orderBy("id")
    .execute();
  for (let i = 0; i < threads.length; i += 100) {
    const chunk = threads.slice(i, i + 100);
    const firstSessions = await firstSessionsOf(
      db,
      chunk.filter((t) => t.status === "open").map((t) => t.id),
    );
    const rows = chunk.map((t) => {
      const first = t.status === "open" ? firstSessions.get(t.id) : undefined;
      return {
        id: newId(),
        practice_id: t.practice_id,
        client_id: t.client_id,
        thread_id: t.id,
        status: t.status,
        session_id: first?.id ?? null,
        from_date: first?.date ?? (t.status === "open" ? t.created_at : t.updated_at).slice(0, 10),
        changed_by: null,
        changed_at: t.updated_at,
        note: "",
      };
    });
    if (rows.length) await db.insertInto("thread_status_changes").values(rows).execute();
  }
}

/** Each thread's first session (by date, then number) holding one of its pieces. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
async function firstSessionsOf(db: Kysely<any>, threadIds: string[]) {
  const first = new Map<string, { id: string; date: string }>();
  if (threadIds.length === 0) return first;
  const rows: { thread_id: string; id: string; date: string; number: number }[] = await db
    .selectFrom("piece_threads as l")
    .innerJoin("pieces as p", "p.id", "l.piece_id")
    .innerJoin("sessions as s", "s.id", "p.session_id")
    .select(["l.thread_id", "s.id", "s.date", "s.number"])
    .where("l.thread_id", "in", threadIds)
    .distinct()
    .orderBy("s.date")
    .orderBy("s.number")
    .execute();
  for (const r of rows) if (!first.has(r.thread_id)) first.set(r.thread_id, { id: r.id, date: r.date });
  return first;
}
