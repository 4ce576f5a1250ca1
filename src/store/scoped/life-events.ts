// Life events of a client's history (age or date, title, notes).
import { sql, type Selectable } from "kysely";
import { LifeEventInput, type LifeEvent } from "../../domain";
import type { LifeEventsTable } from "../database";
import { parseInput } from "../parse-input";
import type { OperationsFor } from "./operation";

const audit = (action: "read" | "create" | "update" | "delete") => ({
  action,
  resourceType: "life-event" as const,
});

export const lifeEventOperations: OperationsFor<
  "listLifeEvents" | "createLifeEvent" | "updateLifeEvent" | "deleteLifeEvent"
> = {
  listLifeEvents: {
    access: "staff",
    writes: false,
    audit: audit("read"),
    async run(ctx, clientId): Promise<LifeEvent[]> {
      await ctx.requireClient(clientId);
      // Dated events by date, then those known only by age; nulls placed explicitly because
      // SQLite and PostgreSQL put them at opposite ends.
      return ctx.db
        .selectFrom("lifeEvents")
        .selectAll()
        .where("clientId", "=", clientId)
        .orderBy(sql`case when date is null then 1 else 0 end`)
        .orderBy("date")
        .orderBy(sql`case when age is null then 1 else 0 end`)
        .orderBy("age")
        .orderBy("id")
        .execute();
    },
  },

  createLifeEvent: {
    access: "staff",
    writes: true,
    audit: audit("create"),
    async run(ctx, clientId, input) {
      const data = parseInput(LifeEventInput, input);
      await ctx.requireClient(clientId);
      const row: Selectable<LifeEventsTable> = { ...ctx.newClientRecord(clientId), ...data };
      await ctx.db.insertInto("lifeEvents").values(row).execute();
      return row;
    },
  },

  updateLifeEvent: {
    access: "staff",
    writes: true,
    audit: audit("update"),
    async run(ctx, lifeEventId, input) {
      const existing = await ctx.requireOwned("lifeEvents", lifeEventId, "life event");
      const row = { ...existing, ...parseInput(LifeEventInput, input), updatedAt: ctx.now() };
      await ctx.db.updateTable("lifeEvents").set(row).where("id", "=", row.id).execute();
      return row;
    },
  },

  deleteLifeEvent: {
    access: "staff",
    writes: true,
    audit: { ...audit("delete"), resourceId: ([lifeEventId]) => lifeEventId },
    async run(ctx, lifeEventId) {
      await ctx.requireOwned("lifeEvents", lifeEventId, "life event");
      await ctx.db.deleteFrom("lifeEvents").where("id", "=", lifeEventId).execute();
    },
  },
};
