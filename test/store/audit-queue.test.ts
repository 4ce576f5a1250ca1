// Reads' audit records are group-committed (src/store/audit-queue.ts): each read answers only
// after its record is committed and sealed, many reads at once share one flush, a write's
// record commits with the write, a backlog left unsealed is sealed, and close drains the queue.
import Database from "better-sqlite3-multiple-ciphers";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { verifyAuditChain } from "../../src/store/audit-chain";
import { AuditQueue } from "../../src/store/audit-queue";
import { createDatabase } from "../../src/store/kysely-database";
import { openStore } from "../../src/store/open-store";
import { postgresAdapter } from "../../src/store/postgres/postgres-adapter";
import { postgresUrlWithDefaultUser } from "../../src/store/postgres/open-postgres";
import { sqliteAdapter } from "../../src/store/sqlite/sqlite-adapter";
import type { SystemStore } from "../../src/store/store";
import type { DisposableConfig } from "../support/databases";
import { describeEachStore } from "./each-store";
import { makePractice, type PracticeFixture } from "./fixtures";

describeEachStore("audit records of reads, group-committed", (target) => {
  let db: DisposableConfig;
  let store: SystemStore;
  let p: PracticeFixture;
  beforeAll(async () => {
    db = await target.openConfig();
    store = await openStore(db.config);
    await store.migrate();
    p = await makePractice(store);
  });
  afterAll(async () => {
    await store?.close();
    await db?.dispose();
  });

  async function rawQuery<T>(statement: string): Promise<T[]> {
    if (target.name === "sqlite") {
      const raw = new Database(join(db.config.dataDir, "tessera.db"));
      try {
        if (!/^select/i.test(statement)) return (raw.exec(statement), []);
        return raw.prepare(statement).all() as T[];
      } finally {
        raw.close();
      }
    }
    const client = new pg.Client({ connectionString: postgresUrlWithDefaultUser(db.config.databaseUrl!) });
    await client.connect();
    try {
      return (await client.query(statement)).rows as T[];
    } finally {
      await client.end();
    }
  }

  it("a read's record is committed and sealed by the time the read answers", async () => {
    const client = await p.practitioner.createClient({ name: "Ruth" });
    await p.practitioner.getClient(client.id);
    const rows = await rawQuery<{ action: string; seq: unknown }>(
      `select action, seq from audit_log where client_id = '${client.id}' order by id`,
    );
    expect(rows.map((r) => r.action)).toEqual(["create", "read"]);
    expect(rows[1]!.seq).not.toBeNull();
    const audit = await p.admin.listAudit({ clientId: client.id });
    expect(audit.map((r) => r.action)).toEqual(["read", "create"]);
  });

  it("a write's record is sealed in the write's own transaction, with no flush after it", async () => {
    const client = await p.practitioner.createClient({ name: "Jonas" });
    await p.practitioner.updateClient(client.id, { ...client, name: "Jonas B" });
    const rows = await rawQuery<{ action: string; seq: unknown }>(
      `select action, seq from audit_log where client_id = '${client.id}' order by id`,
    );
    expect(rows.map((r) => r.action)).toEqual(["create", "update"]);
    expect(rows.every((r) => r.seq !== null)).toBe(true);
  });

  it("many reads at once share a few flushes and make one unbroken chain", async () => {
    const client = await p.practitioner.createClient({ name: "Sam" });
    await Promise.all(Array.from({ length: 60 }, () => p.practitioner.getClient(client.id)));
    const [row] = await rawQuery<{ n: number }>(
      `select count(*) as n from audit_log where client_id = '${client.id}' and action = 'read' and seq is not null`,
    );
    expect(Number(row!.n)).toBe(60);
    expect(await store.verifyAuditChain()).toMatchObject({ unsealed: 0, firstBroken: null });
  });

  it("seals a backlog of records left unsealed (by an older version or a stopped process)", async () => {
    const values = Array.from(
      { length: 1203 },
      (_, i) =>
        `('backlog-${String(i).padStart(5, "0")}', '${p.practiceId}', '2026-01-01T00:00:00.000Z', null, 'read', 'client', null, null, null, null, null, null, null)`,
    );
    await rawQuery(`insert into audit_log values ${values.join(",")}`);
    const report = await store.verifyAuditChain();
    expect(report.unsealed).toBe(0);
    expect(report.firstBroken).toBeNull();
  });
});

