// Fresh databases for tests, one per open(), so test files run in parallel. SQLite gets a new
// temp folder; PostgreSQL a new schema (search_path set in the connection options) dropped on
// close. Under CI=true PostgreSQL must answer; elsewhere its tests skip with a one-line reason.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openStore, type StoreConfig } from "../../src/store/open-store";
import { postgresUrlWithDefaultUser } from "../../src/store/postgres/open-postgres";
import type { SystemStore } from "../../src/store/store";

export const TEST_POSTGRES_URL = process.env.TESSERA_TEST_DATABASE_URL || "postgres://127.0.0.1:5432/test";
const IN_CI = process.env.CI === "true";

export interface StoreTarget {
  name: "sqlite" | "postgres";
  /** A fresh store, migrated unless `migrate: false`; its close() also deletes the database. */
  open(options?: { migrate?: boolean; dbKey?: string }): Promise<SystemStore>;
  /** A fresh empty database as openStore/startTessera config; dispose() deletes it. */
  openConfig(options?: { dbKey?: string }): Promise<DisposableConfig>;
  /** Why this store's tests skip on this machine, or null when they run. */
  skip: string | null;
}

export interface DisposableConfig {
  config: StoreConfig;
  dispose(): Promise<void>;
}

const postgresSkip = IN_CI ? null : await postgresSkipReason();
if (postgresSkip) console.warn(`[store tests] ${postgresSkip}`);

export function storeTargets(): StoreTarget[] {
  return [target("sqlite", openSqliteConfig, null), target("postgres", openPostgresConfig, postgresSkip)];
}

function target(
  name: StoreTarget["name"],
  openConfig: (options?: { dbKey?: string }) => Promise<DisposableConfig>,
  skip: string | null,
): StoreTarget {
  return {
    name,
    skip,
    openConfig,
    async open(options = {}) {
      const { config, dispose } = await openConfig({ dbKey: options.dbKey });
      let store: SystemStore;
      try {
        store = await openStore(config);
        if (options.migrate !== false) await store.migrate();
      } catch (err) {
        await dispose();
        throw err;
      }
      const close = store.close.bind(store);
      return Object.assign(Object.create(Object.getPrototypeOf(store)), store, {
        async close() {
          await close();
          await dispose();
        },
      }) as SystemStore;
    },
  };
}

async function openSqliteConfig(options: { dbKey?: string } = {}): Promise<DisposableConfig> {
  const dataDir = await mkdtemp(join(tmpdir(), "tessera-test-"));
  return {
    config: { dataDir, ...(options.dbKey ? { dbKey: options.dbKey } : {}) },
    dispose: () => rm(dataDir, { recursive: true, force: true }),
  };
}

async function openPostgresConfig(): Promise<DisposableConfig> {
  const schema = `test_${process.pid}_${randomBytes(6).toString("hex")}`;
  await withAdminClient((c) => c.query(`create schema ${schema}`));
  const url = new URL(TEST_POSTGRES_URL);
  url.searchParams.set("options", `-c search_path=${schema}`);
  return {
    config: { dataDir: join(tmpdir(), "tessera-unused"), databaseUrl: url.toString() },
    dispose: () =>
      withAdminClient((c) => c.query(`drop schema if exists ${schema} cascade`)).then(() => undefined),
  };
}

async function withAdminClient<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({
    connectionString: postgresUrlWithDefaultUser(TEST_POSTGRES_URL),
    connectionTimeoutMillis: 5000,
  });
  try {
    await client.connect();
  } catch (err) {
    throw new Error(`PostgreSQL is not answering at ${TEST_POSTGRES_URL}: ${(err as Error).message}`, {
      cause: err,
    });
  }
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function postgresSkipReason(): Promise<string | null> {
  try {
    await withAdminClient((c) => c.query("select 1"));
    return null;
  } catch {
    return `PostgreSQL store tests skipped: nothing answers at ${TEST_POSTGRES_URL} (CI=true makes this an error)`;
  }
}
