// The practice's audit log, for administrators. Reading it is not itself audited: it holds no
// clinical data.
import type { AuditRecord } from "../../domain";
import type { OperationsFor } from "./operation";

export const auditLogOperations: OperationsFor<"listAudit"> = {
  listAudit: {
    access: "admin",
    writes: false,
    audit: null,
    async run(ctx, filter) {
      const limit = Math.min(Math.max(Math.trunc(filter.limit ?? 100) || 100, 1), 1000);
      let query = ctx.db.selectFrom("audit_log").selectAll().where("practice_id", "=", ctx.caller.practiceId);
      if (filter.clientId) query = query.where("client_id", "=", filter.clientId);
      const rows = await query.orderBy("id", "desc").limit(limit).execute();
      return rows.map((r): AuditRecord => ({
        id: r.id,
        practiceId: r.practice_id,
        at: r.at,
        userId: r.user_id,
        action: r.action,
        resourceType: r.resource_type,
        resourceId: r.resource_id,
        clientId: r.client_id,
      }));
    },
  },
};
