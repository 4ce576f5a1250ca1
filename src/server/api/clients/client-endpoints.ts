// Client records: the practice's list, one client, create and update.
import { Client, ClientInput, ClientUpdate, conflictBody, listOf } from "../../../domain";
import { endpoint } from "../endpoint";
import { ClientParams } from "../params";

export const clientEndpoints = [
  endpoint({
    name: "listClients",
    method: "GET",
    path: "/api/clients",
    summary: "The practice's clients, by name",
    response: { status: 200, schema: listOf(Client) },
    handler: async ({ store }) => ({ items: await store.listClients() }),
  }),
  endpoint({
    name: "createClient",
    method: "POST",
    path: "/api/clients",
    summary: "Create a client record",
    body: ClientInput,
    response: { status: 201, schema: Client },
    handler: ({ store, body }) => store.createClient(body),
  }),
  endpoint({
    name: "getClient",
    method: "GET",
    path: "/api/clients/:clientId",
    summary: "One client record (a client login reads its own)",
    params: ClientParams,
    response: { status: 200, schema: Client },
    handler: ({ store, params }) => store.getClient(params.clientId),
  }),
  endpoint({
    name: "updateClient",
    method: "PUT",
    path: "/api/clients/:clientId",
    summary:
      "Replace a client record's details (every field, with the version it started from; 409 when stale)",
    params: ClientParams,
    body: ClientUpdate,
    response: { status: 200, schema: Client },
    conflict: conflictBody(Client),
    handler: ({ store, params, body }) => store.updateClient(params.clientId, body),
  }),
];
