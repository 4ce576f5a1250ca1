// The client's process: sessions, characters and threads aggregated across time.
import { buildProcessView, ProcessQuery, ProcessView } from "../../../domain";
import { endpoint } from "../endpoint";
import { ClientParams } from "../params";

export const processEndpoints = [
  endpoint({
    name: "getProcess",
    method: "GET",
    path: "/api/clients/:clientId/process",
    summary:
      "A client's process in one document for a stretch of sessions in process order (limit 1-200, default 200; without an offset, the latest): the sessions with their pieces, and the kinds, regions, characters' appearances and threads' sessions within them, with how many sessions there are in all (kept for API users; the web app reads the views under /views instead)",
    params: ClientParams,
    query: ProcessQuery,
    response: { status: 200, schema: ProcessView },
    handler: async ({ store, params, query }) => {
      const [page, characters, threads] = await Promise.all([
        store.listSessionsPage(params.clientId, query),
        store.listCharacters(params.clientId),
        store.listThreads(params.clientId),
      ]);
      return buildProcessView(page.items, characters, threads, {
        sessionCount: page.total,
        offset: page.offset,
      });
    },
  }),
];
