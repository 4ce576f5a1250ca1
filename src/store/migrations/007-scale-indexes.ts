// Indexes the figures of a ten-year practice called for (issue 16). Without an index on a child
// column, every delete of a parent row — and every update that writes the parent's key back —
// scans the whole child table to check the foreign key: two full scans of search_documents per
// session save. Columns that are mostly NULL get partial indexes, so they do not index the NULLs.
import { sql, type Kysely } from "kysely";
import type { Migration } from "./migration";

export const scaleIndexes: Migration = {
  name: "007-scale-indexes",
  async up(db) {
    await partialIndex(db, "search_documents_session", "search_documents", "session_id");
    await partialIndex(db, "search_documents_reflection", "search_documents", "reflection_id");
    await partialIndex(db, "sessions_course", "sessions", "course_id");
    await partialIndex(db, "users_client", "users", "client_id");
    // The client's documents by date: the foreign key check on a client and search within one client.
    await db.schema
      .createIndex("search_documents_client_date")
      .on("search_documents")
      .columns(["client_id", "date"])
      .execute();
    // Search ranks within the practice's most recent matches: the practice's documents by date.
    await db.schema
      .createIndex("search_documents_practice_date")
      .on("search_documents")
      .columns(["practice_id", "date"])
      .execute();
  },
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function partialIndex(db: Kysely<any>, name: string, table: string, column: string) {
  await db.schema.createIndex(name).on(table).column(column).where(sql.ref(column), "is not", null).execute();
}
