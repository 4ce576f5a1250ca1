// Which tables a backup carries, in the order restore inserts them (parents before children),
// read from the live schema so a column added by a migration is carried without a change here.
// A table neither listed nor skipped makes backup fail: a new table must be placed here first.
import type { RawDatabase, SqlValue } from "../raw/raw-database";

export interface TableSpec {
  name: string;
  /** Primary key columns: rows are read and written in this order. */
  key: readonly string[];
}

export const BACKUP_TABLES: readonly TableSpec[] = [
  { name: "practices", key: ["id"] },
  { name: "clients", key: ["id"] },
  { name: "users", key: ["id"] },
  { name: "audit_log", key: ["id"] },
  { name: "life_events", key: ["id"] },
  { name: "courses", key: ["id"] },
  { name: "sessions", key: ["id"] },
  { name: "characters", key: ["id"] },
  { name: "threads", key: ["id"] },
  { name: "reflections", key: ["id"] },
  { name: "pieces", key: ["id"] },
  { name: "piece_threads", key: ["piece_id", "thread_id"] },
  { name: "measure_responses", key: ["id"] },
  { name: "consents", key: ["id"] },
  { name: "search_documents", key: ["id"] },
];

/** Not carried: login sessions and rate-limit counters are short-lived; migrations are in the header. */
const SKIPPED = new Set(["login_sessions", "rate_limits", "tessera_migrations"]);
/** Index columns only one dialect has; the other dialect derives its own on insert. */
const DIALECT_COLUMNS: Record<string, readonly string[]> = { search_documents: ["seq", "tsv"] };

export async function listTables(raw: RawDatabase): Promise<string[]> {
  const rows =
    raw.dialect === "sqlite"
      ? await raw.all<{ name: string }>(
          "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'search_fts%'",
        )
      : await raw.all<{ name: string }>(
          "select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'",
        );
  return rows.map((r) => r.name).sort();
}

/** Fails when the database has a table this file does not know, so nothing is silently left out. */
export async function checkTablesKnown(raw: RawDatabase): Promise<void> {
  const known = new Set(BACKUP_TABLES.map((t) => t.name));
  const unknown = (await listTables(raw)).filter((t) => !known.has(t) && !SKIPPED.has(t));
  if (unknown.length > 0) throw new Error(`backup does not know the table(s) ${unknown.join(", ")}`);
}

export async function portableColumns(raw: RawDatabase, table: string): Promise<string[]> {
  const rows =
    raw.dialect === "sqlite"
      ? await raw.all<{ name: string }>("select name from pragma_table_info(?) order by cid", [table])
      : await raw.all<{ name: string }>(
          "select column_name as name from information_schema.columns where table_schema = current_schema() and table_name = ? order by ordinal_position",
          [table],
        );
  const skip = DIALECT_COLUMNS[table] ?? [];
  return rows.map((r) => r.name).filter((c) => !skip.includes(c));
}

export async function appliedMigrations(raw: RawDatabase): Promise<string[]> {
  const rows = await raw.all<{ name: string }>("select name from tessera_migrations order by name");
  return rows.map((r) => r.name);
}

const PAGE = 1000;

/** Rows of one table as value arrays in `columns` order, by primary key, a page at a time. */
export async function* readRows(
  raw: RawDatabase,
  table: TableSpec,
  columns: readonly string[],
): AsyncGenerator<SqlValue[]> {
  const keyIndex = table.key.map((k) => columns.indexOf(k));
  const list = columns.map(quote).join(", ");
  const keys = table.key.map(quote).join(", ");
  let after: SqlValue[] | null = null;
  for (;;) {
    const where: string = after ? `where (${keys}) > (${table.key.map(() => "?").join(", ")})` : "";
    const rows: Record<string, SqlValue>[] = await raw.all(
      `select ${list} from ${quote(table.name)} ${where} order by ${keys} limit ${PAGE}`,
      after ?? [],
    );
    for (const row of rows) yield columns.map((c) => row[c] ?? null);
    if (rows.length < PAGE) return;
    const last = rows[rows.length - 1]!;
    after = keyIndex.map((_, i) => last[table.key[i]!] ?? null);
  }
}

export function quote(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a table or column name: ${name}`);
  return `"${name}"`;
}
