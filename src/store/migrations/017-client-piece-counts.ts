// Scale (issue 16): the body map's region totals, the mosaic's month overview and the threads
// view's pieces per thread and session are counts over every piece (or link) of a client's
// process, O(pieces) when counted on read (25, 39 and 20 ms at 3,000 sessions). These tables keep the counts as pieces are written, so the first screen reads a
// bounded number of rows however long the process. They are derived: each dialect's step makes
// them and adds the triggers that keep them (on every write of pieces, and on a session moved to another month),
// and a backup does not carry them, since restoring the pieces rebuilds them. A count that falls to
// zero stays as a row with n = 0; readers skip it.
import { sql, type Kysely } from "kysely";
import type { Migration } from "./migration";

export const clientPieceCounts: Migration = {
  name: "017-client-piece-counts",
  // Each dialect's step makes the tables (SQLite's clustered by their key), fills and keeps them.
  async up() {},
};

/**
 * The two count tables, filled from the pieces already stored. `withoutRowid`: SQLite stores the
 * rows in their primary key's order, so a client's counts are read from one place in the file
 * (a rowid table put them wherever each was first counted: 0.32 ms for a client's 100 month rows).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the schema as it was then
export async function createCountTables(db: Kysely<any>, options: { withoutRowid: boolean }): Promise<void> {
  const end = options.withoutRowid ? sql`without rowid` : sql``;
  // side: the piece's laterality, '' for none (a primary key column cannot be NULL).
  await db.schema
    .createTable("client_region_counts")
    .addColumn("client_id", "text", (c) => c.notNull().references("clients.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("side", "text", (c) => c.notNull())
    .addColumn("regions", "text", (c) => c.notNull())
    .addColumn("n", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("client_region_counts_pk", ["client_id", "kind", "side", "regions"])
    .modifyEnd(end)
    .execute();
  await db.schema
    .createTable("client_month_counts")
    .addColumn("client_id", "text", (c) => c.notNull().references("clients.id").onDelete("cascade"))
    .addColumn("month", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("n", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("client_month_counts_pk", ["client_id", "month", "kind"])
    .modifyEnd(end)
    .execute();
  // No foreign keys to threads or sessions: a deleted link takes its count out, and a foreign
  // key here would cost a check on every count written and an index for every delete.
  await db.schema
    .createTable("thread_session_counts")
    .addColumn("client_id", "text", (c) => c.notNull().references("clients.id").onDelete("cascade"))
    .addColumn("thread_id", "text", (c) => c.notNull())
    .addColumn("session_id", "text", (c) => c.notNull())
    .addColumn("n", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("thread_session_counts_pk", ["client_id", "thread_id", "session_id"])
    .modifyEnd(end)
    .execute();
  await sql`insert into thread_session_counts (client_id, thread_id, session_id, n)
    select p.client_id, l.thread_id, p.session_id, count(*) from piece_threads l
    join pieces p on p.id = l.piece_id where p.session_id is not null
    group by p.client_id, l.thread_id, p.session_id`.execute(db);
  await sql`insert into client_region_counts (client_id, kind, side, regions, n)
    select client_id, kind, coalesce(laterality, ''), regions, count(*) from pieces
    where session_id is not null and regions <> '[]'
    group by client_id, kind, coalesce(laterality, ''), regions`.execute(db);
  await sql`insert into client_month_counts (client_id, month, kind, n)
    select p.client_id, substr(s.date, 1, 7), p.kind, count(*) from pieces p
    join sessions s on s.id = p.session_id
    group by p.client_id, substr(s.date, 1, 7), p.kind`.execute(db);
}
