// The practice's audit log, for administrators. Reading it is not itself audited: it holds no
// clinical data.
import type { OperationsFor } from "./operation";

export const auditLogOperations: OperationsFor<"listAudit"> = {
  listAudit: {
    access: "admin",
    writes: false,
    audit: null,
    async run(ctx, filter) {
      const limit = Math.min(Math.max(Math.trunc(filter.limit ?? 100) || 100, 1), 1000);
      let query = ctx.db.selectFrom("auditLog").selectAll().where("practiceId", "=", ctx.caller.practiceId);
      if (filter.clientId) query = query.where("clientId", "=", filter.clientId);
      return query.orderBy("id", "desc").limit(limit).execute();
    },
  },
};
