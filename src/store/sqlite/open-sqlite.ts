// Opens the embedded database file: optional encryption key first (it must precede any read),
// then WAL and foreign keys. Waiting for another connection's lock is done asynchronously by
// the driver (immediate-sqlite-dialect.ts), so SQLite's own busy wait stays short.
import Database from "better-sqlite3-multiple-ciphers";
import { createDatabase } from "../kysely-database";
import { createSystemStore } from "../kysely-system-store";
import type { SystemStore } from "../store";
import { startBackgroundCheckpoints, type BackgroundCheckpoints } from "./background-checkpoints";
import { ImmediateSqliteDialect } from "./immediate-sqlite-dialect";
import { sqliteAdapter } from "./sqlite-adapter";

/** Only for the rare lock inside a transaction (WAL recovery); everything else waits in the driver. */
const BUSY_TIMEOUT_MS = 50;
const PAGE_CACHE_KIB = 64 * 1024;
export const WRONG_KEY_MESSAGE = "cannot open the database: wrong key or not a Tessera database";

/**
 * The second connection for single reads (immediate-sqlite-dialect.ts): read-only, with its own
 * page cache; WAL lets it read the last commit while the main connection is in a transaction.
 */
function openReaderOf(options: { file: string; key?: string }): Database.Database {
  const reader = new Database(options.file, { readonly: true, timeout: BUSY_TIMEOUT_MS });
  try {
    if (options.key) reader.pragma(`key='${options.key.replaceAll("'", "''")}'`);
    reader.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    reader.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
    return reader;
  } catch (err) {
    reader.close();
    throw err;
  }
}

export async function openSqliteStore(options: {
  file: string;
  key?: string;
  /** A long-running server: WAL checkpoints on a worker thread, not in a commit (background-checkpoints.ts). */
  backgroundCheckpoints?: boolean;
}): Promise<SystemStore> {
  const raw = new Database(options.file, { timeout: BUSY_TIMEOUT_MS });
  try {
    if (options.key) raw.pragma(`key='${options.key.replaceAll("'", "''")}'`);
    // The first read fails here, not later, when the key is wrong or the file is something else.
    raw.prepare("select count(*) from sqlite_master").get();
    raw.pragma("journal_mode = WAL");
    raw.pragma("foreign_keys = ON");
    raw.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    raw.pragma("synchronous = NORMAL");
    // SQLite's default page cache is 2 MiB; at ten years of a practice (scale M, 750 MiB) a
    // client's pieces lie on pages all over the file, and every miss is a read and a decrypt.
    // The cache grows only as pages are read, so a short CLI run pays nothing for it.
    raw.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
  } catch (err) {
    raw.close();
    const code = (err as { code?: string }).code;
    if (code === "SQLITE_NOTADB") throw new Error(WRONG_KEY_MESSAGE, { cause: err });
    throw err;
  }
  let checkpoints: BackgroundCheckpoints | null = null;
  if (options.backgroundCheckpoints) checkpoints = startBackgroundCheckpoints(raw, options);
  // An in-memory database is one connection's own: a second one would open another, empty one.
  const openReader = raw.memory ? null : () => openReaderOf(options);
  const db = createDatabase(new ImmediateSqliteDialect(raw, () => checkpoints?.stop(), openReader));
  return createSystemStore(db, sqliteAdapter);
}
