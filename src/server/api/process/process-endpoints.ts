// The client's process: sessions, characters and threads aggregated across time.
import { buildProcessView, ProcessView } from "../../../domain";
import { endpoint } from "../endpoint";
import { ClientParams } from "../params";

export const processEndpoints = [
  endpoint({
    name: "getProcess",
    method: "GET",
    path: "/api/clients/:clientId/process",
    summary:
      "A client's whole process view in one document (kept for API users; the web app reads the views under /views instead)",
    params: ClientParams,
    response: { status: 200, schema: ProcessView },
    handler: async ({ store, params }) => {
      const [sessions, characters, threads] = await Promise.all([
        store.listSessions(params.clientId),
        store.listCharacters(params.clientId),
        store.listThreads(params.clientId),
      ]);
      return buildProcessView(sessions, characters, threads);
    },
  }),
];
