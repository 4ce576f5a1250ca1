// The tables of the foundation: practices, users, login sessions, audit log and the clinical
// records of clients. Search indexes are added by each dialect's step of the same name.
import { sql, type Kysely } from "kysely";
import type { Migration } from "./migration";

/** The columns every clinical record of a client carries. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function clientOwnedTable(db: Kysely<any>, name: string) {
  return db.schema
    .createTable(name)
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("practice_id", "text", (c) => c.notNull().references("practices.id").onDelete("cascade"))
    .addColumn("client_id", "text", (c) => c.notNull().references("clients.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull());
}

export const initialSchema: Migration = {
  name: "001-initial-schema",
  async up(db) {
    await db.schema
      .createTable("practices")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("clients")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("practice_id", "text", (c) => c.notNull().references("practices.id").onDelete("cascade"))
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("date_of_birth", "text")
      .addColumn("pronouns", "text", (c) => c.notNull())
      .addColumn("contact", "text", (c) => c.notNull())
      .addColumn("presenting_concerns", "text", (c) => c.notNull())
      .addColumn("holistic_factors", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("clients_practice").on("clients").columns(["practice_id", "name"]).execute();

    await db.schema
      .createTable("users")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("practice_id", "text", (c) => c.notNull().references("practices.id").onDelete("cascade"))
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("email", "text", (c) => c.notNull().unique())
      .addColumn("role", "text", (c) => c.notNull())
      .addColumn("client_id", "text", (c) => c.references("clients.id").onDelete("cascade"))
      .addColumn("password_hash", "text", (c) => c.notNull())
      .addColumn("disabled", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("login_sessions")
      .addColumn("token_hash", "text", (c) => c.primaryKey())
      .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("practice_id", "text", (c) => c.notNull().references("practices.id").onDelete("cascade"))
      .addColumn("role", "text", (c) => c.notNull())
      .addColumn("client_id", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("last_seen_at", "text", (c) => c.notNull())
      .addColumn("expires_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("login_sessions_expiry").on("login_sessions").column("expires_at").execute();

    // No foreign keys: the audit trail outlives what it describes.
    await db.schema
      .createTable("audit_log")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("practice_id", "text")
      .addColumn("at", "text", (c) => c.notNull())
      .addColumn("user_id", "text")
      .addColumn("action", "text", (c) => c.notNull())
      .addColumn("resource_type", "text", (c) => c.notNull())
      .addColumn("resource_id", "text")
      .addColumn("client_id", "text")
      .execute();
    await db.schema
      .createIndex("audit_log_practice")
      .on("audit_log")
      .columns(["practice_id", "id"])
      .execute();
    await db.schema
      .createIndex("audit_log_client")
      .on("audit_log")
      .columns(["practice_id", "client_id", "id"])
      .execute();

    await clientOwnedTable(db, "life_events")
      .addColumn("age", "integer")
      .addColumn("date", "text")
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("notes", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("life_events_client").on("life_events").column("client_id").execute();

    await clientOwnedTable(db, "courses")
      .addColumn("intention", "text", (c) => c.notNull())
      .addColumn("start_date", "text", (c) => c.notNull())
      .addColumn("end_date", "text")
      .execute();
    await db.schema.createIndex("courses_client").on("courses").column("client_id").execute();

    await clientOwnedTable(db, "sessions")
      .addColumn("course_id", "text", (c) => c.references("courses.id"))
      .addColumn("numbering_key", "text", (c) => c.notNull())
      .addColumn("number", "integer", (c) => c.notNull())
      .addColumn("date", "text", (c) => c.notNull())
      .addColumn("duration_minutes", "integer", (c) => c.notNull())
      .addColumn("practitioner_id", "text", (c) => c.notNull().references("users.id"))
      .addColumn("check_in", "text", (c) => c.notNull())
      .addColumn("techniques", "text", (c) => c.notNull())
      .addColumn("narrative", "text", (c) => c.notNull())
      .addColumn("insights", "text", (c) => c.notNull())
      .addColumn("integration", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("signed_at", "text")
      // Two concurrent inserts that picked the same number: one fails here and is retried.
      .addUniqueConstraint("sessions_number_unique", ["client_id", "numbering_key", "number"])
      .execute();
    await db.schema
      .createIndex("sessions_client_date")
      .on("sessions")
      .columns(["client_id", "date"])
      .execute();

    await clientOwnedTable(db, "characters")
      .addColumn("label", "text", (c) => c.notNull())
      .addColumn("aspect", "text", (c) => c.notNull())
      .addColumn("description", "text", (c) => c.notNull())
      .addUniqueConstraint("characters_label_unique", ["client_id", "label"])
      .execute();

    await clientOwnedTable(db, "threads")
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("description", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("threads_client").on("threads").column("client_id").execute();

    await clientOwnedTable(db, "reflections")
      .addColumn("author_id", "text", (c) => c.notNull().references("users.id"))
      .addColumn("date", "text", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("shared", "integer", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("reflections_client")
      .on("reflections")
      .columns(["client_id", "date"])
      .execute();

    await db.schema
      .createTable("pieces")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("practice_id", "text", (c) => c.notNull().references("practices.id").onDelete("cascade"))
      .addColumn("client_id", "text", (c) => c.notNull().references("clients.id").onDelete("cascade"))
      .addColumn("session_id", "text", (c) => c.references("sessions.id").onDelete("cascade"))
      .addColumn("reflection_id", "text", (c) => c.references("reflections.id").onDelete("cascade"))
      .addColumn("position", "integer", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("regions", "text", (c) => c.notNull())
      .addColumn("laterality", "text")
      .addColumn("age", "integer")
      .addColumn("period", "text")
      .addColumn("colours", "text", (c) => c.notNull())
      .addColumn("temperature", "text")
      .addColumn("movement", "text")
      .addColumn("emotions", "text", (c) => c.notNull())
      .addColumn("character", "text")
      .addColumn("aspect", "text")
      .addColumn("span_start", "integer")
      .addColumn("span_end", "integer")
      .addColumn("character_id", "text", (c) => c.references("characters.id"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addCheckConstraint("pieces_one_owner", sqlOneOwner())
      .execute();
    await db.schema.createIndex("pieces_session").on("pieces").columns(["session_id", "position"]).execute();
    await db.schema
      .createIndex("pieces_reflection")
      .on("pieces")
      .columns(["reflection_id", "position"])
      .execute();
    await db.schema.createIndex("pieces_client").on("pieces").column("client_id").execute();
    await db.schema.createIndex("pieces_character").on("pieces").column("character_id").execute();

    await db.schema
      .createTable("piece_threads")
      .addColumn("piece_id", "text", (c) => c.notNull().references("pieces.id").onDelete("cascade"))
      .addColumn("thread_id", "text", (c) => c.notNull().references("threads.id").onDelete("cascade"))
      .addPrimaryKeyConstraint("piece_threads_pk", ["piece_id", "thread_id"])
      .execute();
    await db.schema.createIndex("piece_threads_thread").on("piece_threads").column("thread_id").execute();

    await clientOwnedTable(db, "measure_responses")
      .addColumn("instrument", "text", (c) => c.notNull())
      .addColumn("instrument_version", "text", (c) => c.notNull())
      .addColumn("date", "text", (c) => c.notNull())
      .addColumn("answers", "text", (c) => c.notNull())
      .addColumn("labels", "text", (c) => c.notNull())
      .addColumn("entered_by", "text", (c) => c.notNull().references("users.id"))
      .execute();
    await db.schema
      .createIndex("measure_responses_client")
      .on("measure_responses")
      .columns(["client_id", "date"])
      .execute();

    await clientOwnedTable(db, "consents")
      .addColumn("purpose", "text", (c) => c.notNull())
      .addColumn("granted", "integer", (c) => c.notNull())
      .addColumn("date", "text", (c) => c.notNull())
      .addColumn("notes", "text", (c) => c.notNull())
      .addColumn("withdrawn_at", "text")
      .execute();
    await db.schema.createIndex("consents_client").on("consents").columns(["client_id", "date"]).execute();
  },
};

/** A piece belongs to exactly one session or one reflection. */
function sqlOneOwner() {
  return sql`(session_id is null) <> (reflection_id is null)`;
}
