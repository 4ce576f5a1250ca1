// Threads: themes that link pieces across sessions.
import { conflictBody, listOf, Thread, ThreadInput, ThreadUpdate } from "../../../domain";
import { endpoint } from "../endpoint";
import { ClientParams, ThreadParams } from "../params";

export const threadEndpoints = [
  endpoint({
    name: "listThreads",
    method: "GET",
    path: "/api/clients/:clientId/threads",
    summary: "A client's threads with the ids of their pieces",
    params: ClientParams,
    response: { status: 200, schema: listOf(Thread) },
    handler: async ({ store, params }) => ({ items: await store.listThreads(params.clientId) }),
  }),
  endpoint({
    name: "createThread",
    method: "POST",
    path: "/api/clients/:clientId/threads",
    summary: "Open a thread",
    params: ClientParams,
    body: ThreadInput,
    response: { status: 201, schema: Thread },
    handler: ({ store, params, body }) => store.createThread(params.clientId, body),
  }),
  endpoint({
    name: "updateThread",
    method: "PUT",
    path: "/api/threads/:threadId",
    summary:
      "Replace a thread's name, description and status (with the version it started from; 409 when stale)",
    params: ThreadParams,
    body: ThreadUpdate,
    response: { status: 200, schema: Thread },
    conflict: conflictBody(Thread),
    handler: ({ store, params, body }) => store.updateThread(params.threadId, body),
  }),
];
