// Scale (issue 16): the body map's region totals and the mosaic's month overview are counts over
// every piece of a client's process, O(pieces) when counted on read (25 and 39 ms at 3,000
// sessions). These two tables keep the counts as pieces are written, so the first screen reads a
// bounded number of rows however long the process. They are derived: each dialect's step adds the
// triggers that keep them (on every write of pieces, and on a session moved to another month),
// and a backup does not carry them, since restoring the pieces rebuilds them. A count that falls to
// zero stays as a row with n = 0; readers skip it.
import { sql } from "kysely";
import type { Migration } from "./migration";

export const clientPieceCounts: Migration = {
  name: "017-client-piece-counts",
  async up(db) {
    // side: the piece's laterality, '' for none (a primary key column cannot be NULL).
    await db.schema
      .createTable("client_region_counts")
      .addColumn("client_id", "text", (c) => c.notNull().references("clients.id").onDelete("cascade"))
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("side", "text", (c) => c.notNull())
      .addColumn("regions", "text", (c) => c.notNull())
      .addColumn("n", "integer", (c) => c.notNull())
      .addPrimaryKeyConstraint("client_region_counts_pk", ["client_id", "kind", "side", "regions"])
      .execute();
    await db.schema
      .createTable("client_month_counts")
      .addColumn("client_id", "text", (c) => c.notNull().references("clients.id").onDelete("cascade"))
      .addColumn("month", "text", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("n", "integer", (c) => c.notNull())
      .addPrimaryKeyConstraint("client_month_counts_pk", ["client_id", "month", "kind"])
      .execute();
    await sql`insert into client_region_counts (client_id, kind, side, regions, n)
      select client_id, kind, coalesce(laterality, ''), regions, count(*) from pieces
      where session_id is not null and regions <> '[]'
      group by client_id, kind, coalesce(laterality, ''), regions`.execute(db);
    await sql`insert into client_month_counts (client_id, month, kind, n)
      select p.client_id, substr(s.date, 1, 7), p.kind, count(*) from pieces p
      join sessions s on s.id = p.session_id
      group by p.client_id, substr(s.date, 1, 7), p.kind`.execute(db);
  },
};
