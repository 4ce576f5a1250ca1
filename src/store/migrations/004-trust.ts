// Trust (issue 14): login throttling counters, browsers that logged in before, the care team
// of each client, exactly-once first-run setup, account controls (password reset, TOTP) and
// audit records with the caller's address, user agent and a hash chain.
import { sql } from "kysely";
import type { Migration } from "./migration";

export const trust: Migration = {
  name: "004-trust",
  async up(db) {
    // One row per throttled key (an account's email, an address, a known browser). Times are
    // epoch milliseconds so the growing delay is computed inside one atomic upsert.
    await db.schema
      .createTable("login_throttle")
      .addColumn("key", "text", (c) => c.primaryKey())
      .addColumn("attempts", "integer", (c) => c.notNull())
      .addColumn("last_attempt_ms", "bigint", (c) => c.notNull())
      .addColumn("next_allowed_ms", "bigint", (c) => c.notNull())
      .execute();

    // A browser that logged in to an account before keeps its own counter, so a stranger
    // guessing that account's password cannot slow its owner down.
    await db.schema
      .createTable("known_devices")
      .addColumn("token_hash", "text", (c) => c.primaryKey())
      .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();

    // The staff who may see a client's records. Existing databases keep today's visibility:
    // every staff member of the practice joins the team of every existing client.
    await db.schema
      .createTable("care_team")
      .addColumn("client_id", "text", (c) => c.notNull().references("clients.id").onDelete("cascade"))
      .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("added_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("care_team_pk", ["client_id", "user_id"])
      .execute();
    await db.schema.createIndex("care_team_user").on("care_team").columns(["user_id", "client_id"]).execute();
    await sql`insert into care_team (client_id, user_id, added_at)
      select c.id, u.id, ${new Date().toISOString()} from clients c
      join users u on u.practice_id = c.practice_id and u.role in ('practitioner', 'admin')`.execute(db);

    // A singleton row: the first-run setup inserts it, so racing setups cannot both succeed.
    await db.schema
      .createTable("installation")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("set_up_at", "text", (c) => c.notNull())
      .execute();
    await sql`insert into installation (id, set_up_at)
      select 1, created_at from practices order by created_at limit 1`.execute(db);

    // One-time password reset links (only the token's hash is kept).
    await db.schema
      .createTable("password_resets")
      .addColumn("token_hash", "text", (c) => c.primaryKey())
      .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("expires_at", "text", (c) => c.notNull())
      .execute();

    // An optional second factor for staff: the TOTP secret and hashed one-time recovery codes.
    await db.schema.alterTable("users").addColumn("totp_secret", "text").execute();
    await db.schema
      .alterTable("users")
      .addColumn("recovery_codes", "text", (c) => c.notNull().defaultTo("[]"))
      .execute();

    // Where a request came from, and the tamper-evident chain (hash of the previous record).
    await db.schema.alterTable("audit_log").addColumn("address", "text").execute();
    await db.schema.alterTable("audit_log").addColumn("user_agent", "text").execute();
    await db.schema.alterTable("audit_log").addColumn("seq", "bigint").execute();
    await db.schema.alterTable("audit_log").addColumn("prev_hash", "text").execute();
    await db.schema.alterTable("audit_log").addColumn("hash", "text").execute();
    await db.schema.createIndex("audit_log_seq").on("audit_log").column("seq").unique().execute();
  },
};
