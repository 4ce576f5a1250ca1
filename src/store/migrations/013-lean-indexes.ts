// Most pieces have no character and belong to a session, not a reflection: the single-column
// indexes on character_id and reflection_id (migration 001) held an entry for every piece, nearly
// all of them NULL (2.7 MiB of 82 on a generated S practice). Partial indexes keep only the
// pieces that have one, which is all that the foreign key checks (deleting or merging a
// character, deleting a reflection) and the reads of a reflection's pieces ever look up.
// Migration 012 (which runs before this one) added indexes that lead with the same column as two
// older ones: pieces_client_kind (client_id, kind) serves every lookup pieces_client (client_id)
// did, the foreign key check of a client included, and sessions_client_order (client_id, date, …)
// every one of sessions_client_date (client_id, date); the older two go (5.4 MiB of 94 on S).
import { sql, type Kysely } from "kysely";
import type { Migration } from "./migration";

export const leanIndexes: Migration = {
  name: "013-lean-indexes",
  async up(db) {
    await db.schema.dropIndex("pieces_character").ifExists().execute();
    await partialIndex(db, "pieces_character", "character_id", ["character_id"]);
    await db.schema.dropIndex("pieces_reflection").ifExists().execute();
    await partialIndex(db, "pieces_reflection", "reflection_id", ["reflection_id", "position"]);
    await db.schema.dropIndex("pieces_client").ifExists().execute();
    await db.schema.dropIndex("sessions_client_date").ifExists().execute();
  },
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function partialIndex(db: Kysely<any>, name: string, column: string, columns: string[]) {
  await db.schema
    .createIndex(name)
    .on("pieces")
    .columns(columns)
    .where(sql.ref(column), "is not", null)
    .execute();
}
