// Size (issue 16). pieces_session held (session_id, position): one distinct key per piece, so
// PostgreSQL kept a 36-character id in every entry (7.9 of 111 MiB on a generated S practice).
// Keyed on session_id alone, PostgreSQL's B-tree deduplication stores each session's id once
// with the list of its rows (about a sixth of the size; SQLite's is the same size either way).
// The 30 or so pieces of one session are put in position order after the lookup. Every query
// and foreign key check of it names the session (`session_id = ?`), so it keeps only the pieces
// that have one, as the other owner indexes do since 013. SQLite's own step keeps piece_threads
// in its primary key (WITHOUT ROWID) instead of a row table beside an index of the same columns.
import { sql } from "kysely";
import type { Migration } from "./migration";

export const leanPieceKeys: Migration = {
  name: "014-lean-piece-keys",
  async up(db) {
    await db.schema.dropIndex("pieces_session").ifExists().execute();
    await db.schema
      .createIndex("pieces_session")
      .on("pieces")
      .column("session_id")
      .where(sql.ref("session_id"), "is not", null)
      .execute();
  },
};
