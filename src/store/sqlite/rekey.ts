// Re-encrypts the embedded database with a new key (SQLite3 Multiple Ciphers' PRAGMA rekey).
// Rekeying is not possible in WAL mode, so the journal is switched to DELETE and back around it.
// Tessera must not be running on this database meanwhile.
import Database from "better-sqlite3-multiple-ciphers";
import { WRONG_KEY_MESSAGE } from "./open-sqlite";

export function rekeySqlite(file: string, oldKey: string | undefined, newKey: string): void {
  const raw = new Database(file, { timeout: 5000 });
  try {
    if (oldKey) raw.pragma(`key='${oldKey.replaceAll("'", "''")}'`);
    try {
      raw.prepare("select count(*) from sqlite_master").get();
    } catch (err) {
      if ((err as { code?: string }).code === "SQLITE_NOTADB")
        throw new Error(WRONG_KEY_MESSAGE, { cause: err });
      throw err;
    }
    raw.pragma("wal_checkpoint(TRUNCATE)");
    raw.pragma("journal_mode = DELETE");
    raw.pragma(`rekey='${newKey.replaceAll("'", "''")}'`);
    raw.pragma("journal_mode = WAL");
  } finally {
    raw.close();
  }
}
