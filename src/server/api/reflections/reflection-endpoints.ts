// What the client writes between sessions. A client reaches their own; the scoped store decides
// whose record it is and hides unshared reflections from staff.
import {
  Id,
  listOf,
  Reflection,
  ReflectionInput,
  ReflectionsMarked,
  ReflectionsReadInput,
  ReflectionUpdate,
  SinceQuery,
  UnreadReflection,
} from "../../../domain";
import { endpoint } from "../endpoint";
import { ClientParams } from "../params";

export const reflectionEndpoints = [
  endpoint({
    name: "listReflections",
    method: "GET",
    path: "/api/clients/:clientId/reflections",
    summary: "A client's reflections (staff see only the shared ones)",
    params: ClientParams,
    response: { status: 200, schema: listOf(Reflection) },
    handler: async ({ store, params }) => ({ items: await store.listReflections(params.clientId) }),
  }),
  endpoint({
    name: "createReflection",
    method: "POST",
    path: "/api/clients/:clientId/reflections",
    summary: "Write a reflection",
    params: ClientParams,
    body: ReflectionInput,
    response: { status: 201, schema: Reflection },
    handler: ({ store, params, body }) => store.createReflection(params.clientId, body),
  }),
  endpoint({
    name: "updateReflection",
    method: "PUT",
    path: "/api/clients/:clientId/reflections/:reflectionId",
    summary: "Change one's own reflection until it is shared (409 once shared; staff 403)",
    params: ClientParams.extend({ reflectionId: Id }),
    body: ReflectionUpdate,
    response: { status: 200, schema: Reflection },
    handler: ({ store, params, body }) => store.updateReflection(params.clientId, params.reflectionId, body),
  }),
  endpoint({
    name: "listSharedReflectionsSince",
    method: "GET",
    path: "/api/clients/:clientId/shared-reflections",
    summary: "Reflections the client shared, dated on or after `since` (the brief before a session)",
    params: ClientParams,
    query: SinceQuery,
    response: { status: 200, schema: listOf(Reflection) },
    handler: async ({ store, params, query }) => ({
      items: await store.listSharedReflectionsSince(params.clientId, query.since),
    }),
  }),
  // The workspace (issue 11): per-person read markers on shared reflections.
  endpoint({
    name: "listUnreadReflections",
    method: "GET",
    path: "/api/reflections/unread",
    summary: "Shared reflections of one's clients that one has not opened yet, newest first (Home)",
    response: { status: 200, schema: listOf(UnreadReflection) },
    handler: async ({ store }) => ({ items: await store.listUnreadReflections() }),
  }),
  endpoint({
    name: "markReflectionsRead",
    method: "POST",
    path: "/api/clients/:clientId/reflections/read",
    summary: "Mark the client's shared reflections one has opened as read (for oneself only)",
    params: ClientParams,
    body: ReflectionsReadInput,
    response: { status: 200, schema: ReflectionsMarked },
    handler: ({ store, params, body }) => store.markReflectionsRead(params.clientId, body),
  }),
];
