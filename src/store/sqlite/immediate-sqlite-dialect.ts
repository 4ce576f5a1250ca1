// Kysely's SQLite dialect, with its driver rewritten for a server: write transactions start with
// BEGIN IMMEDIATE (so two writers queue instead of failing to upgrade a read lock), a locked
// database is waited for asynchronously (better-sqlite3's own busy wait would block the event
// loop, and with it the connection holding the lock when both live in one process), and
// prepared statements are reused. A statement that only reads, outside a transaction, never queues
// behind a write transaction that holds the main connection across awaits: it goes to a second,
// read-only connection to the same file and sees the last commit (WAL) (issue 16: under a mixed
// load, every read waited for each save's ten statements).
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
const PRAGMA = /^\s*pragma\b/i;

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

  /** Runs now, or answers null when the file is locked (a retry later might land in another's transaction). */
  runUnlessBusy<R>(query: CompiledQuery): QueryResult<R> | null {
    try {
      return this.run<R>(query);
    } catch (err) {
      if ((err as { code?: string }).code === "SQLITE_BUSY") return null;
      throw err;
    }
  }

  private run<R>(query: CompiledQuery): QueryResult<R> {
    const statement = this.prepare(query.sql);
    const parameters = query.parameters as unknown[];
    if (statement.reader) return { rows: statement.all(parameters) as R[] };
    const { changes, lastInsertRowid } = statement.run(parameters);
    return { rows: [], numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid) };
  }

  /** The connection's prepared statement for `sqlText` (prepared once, then reused). */
  prepare(sqlText: string): Statement {
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

/**
 * The main connection is handed to one transaction or writing statement at a time. What Kysely
 * acquires is a lease: it takes the main connection when a transaction begins, or for a single
 * statement that writes. A single read runs on the main connection when nobody holds or awaits it,
 * else on the reader (when there is one) instead of waiting.
 */
class Lease implements DatabaseConnection {
  /** Set while this lease holds the main connection (a transaction, or one writing statement). */
  holding: (() => void) | null = null;

  constructor(private readonly driver: ImmediateSqliteDriver) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.holding) return this.driver.main.executeQuery(query);
    if (this.driver.mayRead(query.sql)) {
      // Nobody holds or awaits the main connection: the read runs there, at once and alone (the
      // statement runs synchronously). Only while someone does is the reader needed.
      const now = this.driver.idle() ? this.driver.main.runUnlessBusy<R>(query) : null;
      return now ?? this.driver.reader().executeQuery(query);
    }
    await this.driver.hold(this);
    try {
      return await this.driver.main.executeQuery(query);
    } finally {
      this.driver.letGo(this);
    }
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("streaming is not used by Tessera");
  }
}

class ImmediateSqliteDriver implements Driver {
  readonly main: RetryingConnection;
  private queue: Promise<void> = Promise.resolve();
  /** Leases holding or waiting for the main connection. */
  private waiting = 0;
  /** Opened at the first read that would otherwise wait (opening an encrypted file derives its key: ~50 ms). */
  private readerDb: SqliteDatabase | null = null;
  private readerConnection: RetryingConnection | null = null;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly openReader: (() => SqliteDatabase) | null,
    private readonly beforeClose?: () => Promise<void> | undefined,
  ) {
    this.main = new RetryingConnection(db);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new Lease(this);
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    this.letGo(connection as Lease);
  }

  /** Waits for the main connection and gives it to `lease`. */
  async hold(lease: Lease): Promise<void> {
    const previous = this.queue;
    let release!: () => void;
    this.queue = new Promise((resolve) => (release = resolve));
    this.waiting++;
    await previous;
    lease.holding = () => {
      this.waiting--;
      release();
    };
  }

  letGo(lease: Lease): void {
    const release = lease.holding;
    lease.holding = null;
    release?.();
  }

  idle(): boolean {
    return this.waiting === 0;
  }

  /** True for a statement that does not write, when there is a reader (SQLite says so of the prepared statement). */
  mayRead(sqlText: string): boolean {
    // A pragma may set something on its connection (foreign_keys) while counting as read-only.
    if (!this.openReader || PRAGMA.test(sqlText)) return false;
    try {
      return this.main.prepare(sqlText).readonly;
    } catch {
      // The main connection reports what is wrong with it when it runs it.
      return false;
    }
  }

  reader(): RetryingConnection {
    if (!this.readerConnection) {
      this.readerDb = this.openReader!();
      this.readerConnection = new RetryingConnection(this.readerDb);
    }
    return this.readerConnection;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const lease = connection as Lease;
    await this.hold(lease);
    try {
      await this.main.executeQuery(CompiledQuery.raw("begin immediate"));
    } catch (err) {
      this.letGo(lease);
      throw err;
    }
  }

  async commitTransaction(): Promise<void> {
    await this.main.executeQuery(CompiledQuery.raw("commit"));
  }

  async rollbackTransaction(): Promise<void> {
    // The transaction may already be gone (SQLite rolls back on some errors by itself).
    if (this.db.inTransaction) await this.main.executeQuery(CompiledQuery.raw("rollback"));
  }

  async destroy(): Promise<void> {
    await this.beforeClose?.();
    this.readerDb?.close();
    this.db.close();
  }
}

export class ImmediateSqliteDialect implements Dialect {
  /**
   * `openReader`: opens a second connection to the same file for single reads (null: everything
   * on `db`). `beforeClose` runs before the connections close (stopping what else holds the file open).
   */
  constructor(
    private readonly db: SqliteDatabase,
    private readonly beforeClose?: () => Promise<void> | undefined,
    private readonly openReader: (() => SqliteDatabase) | null = null,
  ) {}

  createAdapter() {
    return new SqliteAdapter();
  }
  createDriver(): Driver {
    return new ImmediateSqliteDriver(this.db, this.openReader, this.beforeClose);
  }
  createQueryCompiler() {
    return new SqliteQueryCompiler();
  }
  createIntrospector(db: Kysely<unknown>) {
    return new SqliteIntrospector(db);
  }
}
