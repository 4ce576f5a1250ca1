// What only the client's portal needs: who has opened the record, the practice's crisis text, and
// consents the client gives or withdraws themself.
import { Consent, CrisisText, Id, listOf, OwnConsentInput, RecordAccess } from "../../../domain";
import { endpoint } from "../endpoint";
import { ClientParams } from "../params";

const OwnConsentParams = ClientParams.extend({ consentId: Id });

export const portalEndpoints = [
  endpoint({
    name: "listRecordAccess",
    method: "GET",
    path: "/api/clients/:clientId/record-access",
    summary: "Who of the staff opened a client's record, and when (from the audit trail; no clinical text)",
    params: ClientParams,
    response: { status: 200, schema: listOf(RecordAccess) },
    handler: async ({ store, params }) => ({ items: await store.listRecordAccess(params.clientId) }),
  }),
  endpoint({
    name: "getCrisisText",
    method: "GET",
    path: "/api/clients/:clientId/crisis-text",
    summary: "The practice's crisis text shown to a client at once after a safety flag",
    params: ClientParams,
    response: { status: 200, schema: CrisisText },
    handler: ({ store, params }) => store.getCrisisText(params.clientId),
  }),
  endpoint({
    name: "giveOwnConsent",
    method: "POST",
    path: "/api/clients/:clientId/own-consents",
    summary: "Give a consent for a purpose from the portal (granted, dated today)",
    params: ClientParams,
    body: OwnConsentInput,
    response: { status: 201, schema: Consent },
    handler: ({ store, params, body }) => store.giveOwnConsent(params.clientId, body),
  }),
  endpoint({
    name: "withdrawOwnConsent",
    method: "POST",
    path: "/api/clients/:clientId/own-consents/:consentId/withdraw",
    summary: "Withdraw one's own consent from the portal",
    params: OwnConsentParams,
    response: { status: 200, schema: Consent },
    handler: ({ store, params }) => store.withdrawOwnConsent(params.clientId, params.consentId),
  }),
];
