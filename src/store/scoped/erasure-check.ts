// Open data (issue 15): the gate before a client is erased over HTTP. Erasure itself runs on the
// raw database (src/interop/erasure, which writes its own audit record); this operation says who
// may start it (an administrator of the practice) and checks the typed confirmation, so the
// route checks no role by hand.
import { forbidden, invalid } from "../../domain";
import type { OperationsFor } from "./operation";

export const erasureCheckOperations: OperationsFor<"confirmErasure"> = {
  confirmErasure: {
    // Staff here so another practice's record is not_found for everyone; non-admins refused below.
    access: "staff",
    writes: false,
    // Nothing is read but the name; the erasure's own record follows.
    audit: null,
    async run(ctx, clientId, confirmation) {
      const client = await ctx.requireClient(clientId);
      if (ctx.caller.role !== "admin") throw forbidden("only an administrator may erase a client");
      if (confirmation.trim() !== client.name.trim()) {
        const message = "type the client's full name to confirm the erasure";
        throw invalid(message, [{ path: "confirmation", message }]);
      }
      return { clientId: client.id };
    },
  },
};
