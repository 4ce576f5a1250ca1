// Consents a client gave (treatment, record keeping, portal sharing, research) and their withdrawal.
import type { Selectable } from "kysely";
import { conflict, ConsentInput, type Consent } from "../../domain";
import type { ConsentsTable } from "../database";
import { parseInput } from "../parse-input";
import type { OperationsFor } from "./operation";

const audit = (action: "read" | "create" | "update") => ({ action, resourceType: "consent" });

export const consentOperations: OperationsFor<"listConsents" | "createConsent" | "withdrawConsent"> = {
  listConsents: {
    access: "staff-or-own-client",
    writes: false,
    audit: audit("read"),
    async run(ctx, clientId) {
      await ctx.requireClient(clientId);
      const rows = await ctx.db
        .selectFrom("consents")
        .selectAll()
        .where("practice_id", "=", ctx.caller.practiceId)
        .where("client_id", "=", clientId)
        .orderBy("date")
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map(toConsent);
    },
  },

  createConsent: {
    access: "staff",
    writes: true,
    audit: audit("create"),
    async run(ctx, clientId, input) {
      const data = parseInput(ConsentInput, input);
      await ctx.requireClient(clientId);
      const row: Selectable<ConsentsTable> = {
        ...ctx.newClientRecord(clientId),
        purpose: data.purpose,
        granted: data.granted ? 1 : 0,
        date: data.date,
        notes: data.notes,
        withdrawn_at: null,
      };
      await ctx.db.insertInto("consents").values(row).execute();
      return toConsent(row);
    },
  },

  withdrawConsent: {
    access: "staff",
    writes: true,
    audit: audit("update"),
    async run(ctx, consentId) {
      const existing = await ctx.requireOwned("consents", consentId, "consent");
      if (existing.withdrawn_at !== null) throw conflict("the consent is already withdrawn");
      const now = ctx.now();
      const row = { ...existing, withdrawn_at: now, updated_at: now };
      await ctx.db
        .updateTable("consents")
        .set({ withdrawn_at: now, updated_at: now })
        .where("id", "=", row.id)
        .execute();
      return toConsent(row);
    },
  },
};

function toConsent(row: Selectable<ConsentsTable>): Consent {
  return {
    id: row.id,
    practiceId: row.practice_id,
    clientId: row.client_id,
    purpose: row.purpose as Consent["purpose"],
    granted: row.granted === 1,
    date: row.date,
    notes: row.notes,
    withdrawnAt: row.withdrawn_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
