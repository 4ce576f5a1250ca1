// The raw driver under a generated store (better-sqlite3 or pg, no Kysely, no scoping, no
// audit): the floor each figure is compared with.
import Database from "better-sqlite3-multiple-ciphers";
import { join } from "node:path";
import pg from "pg";
import { SQLITE_FILE } from "../src/store/open-store";
import { postgresUrlWithDefaultUser } from "../src/store/postgres/open-postgres";
import { benchStoreConfig, type StoreName } from "./bench-stores";

export interface RawDb {
  readonly store: StoreName;
  /** SQL with ? placeholders (turned into $n for PostgreSQL). */
  all<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  run(sql: string, params?: unknown[]): Promise<void>;
  transaction(fn: () => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

export async function openRawDb(store: StoreName, scale: string, seed: number): Promise<RawDb> {
  const config = benchStoreConfig(store, scale, seed);
  if (store === "sqlite") {
    const db = new Database(join(config.dataDir, SQLITE_FILE), { timeout: 10_000 });
    if (config.dbKey) db.pragma(`key='${config.dbKey.replaceAll("'", "''")}'`);
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    const cache = new Map<string, Database.Statement>();
    const prepared = (sql: string) => {
      let s = cache.get(sql);
      if (!s) cache.set(sql, (s = db.prepare(sql)));
      return s;
    };
    return {
      store,
      async all<T>(sql: string, params: unknown[] = []) {
        return prepared(sql).all(params) as T[];
      },
      async run(sql, params = []) {
        prepared(sql).run(params);
      },
      async transaction(fn) {
        db.prepare("begin immediate").run();
        try {
          await fn();
          db.prepare("commit").run();
        } catch (err) {
          db.prepare("rollback").run();
          throw err;
        }
      },
      async close() {
        db.close();
      },
    };
  }
  const pool = new pg.Pool({ connectionString: postgresUrlWithDefaultUser(config.databaseUrl!), max: 4 });
  let tx: pg.PoolClient | null = null;
  const numbered = (sql: string) => {
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
  };
  return {
    store,
    async all<T>(sql: string, params: unknown[] = []) {
      return (await (tx ?? pool).query(numbered(sql), params)).rows as T[];
    },
    async run(sql, params = []) {
      await (tx ?? pool).query(numbered(sql), params);
    },
    async transaction(fn) {
      tx = await pool.connect();
      try {
        await tx.query("begin");
        await fn();
        await tx.query("commit");
      } catch (err) {
        await tx.query("rollback");
        throw err;
      } finally {
        tx.release();
        tx = null;
      }
    },
    async close() {
      await pool.end();
    },
  };
}
