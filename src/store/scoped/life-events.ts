// Life events of a client's history (age or date, title, notes).
import { sql, type Selectable } from "kysely";
import { LifeEventInput, type LifeEvent } from "../../domain";
import type { LifeEventsTable } from "../database";
import { parseInput } from "../parse-input";
import type { OperationsFor } from "./operation";

const audit = (action: "read" | "create" | "update" | "delete") => ({ action, resourceType: "life-event" });

export const lifeEventOperations: OperationsFor<
  "listLifeEvents" | "createLifeEvent" | "updateLifeEvent" | "deleteLifeEvent"
> = {
  listLifeEvents: {
    access: "staff",
    writes: false,
    audit: audit("read"),
    async run(ctx, clientId) {
      await ctx.requireClient(clientId);
      // Dated events by date, then those known only by age; nulls placed explicitly because
      // SQLite and PostgreSQL put them at opposite ends.
      const rows = await ctx.db
        .selectFrom("life_events")
        .selectAll()
        .where("client_id", "=", clientId)
        .orderBy(sql`case when date is null then 1 else 0 end`)
        .orderBy("date")
        .orderBy(sql`case when age is null then 1 else 0 end`)
        .orderBy("age")
        .orderBy("id")
        .execute();
      return rows.map(toLifeEvent);
    },
  },

  createLifeEvent: {
    access: "staff",
    writes: true,
    audit: audit("create"),
    async run(ctx, clientId, input) {
      const data = parseInput(LifeEventInput, input);
      await ctx.requireClient(clientId);
      const row: Selectable<LifeEventsTable> = {
        ...ctx.newClientRecord(clientId),
        ...data,
      };
      await ctx.db.insertInto("life_events").values(row).execute();
      return toLifeEvent(row);
    },
  },

  updateLifeEvent: {
    access: "staff",
    writes: true,
    audit: audit("update"),
    async run(ctx, lifeEventId, input) {
      const existing = await ctx.requireOwned("life_events", lifeEventId, "life event");
      const row = { ...existing, ...parseInput(LifeEventInput, input), updated_at: ctx.now() };
      await ctx.db.updateTable("life_events").set(row).where("id", "=", row.id).execute();
      return toLifeEvent(row);
    },
  },

  deleteLifeEvent: {
    access: "staff",
    writes: true,
    audit: { ...audit("delete"), resourceId: ([lifeEventId]) => lifeEventId },
    async run(ctx, lifeEventId) {
      await ctx.requireOwned("life_events", lifeEventId, "life event");
      await ctx.db.deleteFrom("life_events").where("id", "=", lifeEventId).execute();
    },
  },
};

function toLifeEvent(row: Selectable<LifeEventsTable>): LifeEvent {
  return {
    id: row.id,
    practiceId: row.practice_id,
    clientId: row.client_id,
    age: row.age,
    date: row.date,
    title: row.title,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
