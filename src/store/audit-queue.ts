// Group commit for audit records. A read used to write its audit record in a commit of its own
// and then seal up to 50 pending records one by one (about ten times the cost of the read
// itself). Now every record waits in this queue for the next flush, which inserts the queued
// records already sealed in one multi-row statement after the chain's tail (see write(): under
// the chain's lock when another writer got in between, or when records an older version left
// pending are to be sealed first; writes seal their records in their own transaction). A flush
// starts as soon as none is running, so under load one flush carries the records of every
// request that arrived meanwhile, and an idle server still commits a lone read at once.
//
// `record` resolves only after its record is committed: no answer leaves before its audit
// record is in the database (a crash loses nothing that was answered), the trail is queryable
// right after, and a read whose record cannot be written fails (503 while the database is down)
// instead of going unaudited. `close` drains the queue before the database is closed.
import type { Kysely } from "kysely";
import type { Database } from "./database";
import type { DialectAdapter } from "./dialect";
import { auditRow, INSERT_CHUNK, sealInto, type AuditEntry, type AuditRow } from "./audit-chain";

/** Queued records per flush at most; the rest wait for the next one. */
const MAX_BATCH = 500;
/** Attempts of one flush when another writer (an older instance) took the same seq. */
const RETRIES = 20;

interface Waiting {
  row: AuditRow;
  resolve(): void;
  reject(err: unknown): void;
}

export class AuditQueue {
  private waiting: Waiting[] = [];
  private running: Promise<void> | null = null;
  /** True at start, so records a stopped process left unsealed are sealed by the first flush. */
  private sealWanted = true;
  private closed = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly adapter: DialectAdapter,
  ) {}

  /** Queues a record (its time is now) and resolves once it is committed and sealed. */
  record(entry: AuditEntry): Promise<void> {
    if (this.closed) return Promise.reject(new Error("the store is closed"));
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ row: auditRow(entry), resolve, reject });
      this.start();
    });
  }

  /** Resolves when everything queued before the call is committed and every pending record sealed. */
  async flush(): Promise<void> {
    this.sealWanted = true;
    this.start();
    while (this.running) await this.running;
  }

  /** Drains the queue; later records are refused. A record that could not be written rejects its caller. */
  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
  }

  private start(): void {
    if (this.running) return;
    this.running = this.drain().finally(() => (this.running = null));
  }

  private async drain(): Promise<void> {
    // One turn of the event loop lets the requests already in hand queue their records too.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.waiting.length > 0 || this.sealWanted) {
      const batch = this.waiting.splice(0, MAX_BATCH);
      const seal = this.sealWanted;
      this.sealWanted = false;
      try {
        const more = await this.write(
          batch.map((w) => w.row),
          seal,
        );
        // A backlog larger than one flush seals (never a queued record) keeps the loop going.
        if (more) this.sealWanted = true;
        for (const w of batch) w.resolve();
      } catch (err) {
        for (const w of batch) w.reject(err);
        // Pending records stay unsealed in the database; the next flush tries again.
        if (batch.length === 0) return;
      }
    }
  }

  /** One transaction; true when writes left more pending records than one flush seals. */
  private async write(rows: AuditRow[], sealPending: boolean): Promise<boolean> {
    // Most flushes only append: read the chain's tail, then one multi-row insert, without a
    // transaction or the chain's lock (on PostgreSQL 2 round trips instead of 5). The unique seq
    // keeps that safe: a writer that sealed a record in between makes the insert fail whole, and
    // the flush is done again the careful way, under the lock.
    // At most one insert statement (INSERT_CHUNK rows), so it is all or none.
    if (!sealPending && rows.length <= INSERT_CHUNK) {
      try {
        await sealInto(this.db, rows, { sealPending: false });
        return false;
      } catch (err) {
        if (!this.adapter.isUniqueViolation(err)) throw err;
      }
    }
    for (let tries = 1; ; tries++) {
      try {
        return await this.db.transaction().execute(async (trx) => {
          await this.adapter.lockAuditChain(trx);
          return sealInto(trx, rows, { sealPending });
        });
      } catch (err) {
        if (!this.adapter.isUniqueViolation(err) || tries >= RETRIES) throw err;
      }
    }
  }
}
