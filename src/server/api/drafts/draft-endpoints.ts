// Drafts of the capture form, saved as the practitioner types: each user sees only their own.
import { Draft, DraftInput, DraftKey, listOf } from "../../../domain";
import { endpoint } from "../endpoint";
import { ClientParams } from "../params";

const DraftParams = ClientParams.extend({ draftKey: DraftKey });

export const draftEndpoints = [
  endpoint({
    name: "listDrafts",
    method: "GET",
    path: "/api/clients/:clientId/drafts",
    summary: "The caller's unsaved form drafts for a client, newest first",
    params: ClientParams,
    response: { status: 200, schema: listOf(Draft) },
    handler: async ({ store, params }) => ({ items: await store.listDrafts(params.clientId) }),
  }),
  endpoint({
    name: "saveDraft",
    method: "PUT",
    path: "/api/clients/:clientId/drafts/:draftKey",
    summary: "Save what a form holds (valid or not yet), replacing the caller's previous draft of it",
    params: DraftParams,
    body: DraftInput,
    response: { status: 200, schema: Draft },
    handler: ({ store, params, body }) => store.saveDraft(params.clientId, params.draftKey, body),
  }),
  endpoint({
    name: "deleteDraft",
    method: "DELETE",
    path: "/api/clients/:clientId/drafts/:draftKey",
    summary: "Discard the caller's draft (after the record is saved, or on purpose)",
    params: DraftParams,
    response: { status: 204 },
    handler: async ({ store, params }) => store.deleteDraft(params.clientId, params.draftKey),
  }),
];
