// A thread's status over time (issue 11): the threads view's cards carry the latest changes;
// earlier ones are read here a page at a time, in the order they apply. Changes are made through
// updateThread (PUT /api/threads/:threadId with statusSessionId or statusDate and statusNote).
import { PageQuery, ThreadStatusChangesPage } from "../../../domain";
import { endpoint } from "../endpoint";
import { ThreadParams } from "../params";

export const threadStatusEndpoints = [
  endpoint({
    name: "getThreadStatusChanges",
    method: "GET",
    path: "/api/threads/:threadId/status-changes",
    summary:
      "A page of a thread's status changes in the order they apply, with who made each and the note (without an offset: the latest)",
    params: ThreadParams,
    query: PageQuery,
    response: { status: 200, schema: ThreadStatusChangesPage },
    handler: ({ store, params, query }) => store.listThreadStatusChanges(params.threadId, query),
  }),
];
