// Rate-limit counters live in the database, so every app instance behind a load balancer
// counts the same requests (a per-process counter would multiply the limit by the instances).
import type { Migration } from "./migration";

export const rateLimits: Migration = {
  name: "003-rate-limits",
  async up(db) {
    await db.schema
      .createTable("rate_limits")
      .addColumn("key", "text", (c) => c.primaryKey())
      .addColumn("count", "integer", (c) => c.notNull())
      .addColumn("reset_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("rate_limits_reset_at").on("rate_limits").column("reset_at").execute();
  },
};
