// Erasure of a client (GDPR Art. 17): every clinical record of theirs and their portal login are
// deleted in one transaction, an audit record says that an erasure happened (ids only, no
// content), and the database is then compacted so the deleted text is gone from the file too:
// SQLite merges the full-text index, rewrites the file with VACUUM and empties the -wal;
// PostgreSQL rewrites the affected tables with VACUUM FULL. Earlier backups still hold the client
// until they are rotated out (docs/client-rights.md).
import type { StoreConfig } from "../../store/open-store";
import { newId } from "../../store/new-id";
import { openRawDatabase, type RawDatabase } from "../raw/raw-database";
import { listTables, portableColumns, quote } from "../backup/backup-tables";

export interface ErasureSummary {
  clientId: string;
  practiceId: string;
  /** Rows deleted per table. */
  deleted: Record<string, number>;
}

/**
 * Children first, so no foreign key is left pointing at a deleted row. Any other table with a
 * client_id column (added by a later migration) is emptied of the client before these.
 */
const CLIENT_TABLES = [
  "search_documents",
  "piece_threads",
  "thread_status_changes",
  "pieces",
  "measure_responses",
  "consents",
  "reflections",
  "sessions",
  "threads",
  "characters",
  "courses",
  "life_events",
] as const;

export async function eraseClient(
  config: StoreConfig,
  clientId: string,
  by: { userId: string | null },
): Promise<ErasureSummary> {
  const raw = await openRawDatabase(config);
  try {
    // Pages freed by the deletes are overwritten with zeros, not merely put on the free list.
    if (raw.dialect === "sqlite") await raw.run("pragma secure_delete = on");
    const summary = await raw.transaction(async () => {
      const [client] = await raw.all<{ practice_id: string }>(
        "select practice_id from clients where id = ?",
        [clientId],
      );
      if (!client) throw new Error(`no client with id ${clientId}`);
      const deleted: Record<string, number> = {};
      for (const table of await otherClientTables(raw)) {
        deleted[table] = await raw.run(`delete from ${quote(table)} where client_id = ?`, [clientId]);
      }
      for (const table of CLIENT_TABLES) {
        deleted[table] =
          table === "piece_threads"
            ? await raw.run(
                "delete from piece_threads where piece_id in (select id from pieces where client_id = ?)",
                [clientId],
              )
            : await raw.run(`delete from ${quote(table)} where client_id = ?`, [clientId]);
      }
      // The client's portal login and its sessions.
      deleted.login_sessions = await raw.run(
        "delete from login_sessions where user_id in (select id from users where client_id = ?)",
        [clientId],
      );
      deleted.users = await raw.run("delete from users where client_id = ?", [clientId]);
      deleted.clients = await raw.run("delete from clients where id = ?", [clientId]);
      await raw.run(
        "insert into audit_log (id, practice_id, at, user_id, action, resource_type, resource_id, client_id) values (?, ?, ?, ?, ?, ?, ?, ?)",
        [
          newId(),
          client.practice_id,
          new Date().toISOString(),
          by.userId,
          "delete",
          "client",
          clientId,
          clientId,
        ],
      );
      return { clientId, practiceId: client.practice_id, deleted };
    });
    await compact(raw, Object.keys(summary.deleted));
    return summary;
  } finally {
    await raw.close();
  }
}

/** The audit trail keeps its ids; login sessions, users and the client row go last, by hand. */
const LAST = new Set<string>([...CLIENT_TABLES, "audit_log", "login_sessions", "users", "clients"]);

async function otherClientTables(raw: RawDatabase): Promise<string[]> {
  const tables = [];
  for (const table of await listTables(raw)) {
    if (!LAST.has(table) && (await portableColumns(raw, table)).includes("client_id")) tables.push(table);
  }
  return tables;
}

/** `tables`: every table rows were deleted from (drafts and amendments included, not only the fixed list). */
async function compact(raw: RawDatabase, tables: string[]): Promise<void> {
  if (raw.dialect === "sqlite") {
    // Deleted rows leave their words in older FTS5 segments until they are merged.
    await raw.run("insert into search_fts(search_fts) values ('optimize')");
    await raw.run("vacuum");
    await raw.run("pragma wal_checkpoint(truncate)");
    return;
  }
  for (const table of new Set([...tables, ...CLIENT_TABLES, "users", "login_sessions", "clients"]))
    await raw.run(`vacuum full ${quote(table)}`);
}
