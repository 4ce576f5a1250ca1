// An administrator erases a client (GDPR Art. 17): the client's full name typed as confirmation
// (checked by the store's confirmErasure), then the real erasure of src/interop/erasure, free
// pages included. What stays is an audit record that the erasure happened, without content.
import { ErasureRequest, ErasureResult } from "../../../domain";
import { endpoint } from "../endpoint";
import { ClientParams } from "../params";
import { errorBody } from "../../errors";
import { exportsOf } from "./exports-capability";

export const erasureEndpoints = [
  endpoint({
    name: "eraseClient",
    method: "POST",
    path: "/api/clients/:clientId/erasure",
    summary:
      "Erase a client for good: type their full name as confirmation (administrators; 400 on a wrong name). Backups keep them until rotated out",
    params: ClientParams,
    body: ErasureRequest,
    response: { status: 200, schema: ErasureResult },
    handler: async ({ store, params, body, request, reply }) => {
      // The store decides first who may erase (an administrator on the care team) and checks the
      // name, so a caller who may not learns nothing about whether this server could.
      const confirmed = await store.confirmErasure(params.clientId, body.confirmation);
      const erase = exportsOf(request).eraseConfirmed;
      if (!erase) {
        reply.code(503).send(errorBody("unavailable", "erasure is not available on this server"));
        return { clientId: params.clientId, recordsDeleted: 0 };
      }
      const summary = await erase(confirmed.clientId, store.caller.userId);
      const recordsDeleted = Object.values(summary.deleted).reduce((a, b) => a + b, 0);
      return { clientId: summary.clientId, recordsDeleted };
    },
  }),
];
