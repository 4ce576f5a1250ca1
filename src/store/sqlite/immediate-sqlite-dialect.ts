// Kysely's SQLite dialect, with its driver rewritten for a server: write transactions start with
// BEGIN IMMEDIATE (so two writers queue instead of failing to upgrade a read lock), a locked
// database is waited for asynchronously (better-sqlite3's own busy wait would block the event
// loop, and with it the connection holding the lock when both live in one process), and
// prepared statements are reused.
import type { Database as SqliteDatabase, Statement } from "better-sqlite3-multiple-ciphers";
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from "kysely";

/** How long a statement waits for another connection's write lock before failing. */
const LOCK_WAIT_MS = 10_000;
const CACHED_STATEMENTS = 500;

class RetryingConnection implements DatabaseConnection {
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly db: SqliteDatabase) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const deadline = Date.now() + LOCK_WAIT_MS;
    for (let wait = 2; ; wait = Math.min(wait * 2, 100)) {
      try {
        return this.run<R>(query);
      } catch (err) {
        // Only a statement outside a transaction (or the BEGIN itself) is safe to repeat.
        const busy = (err as { code?: string }).code === "SQLITE_BUSY";
        if (!busy || this.db.inTransaction || Date.now() > deadline) throw err;
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("streaming is not used by Tessera");
  }

  private run<R>(query: CompiledQuery): QueryResult<R> {
    const statement = this.prepare(query.sql);
    const parameters = query.parameters as unknown[];
    if (statement.reader) return { rows: statement.all(parameters) as R[] };
    const { changes, lastInsertRowid } = statement.run(parameters);
    return { rows: [], numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid) };
  }

  private prepare(sqlText: string): Statement {
    let statement = this.statements.get(sqlText);
    if (!statement) {
      statement = this.db.prepare(sqlText);
      if (this.statements.size >= CACHED_STATEMENTS)
        this.statements.delete(this.statements.keys().next().value!);
      this.statements.set(sqlText, statement);
    }
    return statement;
  }
}

/** One connection, handed to one query or transaction at a time. */
class ImmediateSqliteDriver implements Driver {
  private readonly connection: RetryingConnection;
  private queue: Promise<void> = Promise.resolve();
  private release: (() => void) | null = null;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly beforeClose?: () => Promise<void> | undefined,
  ) {
    this.connection = new RetryingConnection(db);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.queue;
    let release!: () => void;
    this.queue = new Promise((resolve) => (release = resolve));
    await previous;
    this.release = release;
    return this.connection;
  }

  async releaseConnection(): Promise<void> {
    const release = this.release;
    this.release = null;
    release?.();
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("commit"));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    // The transaction may already be gone (SQLite rolls back on some errors by itself).
    if (this.db.inTransaction) await connection.executeQuery(CompiledQuery.raw("rollback"));
  }

  async destroy(): Promise<void> {
    await this.beforeClose?.();
    this.db.close();
  }
}

export class ImmediateSqliteDialect implements Dialect {
  /** `beforeClose` runs before the connection closes (stopping what else holds the file open). */
  constructor(
    private readonly db: SqliteDatabase,
    private readonly beforeClose?: () => Promise<void> | undefined,
  ) {}

  createAdapter() {
    return new SqliteAdapter();
  }
  createDriver(): Driver {
    return new ImmediateSqliteDriver(this.db, this.beforeClose);
  }
  createQueryCompiler() {
    return new SqliteQueryCompiler();
  }
  createIntrospector(db: Kysely<unknown>) {
    return new SqliteIntrospector(db);
  }
}
