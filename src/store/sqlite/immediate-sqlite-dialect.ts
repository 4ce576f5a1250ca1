// Kysely's SQLite dialect with two changes: write transactions start with BEGIN IMMEDIATE (so a
// second process waits on busy_timeout instead of failing to upgrade a read lock), and prepared
// statements are reused instead of compiled for every query.
import type { Database as SqliteDatabase, Statement } from "better-sqlite3-multiple-ciphers";
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteDriver,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
} from "kysely";

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

const CACHED_STATEMENTS = 500;

function withStatementCache(db: SqliteDatabase) {
  const cache = new Map<string, Statement>();
  return {
    close: () => db.close(),
    prepare(sqlText: string): Statement {
      let statement = cache.get(sqlText);
      if (!statement) {
        statement = db.prepare(sqlText);
        if (cache.size >= CACHED_STATEMENTS) cache.delete(cache.keys().next().value!);
        cache.set(sqlText, statement);
      }
      return statement;
    },
  };
}

export class ImmediateSqliteDialect implements Dialect {
  constructor(private readonly db: SqliteDatabase) {}

  createAdapter() {
    return new SqliteAdapter();
  }
  createDriver(): Driver {
    return new ImmediateSqliteDriver({ database: withStatementCache(this.db) });
  }
  createQueryCompiler() {
    return new SqliteQueryCompiler();
  }
  createIntrospector(db: Kysely<unknown>) {
    return new SqliteIntrospector(db);
  }
}
