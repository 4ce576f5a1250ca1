// Life events of a client's history (age or date, title, notes).
import { sql, type Selectable } from "kysely";
import { LifeEventInput, LifeEventUpdate, type LifeEvent } from "../../domain";
import type { LifeEventsTable } from "../database";
import { parseInput } from "../parse-input";
import type { OperationsFor } from "./operation";
import { requireVersion, staleVersion, writeAtVersion } from "./versioned-write";

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
      const row: Selectable<LifeEventsTable> = { ...ctx.newClientRecord(clientId), ...data, version: 1 };
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
      const { version, ...fields } = parseInput(LifeEventUpdate, input);
      await requireVersion(version, existing.version, fields, async () => existing);
      const row = { ...existing, ...fields, version: version + 1, updatedAt: ctx.now() };
      if (!(await writeAtVersion(ctx, "lifeEvents", lifeEventId, version, row)))
        throw await staleVersion(fields, async () => {
          const now = await ctx.requireOwned("lifeEvents", lifeEventId, "life event");
          return now;
        });
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
