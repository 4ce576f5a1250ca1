// The workspace views' first screens at 300 and 3,000 sessions (issues 11, 16) read index entries
// only, and only the ones they count:
// - pieces_client_memory: a client's session memories with what the life timeline groups them
//   by (session, age, period) and the id a cell of one memory links to; memories are about a
//   twelfth of the pieces, so the timeline no longer reads every piece row of its kind.
// - pieces_client_regions: a client's session pieces that name a region, keyed by what the body
//   map totals group by (laterality, regions), so the totals are counted in index order without
//   a sort, over entries a third the width of pieces_client_view's.
// - pieces_owner: a piece's session beside its id, so the threads view counts a thread's pieces
//   per session from piece_threads and this index without reading a piece row per link.
// The views name the partial indexes' conditions as literals (a bound parameter cannot prove a
// partial index's condition to SQLite's planner).
import { sql } from "kysely";
import type { Migration } from "./migration";

export const viewCoveringIndexes: Migration = {
  name: "015-view-covering-indexes",
  async up(db) {
    await db.schema
      .createIndex("pieces_client_memory")
      .on("pieces")
      .columns(["client_id", "session_id", "age", "period", "id"])
      .where(sql<boolean>`kind = 'memory' and session_id is not null`)
      .execute();
    await db.schema
      .createIndex("pieces_client_regions")
      .on("pieces")
      .columns(["client_id", "laterality", "regions"])
      .where(sql<boolean>`session_id is not null and regions <> '[]'`)
      .execute();
    await db.schema.createIndex("pieces_owner").on("pieces").columns(["id", "session_id"]).execute();
  },
};
