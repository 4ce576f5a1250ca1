// Every audit record is written here, by the scoped store's operations and by the auth store,
// so each carries the caller's address and user agent the same way.
import type { Kysely } from "kysely";
import type { AuditRecord } from "../domain";
import type { Database } from "./database";
import { newId } from "./new-id";

export type AuditEntry = Omit<AuditRecord, "id" | "at" | "address" | "userAgent"> & {
  address?: string | null;
  userAgent?: string | null;
};

export async function writeAuditRecord(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto("auditLog")
    .values({
      ...entry,
      id: newId(),
      at: new Date().toISOString(),
      address: entry.address?.slice(0, 100) ?? null,
      userAgent: entry.userAgent?.slice(0, 500) ?? null,
      seq: null,
      prevHash: null,
      hash: null,
    })
    .execute();
}
