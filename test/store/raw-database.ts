// A raw Kysely over a test store's database, for migration tests that write the schema as it was
// before a migration (snake_case rows, no camel-case plugin).
import BetterSqlite from "better-sqlite3-multiple-ciphers";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import { join } from "node:path";
import pg from "pg";
import { runMigrations } from "../../src/store/migrate";
import { MIGRATIONS } from "../../src/store/migrations";
import { SQLITE_FILE, type StoreConfig } from "../../src/store/open-store";
import { postgresAdapter } from "../../src/store/postgres/postgres-adapter";
import { sqliteAdapter } from "../../src/store/sqlite/sqlite-adapter";
import { postgresUrlWithDefaultUser } from "../../src/store/postgres/open-postgres";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see raw snake_case rows
export function rawDatabase(config: StoreConfig): Kysely<any> {
  if (config.databaseUrl) {
    const pool = new pg.Pool({ connectionString: postgresUrlWithDefaultUser(config.databaseUrl), max: 1 });
    return new Kysely({ dialect: new PostgresDialect({ pool }) });
  }
  return new Kysely({
    dialect: new SqliteDialect({ database: new BetterSqlite(join(config.dataDir, SQLITE_FILE)) }),
  });
}

/** Migrates a fresh test database up to, not including, the migration named `before` ("021"). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see raw snake_case rows
export async function migrateBefore(raw: Kysely<any>, config: StoreConfig, before: string): Promise<void> {
  const adapter = config.databaseUrl ? postgresAdapter : sqliteAdapter;
  await runMigrations(
    raw,
    adapter,
    MIGRATIONS.filter((m) => m.name < before),
  );
}
