// The audit trail for the administrator, filtered by person, client, action and date.
import { z } from "zod";
import { AuditAction, AuditRecord } from "../audit";
import { Id, IsoDate } from "../common";

export const AuditViewQuery = z.object({
  userId: Id.optional(),
  clientId: Id.optional(),
  action: AuditAction.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type AuditViewQuery = z.input<typeof AuditViewQuery>;

export const AuditView = z.object({
  records: z.array(AuditRecord),
  /** Who and which clients appear in the trail, for the filter choices. */
  people: z.array(z.object({ id: Id, name: z.string() })),
  clients: z.array(z.object({ id: Id, name: z.string() })),
});
export type AuditView = z.infer<typeof AuditView>;

export function filterAudit(
  records: readonly AuditRecord[],
  q: z.output<typeof AuditViewQuery>,
): AuditRecord[] {
  return records
    .filter(
      (r) =>
        (!q.userId || r.userId === q.userId) &&
        (!q.action || r.action === q.action) &&
        (!q.from || r.at.slice(0, 10) >= q.from) &&
        (!q.to || r.at.slice(0, 10) <= q.to),
    )
    .slice(0, q.limit);
}
