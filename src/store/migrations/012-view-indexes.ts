// Indexes the workspace views' first screens read by (issue 16): a client's sessions in process
// order with every column of a SessionRef (the axis is read from the index alone), and the few
// piece columns the views count by, so the month overview, the body map and the character
// strip are counted from index entries instead of whole piece rows.
import { sql } from "kysely";
import type { Migration } from "./migration";

export const viewIndexes: Migration = {
  name: "012-view-indexes",
  async up(db) {
    await db.schema
      .createIndex("sessions_client_order")
      .on("sessions")
      .columns(["client_id", "date", "number", "practice_id", "id", "status", "course_id"])
      .execute();
    // Pieces of sessions only (a reflection's pieces are not on the process axis).
    await db.schema
      .createIndex("pieces_client_view")
      .on("pieces")
      .columns(["client_id", "session_id", "kind", "laterality", "regions", "emotions"])
      .where(sql.ref("session_id"), "is not", null)
      .execute();
    await db.schema
      .createIndex("pieces_client_character")
      .on("pieces")
      .columns(["client_id", "character_id", "session_id", "kind"])
      .where(sql.ref("character_id"), "is not", null)
      .execute();
    await db.schema.createIndex("pieces_client_kind").on("pieces").columns(["client_id", "kind"]).execute();
    // A client's reflection pieces (the contributions page) without scanning their session pieces.
    await db.schema
      .createIndex("pieces_client_reflection")
      .on("pieces")
      .columns(["client_id", "position"])
      .where(sql.ref("reflection_id"), "is not", null)
      .execute();
  },
};
