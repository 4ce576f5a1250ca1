// Every audit record is written here, by the scoped store's operations and by the auth store,
// so each carries the caller's address and user agent the same way. The trail is tamper-evident:
// right after a record is written it is sealed into one chain — `seq` the next number, `hash`
// the SHA-256 of the previous record's hash and this record's fields — outside the writing
// transaction, so concurrent writers only race for the next `seq` (a unique index) and retry.
// `verifyAuditChain` recomputes the chain and names the first link that does not hold.
import { createHash } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import type { AuditRecord } from "../domain";
import type { AuditLogTable, Database } from "./database";
import { newId } from "./new-id";

export type AuditEntry = Omit<AuditRecord, "id" | "at" | "address" | "userAgent"> & {
  address?: string | null;
  userAgent?: string | null;
};

const GENESIS = "0".repeat(64);
/** Records sealed per call at most; each writer seals what is pending, so few ever wait. */
const SEAL_BATCH = 50;

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

/** Seals pending records into the chain, oldest first; call with the store's own handle, not a transaction. */
export async function sealAuditRecords(db: Kysely<Database>, isUniqueViolation: (err: unknown) => boolean) {
  for (let sealed = 0; sealed < SEAL_BATCH;) {
    const next = await db
      .selectFrom("auditLog")
      .selectAll()
      .where("seq", "is", null)
      .orderBy("id")
      .limit(1)
      .executeTakeFirst();
    if (!next) return;
    const last = await db
      .selectFrom("auditLog")
      .select(["seq", "hash"])
      .where("seq", "is not", null)
      .orderBy("seq", "desc")
      .limit(1)
      .executeTakeFirst();
    const seq = Number(last?.seq ?? 0) + 1;
    const prevHash = last?.hash ?? GENESIS;
    try {
      await db
        .updateTable("auditLog")
        .set({ seq, prevHash, hash: linkHash(prevHash, next) })
        .where("id", "=", next.id)
        .where("seq", "is", null)
        .execute();
      sealed++;
    } catch (err) {
      // Another writer took this seq first: look again.
      if (!isUniqueViolation(err)) throw err;
    }
  }
}

export interface ChainReport {
  /** Sealed records checked, in chain order. */
  checked: number;
  /** Records not sealed yet (written a moment ago, or by a process that stopped before sealing). */
  unsealed: number;
  /** The first record whose link does not hold, or null when the whole chain holds. */
  firstBroken: { seq: number; id: string; why: string } | null;
}

export async function verifyAuditChain(db: Kysely<Database>): Promise<ChainReport> {
  const rows = await db
    .selectFrom("auditLog")
    .selectAll()
    .where("seq", "is not", null)
    .orderBy("seq")
    .execute();
  const { count } = await db
    .selectFrom("auditLog")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("seq", "is", null)
    .executeTakeFirstOrThrow();
  let prevHash = GENESIS;
  let expectedSeq = 1;
  for (const row of rows) {
    const seq = Number(row.seq);
    const broken = (why: string) => ({
      checked: seq - 1,
      unsealed: Number(count),
      firstBroken: { seq, id: row.id, why },
    });
    if (seq !== expectedSeq) return broken(`record ${expectedSeq} is missing`);
    if (row.prevHash !== prevHash) return broken("it does not name the previous record's hash");
    if (row.hash !== linkHash(prevHash, row)) return broken("its fields were changed after it was written");
    prevHash = row.hash!;
    expectedSeq++;
  }
  return { checked: rows.length, unsealed: Number(count), firstBroken: null };
}

function linkHash(prevHash: string, row: Selectable<AuditLogTable>): string {
  const fields = [
    row.id,
    row.practiceId,
    row.at,
    row.userId,
    row.action,
    row.resourceType,
    row.resourceId,
    row.clientId,
    row.address,
    row.userAgent,
  ];
  return createHash("sha256").update(prevHash).update(JSON.stringify(fields)).digest("hex");
}
