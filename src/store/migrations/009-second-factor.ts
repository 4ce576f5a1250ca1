// Trust (issue 14): the TOTP second factor. Migration 004 gave users the secret and the hashed
// recovery codes; this adds what enrolment and logging in with a code need: the secret being
// enrolled until its first code confirms it, the last time step used (a code is refused a
// second time within its window), when the account last logged in (for the accounts screen),
// and the short-lived challenge between a right password and its code.
import type { Migration } from "./migration";

export const secondFactor: Migration = {
  name: "009-second-factor",
  async up(db) {
    await db.schema.alterTable("users").addColumn("totp_pending_secret", "text").execute();
    await db.schema.alterTable("users").addColumn("totp_last_step", "bigint").execute();
    await db.schema.alterTable("users").addColumn("last_login_at", "text").execute();
    // Only the SHA-256 of the challenge token is kept, like login sessions.
    await db.schema
      .createTable("login_challenges")
      .addColumn("token_hash", "text", (c) => c.primaryKey())
      .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("expires_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("login_challenges_user").on("login_challenges").column("user_id").execute();
  },
};
