// Which tables a backup carries and in what order: every table of the schema except the
// short-lived ones, parents before children (from the foreign keys), each read by its primary
// key. Read from the live schema, so a table or column added by a migration is carried without
// a change here.
import type { RawDatabase, SqlValue } from "../raw/raw-database";

export interface TableSpec {
  name: string;
  /** Primary key columns: rows are read in this order. */
  key: readonly string[];
  columns: readonly string[];
}

/**
 * The tables a backup leaves out on purpose, each with its reason (a test fails when a live
 * table is neither carried nor listed here). People log in again after a restore.
 */
export const NOT_CARRIED: Readonly<Record<string, string>> = {
  login_sessions: "short-lived: logins end with the move; people log in again",
  known_devices: "short-lived: remembered browsers are asked again for their second factor",
  password_resets: "short-lived: one-time reset links expire within hours",
  login_throttle: "short-lived: counters of failed logins",
  rate_limits: "short-lived: request counters per window",
  tessera_migrations: "in the header instead (the migrations the source had applied)",
  client_region_counts: "derived: kept by triggers from the pieces, so restoring the pieces rebuilds it",
  client_month_counts: "derived: kept by triggers from the pieces, so restoring the pieces rebuilds it",
  thread_session_counts: "derived: kept by triggers from the thread links, so restoring them rebuilds it",
  session_places: "derived: kept by triggers from the sessions, so restoring them rebuilds it",
};
/** Index columns only one dialect has; the other dialect derives its own on insert (SQLite's team by trigger). */
const DIALECT_COLUMNS: Record<string, readonly string[]> = { search_documents: ["seq", "tsv", "team"] };

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

/** The carried tables with their columns and keys, parents first. */
export async function planTables(raw: RawDatabase): Promise<TableSpec[]> {
  const names = (await listTables(raw)).filter((t) => !(t in NOT_CARRIED));
  const carried = new Set(names);
  const specs = new Map<string, TableSpec>();
  const parents = new Map<string, Set<string>>();
  for (const name of names) {
    const columns = await portableColumns(raw, name);
    const key = await primaryKey(raw, name);
    specs.set(name, { name, key: key.length ? key : columns, columns });
    parents.set(name, new Set((await parentTables(raw, name)).filter((p) => p !== name && carried.has(p))));
  }
  // Kahn's order, alphabetical among the ready ones, so the plan is the same on every store.
  const ordered: TableSpec[] = [];
  const left = new Set(names);
  while (left.size > 0) {
    const ready = [...left].filter((t) => [...parents.get(t)!].every((p) => !left.has(p))).sort();
    if (ready.length === 0)
      throw new Error(`the tables ${[...left].join(", ")} refer to each other in a cycle`);
    for (const t of ready) {
      ordered.push(specs.get(t)!);
      left.delete(t);
    }
  }
  return ordered;
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

async function primaryKey(raw: RawDatabase, table: string): Promise<string[]> {
  const rows =
    raw.dialect === "sqlite"
      ? await raw.all<{ name: string }>("select name from pragma_table_info(?) where pk > 0 order by pk", [
          table,
        ])
      : await raw.all<{ name: string }>(
          `select a.attname as name from pg_index i
           join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
           where i.indrelid = to_regclass(quote_ident(current_schema()) || '.' || quote_ident(?)) and i.indisprimary
           order by array_position(i.indkey, a.attnum)`,
          [table],
        );
  return rows.map((r) => r.name);
}

async function parentTables(raw: RawDatabase, table: string): Promise<string[]> {
  const rows =
    raw.dialect === "sqlite"
      ? await raw.all<{ parent: string }>(
          'select distinct "table" as parent from pragma_foreign_key_list(?)',
          [table],
        )
      : await raw.all<{ parent: string }>(
          `select distinct p.relname as parent from pg_constraint c join pg_class p on p.oid = c.confrelid
           where c.contype = 'f' and c.conrelid = to_regclass(quote_ident(current_schema()) || '.' || quote_ident(?))`,
          [table],
        );
  return rows.map((r) => r.parent);
}

export async function appliedMigrations(raw: RawDatabase): Promise<string[]> {
  const rows = await raw.all<{ name: string }>("select name from tessera_migrations order by name");
  return rows.map((r) => r.name);
}

const PAGE = 1000;

/** Rows of one table as value arrays in `columns` order, by primary key, a page at a time. */
export async function* readRows(raw: RawDatabase, table: TableSpec): AsyncGenerator<SqlValue[]> {
  const list = table.columns.map(quote).join(", ");
  const keys = table.key.map(quote).join(", ");
  let after: SqlValue[] | null = null;
  for (;;) {
    const where: string = after ? `where (${keys}) > (${table.key.map(() => "?").join(", ")})` : "";
    const rows: Record<string, SqlValue>[] = await raw.all(
      `select ${list} from ${quote(table.name)} ${where} order by ${keys} limit ${PAGE}`,
      after ?? [],
    );
    for (const row of rows) yield table.columns.map((c) => row[c] ?? null);
    if (rows.length < PAGE) return;
    const last = rows[rows.length - 1]!;
    after = table.key.map((k) => last[k] ?? null);
  }
}

export function quote(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a table or column name: ${name}`);
  return `"${name}"`;
}
