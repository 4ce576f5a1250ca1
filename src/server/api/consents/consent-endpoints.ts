// Consents per purpose, and their withdrawal.
import { conflictBody, Consent, ConsentInput, listOf, VersionSeen } from "../../../domain";
import { endpoint } from "../endpoint";
import { ClientParams, ConsentParams } from "../params";

export const consentEndpoints = [
  endpoint({
    name: "listConsents",
    method: "GET",
    path: "/api/clients/:clientId/consents",
    summary: "A client's consents",
    params: ClientParams,
    response: { status: 200, schema: listOf(Consent) },
    handler: async ({ store, params }) => ({ items: await store.listConsents(params.clientId) }),
  }),
  endpoint({
    name: "createConsent",
    method: "POST",
    path: "/api/clients/:clientId/consents",
    summary: "Record a consent given or refused",
    params: ClientParams,
    body: ConsentInput,
    response: { status: 201, schema: Consent },
    handler: ({ store, params, body }) => store.createConsent(params.clientId, body),
  }),
  endpoint({
    name: "withdrawConsent",
    method: "POST",
    path: "/api/consents/:consentId/withdraw",
    summary: "Withdraw a consent",
    params: ConsentParams,
    response: { status: 200, schema: Consent },
    body: VersionSeen,
    conflict: conflictBody(Consent),
    handler: ({ store, params, body }) => store.withdrawConsent(params.consentId, body.version),
  }),
];
