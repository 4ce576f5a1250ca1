// Every audit record is written here, by the scoped store's operations and by the auth store,
// so each carries the caller's address and user agent the same way. The trail is tamper-evident:
// each record is sealed into one chain — `seq` the next number, `hash` the SHA-256 of the
// previous record's hash and this record's fields. A write's record is inserted already sealed in
// the write's own transaction, which takes the chain's lock for its last statements (an insert
// then an update to seal it left PostgreSQL a dead row per record); reads' records are queued
// (audit-queue.ts), and the queue's first flush seals what an older version left pending, and each
// flush inserts the queued records already sealed, in one
// transaction that holds the chain's lock. `verifyAuditChain` recomputes the chain and names the
// first link that does not hold.
import { createHash } from "node:crypto";
import type { Insertable, Kysely, Selectable } from "kysely";
import type { AuditRecord } from "../domain";
import type { AuditLogTable, Database } from "./database";
import type { DialectAdapter } from "./dialect";
import { newId } from "./new-id";

export type AuditEntry = Omit<AuditRecord, "id" | "at" | "address" | "userAgent"> & {
  address?: string | null;
  userAgent?: string | null;
};
export type AuditRow = Insertable<AuditLogTable> & Selectable<AuditLogTable>;

const GENESIS = "0".repeat(64);
/** Pending records sealed per flush at most (a backlog takes several flushes, each short). */
const SEAL_BATCH = 500;
/** Rows per multi-row insert: 13 columns, well under both dialects' bound-parameter limits. */
export const INSERT_CHUNK = 200;

/** The row of a record written now, not sealed yet. */
export function auditRow(entry: AuditEntry): AuditRow {
  return {
    id: newId(),
    practiceId: entry.practiceId ?? null,
    at: new Date().toISOString(),
    userId: entry.userId ?? null,
    action: entry.action,
    resourceType: entry.resourceType,
    resourceId: entry.resourceId ?? null,
    clientId: entry.clientId ?? null,
    address: entry.address?.slice(0, 100) ?? null,
    userAgent: entry.userAgent?.slice(0, 500) ?? null,
    seq: null,
    prevHash: null,
    hash: null,
  };
}

/**
 * Inserts a write's record sealed, inside the caller's (write) transaction. It takes the chain's
 * lock, held until that transaction ends, so call it at the end of the work.
 */
export async function writeAuditRecord(
  db: Kysely<Database>,
  entry: AuditEntry,
  adapter: DialectAdapter,
): Promise<void> {
  await adapter.lockAuditChain(db);
  await sealInto(db, [auditRow(entry)], { sealPending: false });
}

/**
 * Inside a transaction that holds the chain's lock: seals pending records oldest first (when
 * asked: only an older version leaves any), then inserts `queued` sealed after them. True when
 * more pending records are left than one call seals.
 */
export async function sealInto(
  trx: Kysely<Database>,
  queued: AuditRow[],
  options: { sealPending: boolean },
): Promise<boolean> {
  const last = await trx
    .selectFrom("auditLog")
    .select(["seq", "hash"])
    .where("seq", "is not", null)
    .orderBy("seq", "desc")
    .limit(1)
    .executeTakeFirst();
  let seq = Number(last?.seq ?? 0);
  let prevHash = last?.hash ?? GENESIS;
  const pending = !options.sealPending
    ? []
    : await trx
        .selectFrom("auditLog")
        .selectAll()
        .where("seq", "is", null)
        .orderBy("id")
        .limit(SEAL_BATCH + 1)
        .execute();
  for (const row of pending.slice(0, SEAL_BATCH)) {
    const hash = linkHash(prevHash, row);
    await trx.updateTable("auditLog").set({ seq: ++seq, prevHash, hash }).where("id", "=", row.id).execute();
    prevHash = hash;
  }
  const sealed = queued.map((row) => {
    const hash = linkHash(prevHash, row);
    const out = { ...row, seq: ++seq, prevHash, hash };
    prevHash = hash;
    return out;
  });
  for (let i = 0; i < sealed.length; i += INSERT_CHUNK)
    await trx
      .insertInto("auditLog")
      .values(sealed.slice(i, i + INSERT_CHUNK))
      .execute();
  return pending.length > SEAL_BATCH;
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
