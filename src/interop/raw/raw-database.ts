// A bare connection to the store's database, below the Store interface, for the few jobs that
// must see every table as it is on disk: backup, restore and erasure. Queries are written once
// with `?` placeholders and snake_case table names; PostgreSQL gets them numbered $1, $2, ...
import { existsSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3-multiple-ciphers";
import type pg from "pg";
import { SQLITE_FILE, type StoreConfig } from "../../store/open-store";
import { postgresUrlWithDefaultUser } from "../../store/postgres/open-postgres";

export type SqlValue = string | number | null;
export type Row = Record<string, SqlValue>;

export interface RawDatabase {
  readonly dialect: "sqlite" | "postgres";
  all<T = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** Runs a statement; returns the number of rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** One write transaction: committed when fn resolves, rolled back when it throws. */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  /** One consistent read snapshot over all tables, while other connections go on writing. */
  snapshot<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** SQLite waits this long for a running server's write lock before giving up. */
const SQLITE_LOCK_WAIT_MS = 10_000;

export async function openRawDatabase(config: StoreConfig): Promise<RawDatabase> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openSqlite(config);
}

export function sqliteFileOf(config: StoreConfig): string {
  return join(config.dataDir, SQLITE_FILE);
}

function openSqlite(config: StoreConfig): RawDatabase {
  const file = sqliteFileOf(config);
  if (!existsSync(file)) throw new Error(`no Tessera database in ${config.dataDir}`);
  const db = new Database(file, { timeout: SQLITE_LOCK_WAIT_MS });
  try {
    if (config.dbKey) db.pragma(`key='${config.dbKey.replaceAll("'", "''")}'`);
    db.prepare("select count(*) from sqlite_master").get();
    db.pragma("foreign_keys = ON");
  } catch (err) {
    db.close();
    if ((err as { code?: string }).code === "SQLITE_NOTADB")
      throw new Error("cannot open the database: wrong key or not a Tessera database", { cause: err });
    throw err;
  }
  const inTransaction = async <T>(begin: string, fn: () => Promise<T>): Promise<T> => {
    db.exec(begin);
    try {
      const result = await fn();
      db.exec("commit");
      return result;
    } catch (err) {
      if (db.inTransaction) db.exec("rollback");
      throw err;
    }
  };
  return {
    dialect: "sqlite",
    async all<T>(sql: string, params: readonly SqlValue[] = []) {
      return db.prepare(sql).all(...params) as T[];
    },
    async run(sql, params = []) {
      return db.prepare(sql).run(...params).changes;
    },
    transaction: (fn) => inTransaction("begin immediate", fn),
    // A deferred transaction in WAL mode reads one snapshot, including what is still in the -wal file.
    snapshot: (fn) => inTransaction("begin deferred", fn),
    async close() {
      db.close();
    },
  };
}

async function openPostgres(url: string): Promise<RawDatabase> {
  // Loaded here, not at start: an embedded install never needs it.
  const { default: pgModule } = await import("pg");
  const client = new pgModule.Client({
    connectionString: postgresUrlWithDefaultUser(url),
    types: { getTypeParser: typeParsers(pgModule) },
  });
  try {
    await client.connect();
  } catch (err) {
    throw new Error(`cannot connect to PostgreSQL: ${(err as Error).message}`, { cause: err });
  }
  const query = async (sql: string, params: readonly SqlValue[]) =>
    client.query({ text: numberPlaceholders(sql), values: [...params] });
  const inTransaction = async <T>(begin: string, fn: () => Promise<T>): Promise<T> => {
    await client.query(begin);
    try {
      const result = await fn();
      await client.query("commit");
      return result;
    } catch (err) {
      await client.query("rollback").catch(() => {});
      throw err;
    }
  };
  return {
    dialect: "postgres",
    async all<T>(sql: string, params: readonly SqlValue[] = []) {
      return (await query(sql, params)).rows as T[];
    },
    async run(sql, params = []) {
      return (await query(sql, params)).rowCount ?? 0;
    },
    transaction: (fn) => inTransaction("begin", fn),
    snapshot: (fn) => inTransaction("begin isolation level repeatable read read only", fn),
    async close() {
      await client.end();
    },
  };
}

/** bigint (int8) as a JS number, as SQLite gives it, so rows read the same from both stores. */
const INT8 = 20;
const typeParsers = (pgModule: typeof pg) =>
  ((oid: number, format?: "text" | "binary") =>
    oid === INT8
      ? (value: string) => Number(value)
      : pgModule.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser;

/** `?` → `$1`, `$2`, ... outside quoted strings. */
function numberPlaceholders(sql: string): string {
  let n = 0;
  let quoted = false;
  let out = "";
  for (const ch of sql) {
    if (ch === "'") quoted = !quoted;
    out += ch === "?" && !quoted ? `$${++n}` : ch;
  }
  return out;
}
