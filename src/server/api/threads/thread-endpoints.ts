// Threads: themes that link pieces across sessions.
import {
  conflictBody,
  listOf,
  Thread,
  ThreadFromPiecesInput,
  ThreadInput,
  ThreadPiecesInput,
  ThreadSummary,
  ThreadUpdate,
} from "../../../domain";
import { threadStatusEndpoints } from "./thread-status-endpoints";
import { endpoint } from "../endpoint";
import { ClientParams, ThreadParams } from "../params";

export const threadEndpoints = [
  endpoint({
    name: "listThreads",
    method: "GET",
    path: "/api/clients/:clientId/threads",
    summary:
      "A client's threads: name, description and status (a piece carries the ids of its threads; the threads view pages a thread's pieces)",
    params: ClientParams,
    response: { status: 200, schema: listOf(ThreadSummary) },
    handler: async ({ store, params }) => ({ items: await store.listThreadSummaries(params.clientId) }),
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
      "Replace a thread's name, description and status (with the version it started from; 409 when stale); a change of status is kept in its history, from the session or date given, with the note",
    params: ThreadParams,
    body: ThreadUpdate,
    response: { status: 200, schema: Thread },
    conflict: conflictBody(Thread),
    handler: ({ store, params, body }) => store.updateThread(params.threadId, body),
  }),
  // The workspace (issue 11): pieces chosen in the mosaic, signed sessions' too (a thread is an
  // interpretation over the record; the signed text is not touched).
  endpoint({
    name: "createThreadFromPieces",
    method: "POST",
    path: "/api/clients/:clientId/threads/from-pieces",
    summary: "Open a thread holding the pieces chosen (pieces of signed sessions too)",
    params: ClientParams,
    body: ThreadFromPiecesInput,
    response: { status: 201, schema: Thread },
    handler: ({ store, params, body }) => store.createThreadFromPieces(params.clientId, body),
  }),
  endpoint({
    name: "addPiecesToThread",
    method: "POST",
    path: "/api/threads/:threadId/pieces",
    summary: "Add the pieces chosen to a thread (links it has stay)",
    params: ThreadParams,
    body: ThreadPiecesInput,
    response: { status: 200, schema: Thread },
    handler: ({ store, params, body }) => store.addPiecesToThread(params.threadId, body),
  }),
  ...threadStatusEndpoints,
];
