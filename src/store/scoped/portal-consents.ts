// Consents from the client's own side: the portal lets a client give a consent for a purpose and
// withdraw one. The records and rules are consents.ts's; only who may call differs.
import { ConsentInput, notFound, OwnConsentInput, type Consent } from "../../domain";
import { parseInput } from "../parse-input";
import { consentOperations } from "./consents";
import type { OperationsFor } from "./operation";

const audit = (action: "create" | "update") => ({ action, resourceType: "consent" as const });

export const portalConsentOperations: OperationsFor<"giveOwnConsent" | "withdrawOwnConsent"> = {
  giveOwnConsent: {
    access: "staff-or-own-client",
    writes: true,
    audit: audit("create"),
    async run(ctx, clientId, input): Promise<Consent> {
      // Given today, granted: refusing is simply not giving.
      const own = parseInput(OwnConsentInput, input);
      const data = parseInput(ConsentInput, { ...own, date: ctx.now().slice(0, 10), granted: true });
      return consentOperations.createConsent.run(ctx, clientId, data);
    },
  },

  withdrawOwnConsent: {
    access: "staff-or-own-client",
    writes: true,
    audit: audit("update"),
    async run(ctx, clientId, consentId): Promise<Consent> {
      const existing = await ctx.requireOwned("consents", consentId, "consent");
      if (existing.clientId !== clientId) throw notFound("consent");
      return consentOperations.withdrawConsent.run(ctx, consentId);
    },
  },
};
