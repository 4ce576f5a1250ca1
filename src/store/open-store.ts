// Chooses and opens the store: PostgreSQL when a postgres:// URL is configured, otherwise the
// embedded SQLite file <dataDir>/tessera.db (encrypted at rest when a key is given).
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { openPostgresStore } from "./postgres/open-postgres";
import { createKeyFile, keyFilePath, readKeyFile } from "./sqlite/key-file";
import { openSqliteStore } from "./sqlite/open-sqlite";
import type { SystemStore } from "./store";

export interface StoreConfig {
  /** Folder of the embedded database; created if missing. */
  dataDir: string;
  /** A postgres:// (or postgresql://) URL switches to PostgreSQL. */
  databaseUrl?: string;
  /** SQLite only: the encryption key (PRAGMA key). */
  dbKey?: string;
  /** SQLite only: a server's WAL checkpoints on a worker thread (sqlite/background-checkpoints.ts). */
  backgroundCheckpoints?: boolean;
}

export const SQLITE_FILE = "tessera.db";

/** Opens the store; call `migrate()` before use (the server does at start). */
export async function openStore(config: StoreConfig): Promise<SystemStore> {
  if (config.databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(config.databaseUrl)) {
      throw new Error("TESSERA_DATABASE_URL must be a postgres:// URL");
    }
    return openPostgresStore({ url: config.databaseUrl });
  }
  mkdirSync(config.dataDir, { recursive: true });
  return openSqliteStore({
    file: join(config.dataDir, SQLITE_FILE),
    key: config.dbKey,
    backgroundCheckpoints: config.backgroundCheckpoints,
  });
}

/**
 * TESSERA_DATA (default ./data), TESSERA_DATABASE_URL, TESSERA_DB_KEY; empty values count as
 * unset. Without TESSERA_DB_KEY the embedded store's key comes from its key file when there is
 * one (see sqlite/key-file.ts; `tessera serve` creates it on first start).
 */
export function storeConfigFromEnv(env: Record<string, string | undefined>): StoreConfig {
  const config: StoreConfig = { dataDir: env.TESSERA_DATA || "./data" };
  if (env.TESSERA_DATABASE_URL) config.databaseUrl = env.TESSERA_DATABASE_URL;
  if (env.TESSERA_DB_KEY) config.dbKey = env.TESSERA_DB_KEY;
  else if (!config.databaseUrl) {
    const fromFile = readKeyFile(keyFilePath(config.dataDir, env));
    if (fromFile) config.dbKey = fromFile;
  }
  return config;
}

/**
 * Trust (issue 14): encryption at rest by default. For a new embedded database without a key,
 * creates the key file and answers the config with its key and the file's path; an existing
 * database (encrypted or not) and PostgreSQL are left as they are.
 */
export function withDefaultKey(
  config: StoreConfig,
  env: Record<string, string | undefined> = {},
): { config: StoreConfig; createdKeyFile: string | null } {
  if (config.databaseUrl || config.dbKey || existsSync(join(config.dataDir, SQLITE_FILE))) {
    return { config, createdKeyFile: null };
  }
  const path = keyFilePath(config.dataDir, env);
  const { key, created } = createKeyFile(path);
  return { config: { ...config, dbKey: key }, createdKeyFile: created ? path : null };
}
