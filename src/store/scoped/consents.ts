// Consents a client gave (treatment, record keeping, portal sharing, research) and their withdrawal.
import type { Selectable } from "kysely";
import { conflict, ConsentInput, type Consent } from "../../domain";
import type { ConsentsTable } from "../database";
import { parseInput } from "../parse-input";
import type { OperationsFor } from "./operation";
import { requireVersion, staleVersion, writeAtVersion } from "./versioned-write";

const audit = (action: "read" | "create" | "update") => ({ action, resourceType: "consent" as const });

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
        .where("practiceId", "=", ctx.caller.practiceId)
        .where("clientId", "=", clientId)
        .orderBy("date")
        .orderBy("createdAt")
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
        ...data,
        granted: data.granted ? 1 : 0,
        version: 1,
        withdrawnAt: null,
      };
      await ctx.db.insertInto("consents").values(row).execute();
      return toConsent(row);
    },
  },

  withdrawConsent: {
    access: "staff",
    writes: true,
    audit: audit("update"),
    async run(ctx, consentId, version) {
      const existing = await ctx.requireOwned("consents", consentId, "consent");
      const seen = version ?? existing.version;
      await requireVersion(seen, existing.version, {}, async () => toConsent(existing));
      if (existing.withdrawnAt !== null) throw conflict("the consent is already withdrawn");
      const now = ctx.now();
      const changes = { withdrawnAt: now, updatedAt: now, version: seen + 1 };
      if (!(await writeAtVersion(ctx, "consents", consentId, seen, changes)))
        throw await staleVersion({}, async () =>
          toConsent(await ctx.requireOwned("consents", consentId, "consent")),
        );
      return toConsent({ ...existing, ...changes });
    },
  },
};

/** The one column that is not the domain's value: `granted` is stored 0/1. */
function toConsent({ granted, ...row }: Selectable<ConsentsTable>): Consent {
  return { ...row, granted: granted === 1 };
}
