// The client's life history: events placed in time, for the life timeline.
import { conflictBody, LifeEvent, LifeEventInput, LifeEventUpdate, listOf } from "../../../domain";
import { endpoint } from "../endpoint";
import { ClientParams, LifeEventParams } from "../params";

export const lifeEventEndpoints = [
  endpoint({
    name: "listLifeEvents",
    method: "GET",
    path: "/api/clients/:clientId/life-events",
    summary: "A client's life events",
    params: ClientParams,
    response: { status: 200, schema: listOf(LifeEvent) },
    handler: async ({ store, params }) => ({ items: await store.listLifeEvents(params.clientId) }),
  }),
  endpoint({
    name: "createLifeEvent",
    method: "POST",
    path: "/api/clients/:clientId/life-events",
    summary: "Add a life event",
    params: ClientParams,
    body: LifeEventInput,
    response: { status: 201, schema: LifeEvent },
    handler: ({ store, params, body }) => store.createLifeEvent(params.clientId, body),
  }),
  endpoint({
    name: "updateLifeEvent",
    method: "PUT",
    path: "/api/life-events/:lifeEventId",
    summary: "Replace a life event (with the version it started from; 409 when stale)",
    params: LifeEventParams,
    body: LifeEventUpdate,
    response: { status: 200, schema: LifeEvent },
    conflict: conflictBody(LifeEvent),
    handler: ({ store, params, body }) => store.updateLifeEvent(params.lifeEventId, body),
  }),
  endpoint({
    name: "deleteLifeEvent",
    method: "DELETE",
    path: "/api/life-events/:lifeEventId",
    summary: "Delete a life event",
    params: LifeEventParams,
    response: { status: 204 },
    handler: ({ store, params }) => store.deleteLifeEvent(params.lifeEventId),
  }),
];
