// Applies pending migrations in one transaction, under the dialect's migration lock, so several
// app instances starting at once apply each migration exactly once.
import type { Kysely } from "kysely";
import type { DialectAdapter } from "./dialect";
import { MIGRATIONS, type Migration } from "./migrations";

const TABLE = "tessera_migrations";

export async function runMigrations(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>,
  adapter: DialectAdapter,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<string[]> {
  // Migrations name the real snake_case tables and columns, and read rows by them (002's backfill),
  // so they run without the store's CamelCasePlugin.
  return db
    .withoutPlugins()
    .transaction()
    .execute(async (trx) => {
      await adapter.lockForMigration(trx);
      await trx.schema
        .createTable(TABLE)
        .ifNotExists()
        .addColumn("name", "text", (c) => c.primaryKey())
        .addColumn("applied_at", "text", (c) => c.notNull())
        .execute();
      const applied = new Set(
        (await trx.selectFrom(TABLE).select("name").execute()).map((r) => r.name as string),
      );
      const done: string[] = [];
      for (const migration of migrations) {
        if (applied.has(migration.name)) continue;
        await migration.up(trx);
        await adapter.migrationSteps[migration.name]?.(trx);
        await trx
          .insertInto(TABLE)
          .values({ name: migration.name, applied_at: new Date().toISOString() })
          .execute();
        done.push(migration.name);
      }
      return done;
    });
}
