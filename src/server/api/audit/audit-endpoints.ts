// The audit trail, for the practice's administrator (the store's listAudit is admin-only).
import { AuditQuery, AuditRecord, listOf } from "../../../domain";
import { endpoint } from "../endpoint";

export const auditEndpoints = [
  endpoint({
    name: "listAudit",
    method: "GET",
    path: "/api/audit",
    summary: "Audit records, newest first (administrators)",
    query: AuditQuery,
    response: { status: 200, schema: listOf(AuditRecord) },
    handler: async ({ store, query }) => ({ items: await store.listAudit(query) }),
  }),
];
