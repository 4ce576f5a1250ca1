// The life timeline's first screen at 300 and 3,000 sessions (issues 11, 16) reads index entries
// only: pieces_client_memory holds a client's session memories with what the timeline groups
// them by (session, age, period) and the id a cell of one memory links to. Memories are about a
// twelfth of the pieces, so the timeline no longer reads every piece row of its kind. The query
// names the partial index's condition as a literal (a bound parameter cannot prove a partial
// index's condition to SQLite's planner).
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
  },
};
