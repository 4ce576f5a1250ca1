// Client records: the practice's client list and each client's own details.
import { sql, type Selectable } from "kysely";
import type { z } from "zod";
import { ClientInput, type Client } from "../../domain";
import type { ClientsTable } from "../database";
import { fromJsonColumn, toJsonColumn } from "../json-column";
import { newId } from "../new-id";
import { parseInput } from "../parse-input";
import type { OperationsFor } from "./operation";

const audit = (action: "read" | "create" | "update") => ({ action, resourceType: "client" });

export const clientOperations: OperationsFor<"listClients" | "getClient" | "createClient" | "updateClient"> =
  {
    listClients: {
      access: "staff",
      writes: false,
      audit: audit("read"),
      async run(ctx) {
        const rows = await ctx.db
          .selectFrom("clients")
          .selectAll()
          .where("practice_id", "=", ctx.caller.practiceId)
          .orderBy(sql`lower(name)`)
          .orderBy("id")
          .execute();
        return rows.map(toClient);
      },
    },

    getClient: {
      access: "staff-or-own-client",
      writes: false,
      audit: audit("read"),
      async run(ctx, clientId) {
        return toClient(await ctx.requireClient(clientId));
      },
    },

    createClient: {
      access: "staff",
      writes: true,
      audit: audit("create"),
      async run(ctx, input) {
        const now = ctx.now();
        const row: Selectable<ClientsTable> = {
          id: newId(),
          practice_id: ctx.caller.practiceId,
          ...clientColumns(parseInput(ClientInput, input)),
          created_at: now,
          updated_at: now,
        };
        await ctx.db.insertInto("clients").values(row).execute();
        ctx.touchClient(row.id);
        return toClient(row);
      },
    },

    updateClient: {
      access: "staff",
      writes: true,
      audit: audit("update"),
      async run(ctx, clientId, input) {
        const existing = await ctx.requireClient(clientId);
        const row = { ...existing, ...clientColumns(parseInput(ClientInput, input)), updated_at: ctx.now() };
        await ctx.db.updateTable("clients").set(row).where("id", "=", existing.id).execute();
        return toClient(row);
      },
    },
  };

function clientColumns(data: z.output<typeof ClientInput>) {
  return {
    name: data.name,
    date_of_birth: data.dateOfBirth,
    pronouns: data.pronouns,
    contact: toJsonColumn(data.contact),
    presenting_concerns: toJsonColumn(data.presentingConcerns),
    holistic_factors: toJsonColumn(data.holisticFactors),
    status: data.status,
  };
}

function toClient(row: Selectable<ClientsTable>): Client {
  return {
    id: row.id,
    practiceId: row.practice_id,
    name: row.name,
    dateOfBirth: row.date_of_birth,
    pronouns: row.pronouns,
    contact: fromJsonColumn(row.contact),
    presentingConcerns: fromJsonColumn(row.presenting_concerns),
    holisticFactors: fromJsonColumn(row.holistic_factors),
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