describeEachStore("the audit queue itself", (target) => {
  let db: DisposableConfig;
  beforeAll(async () => {
    db = await target.openConfig();
    const store = await openStore(db.config);
    await store.migrate();
    await store.close();
  });
  afterAll(async () => {
    await db?.dispose();
  });

  /** A queue on its own connection, counting its flush transactions. */
  async function countingQueue(options: { failing?: boolean } = {}) {
    const adapter = target.name === "sqlite" ? sqliteAdapter : postgresAdapter;
    let flushes = 0;
    const counted = {
      ...adapter,
      lockAuditChain: async (trx: never) => {
        flushes++;
        if (options.failing) throw new Error("disk I/O error");
        await adapter.lockAuditChain(trx);
      },
    };
    const kdb =
      target.name === "sqlite"
        ? createDatabase(
            new (await import("../../src/store/sqlite/immediate-sqlite-dialect")).ImmediateSqliteDialect(
              new Database(join(db.config.dataDir, "tessera.db")),
            ),
          )
        : createDatabase(
            new (await import("kysely")).PostgresDialect({
              pool: new pg.Pool({ connectionString: postgresUrlWithDefaultUser(db.config.databaseUrl!) }),
            }),
          );
    return { queue: new AuditQueue(kdb, counted), kdb, flushes: () => flushes };
  }

  const entry = { practiceId: null, userId: null, action: "read", resourceType: "client" } as const;
  const filled = { ...entry, resourceId: null, clientId: null };

  it("100 records queued in one turn are committed in one flush", async () => {
    const { queue, kdb, flushes } = await countingQueue();
    await Promise.all(Array.from({ length: 100 }, () => queue.record(filled)));
    expect(flushes()).toBe(1);
    await queue.close();
    await kdb.destroy();
  });

  it("two queues appending at once (two instances) keep one unbroken chain; a clash is redone under the lock", async () => {
    const a = await countingQueue();
    const b = await countingQueue();
    // Each queue's first flush seals what is pending, under the lock; the rest only append.
    await Promise.all([a.queue.record(filled), b.queue.record(filled)]);
    const lockedAtStart = a.flushes() + b.flushes();
    const count = async () =>
      Number(
        (
          await a.kdb
            .selectFrom("auditLog")
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    for (let round = 0; round < 30; round++)
      await Promise.all([
        ...Array.from({ length: 3 }, () => a.queue.record(filled)),
        ...Array.from({ length: 3 }, () => b.queue.record(filled)),
      ]);
    expect(await count()).toBe(before + 180);
    // On PostgreSQL the two pools run at once: both read the same tail, one insert failed on the
    // unique seq, and that flush went the locked way. SQLite's two connections in one process
    // never interleave a flush (each runs to its end before the other's turn).
    if (target.name === "postgres") expect(a.flushes() + b.flushes()).toBeGreaterThan(lockedAtStart);
    const report = await verifyAuditChain(a.kdb);
    expect(report.firstBroken).toBeNull();
    expect(report.unsealed).toBe(0);
    for (const q of [a, b]) {
      await q.queue.close();
      await q.kdb.destroy();
    }
  });

  it("close writes what is still queued, and refuses records after it", async () => {
    const { queue, kdb } = await countingQueue();
    const before = Number(
      (
        await kdb
          .selectFrom("auditLog")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
    const queued = Array.from({ length: 5 }, () => queue.record(filled));
    await queue.close();
    await Promise.all(queued);
    const after = Number(
      (
        await kdb
          .selectFrom("auditLog")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(after - before).toBe(5);
    await expect(queue.record(filled)).rejects.toThrow(/closed/);
    await kdb.destroy();
  });

  it("a record that cannot be written rejects its caller instead of vanishing", async () => {
    const { queue, kdb } = await countingQueue({ failing: true });
    await expect(queue.record(filled)).rejects.toThrow(/disk I\/O/);
    await kdb.destroy();
  });
});
