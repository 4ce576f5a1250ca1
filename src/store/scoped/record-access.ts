// Who has opened a client's record, from the audit trail, for the client's portal: the names of
// the staff who read or wrote it, when, and what kind of record; never clinical text, and not the
// client's own actions.
import type { RecordAccess } from "../../domain";
import type { OperationsFor } from "./operation";

/** Most recent first; enough to see a pattern without paging. */
const LIMIT = 200;

export const recordAccessOperations: OperationsFor<"listRecordAccess"> = {
  listRecordAccess: {
    access: "staff-or-own-client",
    writes: false,
    // Reading the audit trail is not itself clinical data (as listAudit).
    audit: null,
    async run(ctx, clientId): Promise<RecordAccess[]> {
      await ctx.requireClient(clientId);
      const rows = await ctx.db
        .selectFrom("auditLog as a")
        .innerJoin("users as u", "u.id", "a.userId")
        .select(["a.at", "u.name as who", "u.role", "a.action", "a.resourceType"])
        .where("a.practiceId", "=", ctx.caller.practiceId)
        .where("a.clientId", "=", clientId)
        .where("u.role", "<>", "client")
        .orderBy("a.id", "desc")
        .limit(LIMIT)
        .execute();
      return rows;
    },
  },
};
