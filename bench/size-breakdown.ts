// Where a store's bytes go, beside the text it holds: per table and index from SQLite's dbstat
// (pages in use, so the figure does not depend on free pages a VACUUM would return) or from
// PostgreSQL's relation sizes.
//   npx tsx bench/size-breakdown.ts --store sqlite|postgres [--scale S] [--seed 1] [--top 15]
// After the list of structures, each table with its indexes (and SQLite's FTS5 shadow tables, or
// PostgreSQL's TOAST) summed, with the bytes per row.
import Database from "better-sqlite3-multiple-ciphers";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { SQLITE_FILE } from "../src/store/open-store";
import { benchStoreConfig, type StoreName } from "./bench-stores";
import { openRawDb } from "./raw-db";

const { values } = parseArgs({
  options: {
    store: { type: "string", default: "sqlite" },
    scale: { type: "string", default: "S" },
    seed: { type: "string", default: "1" },
    top: { type: "string", default: "15" },
    file: { type: "string" },
  },
});
const store = values.store as StoreName;
const seed = Number(values.seed);
const TABLES = ["pieces", "sessions", "search_documents", "audit_log", "piece_threads", "reflections"];
const TEXT = `select (select coalesce(sum(length(narrative) + length(check_in) + length(insights) + length(integration)), 0) from sessions)
  + (select coalesce(sum(length(text)), 0) from pieces) + (select coalesce(sum(length(text)), 0) from reflections) as bytes`;

let rows: Array<{ name: string; bytes: number }>;
/** Which table each structure belongs to (an index to its table, FTS5 shadows to search_documents). */
let owners: Map<string, string>;
let rowCounts: Map<string, number>;
let text: number;
if (store === "sqlite") {
  const file = values.file ?? join(benchStoreConfig(store, values.scale!, seed).dataDir, SQLITE_FILE);
  const db = new Database(file, { readonly: true });
  rows = db
    .prepare("select name, sum(pgsize - unused) as bytes from dbstat group by name order by bytes desc")
    .all() as typeof rows;
  text = (db.prepare(TEXT).get() as { bytes: number }).bytes;
  owners = new Map(
    (
      db.prepare("select name, tbl_name from sqlite_master").all() as Array<{
        name: string;
        tbl_name: string;
      }>
    ).map((r) => [r.name, r.name.startsWith("search_fts") ? "search_documents" : r.tbl_name]),
  );
  rowCounts = countRows(
    (table) => (db.prepare(`select count(*) as n from "${table}"`).get() as { n: number }).n,
  );
  db.close();
} else {
  const raw = await openRawDb(store, values.scale!, seed);
  rows = (
    await raw.all<{ name: string; bytes: string }>(
      "select c.relname as name, pg_relation_size(c.oid) as bytes from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = current_schema() and c.relkind in ('r', 'i', 't') order by 2 desc",
    )
  ).map((r) => ({ name: r.name, bytes: Number(r.bytes) }));
  text = Number((await raw.all<{ bytes: string }>(TEXT))[0]!.bytes);
  owners = new Map(
    (
      await raw.all<{ name: string; owner: string }>(
        `select c.relname as name, coalesce(t.relname, o.relname, c.relname) as owner from pg_class c
         join pg_namespace n on n.oid = c.relnamespace
         left join pg_index i on i.indexrelid = c.oid left join pg_class t on t.oid = i.indrelid
         left join pg_class o on o.reltoastrelid = c.oid
         where n.nspname = current_schema()`,
      )
    ).map((r) => [r.name, r.owner]),
  );
  const counts = new Map<string, number>();
  for (const r of await raw.all<{ table: string; n: string }>(
    "select relname as table, n_live_tup as n from pg_stat_user_tables where schemaname = current_schema()",
  ))
    counts.set(r.table, Number(r.n));
  rowCounts = counts;
  await raw.close();
}
const total = rows.reduce((s, r) => s + r.bytes, 0);

/** Rows of the tables that hold most of a practice, for bytes per row. */
function countRows(count: (table: string) => number): Map<string, number> {
  return new Map(TABLES.map((t) => [t, count(t)]));
}
const mib = (b: number) => (b / 2 ** 20).toFixed(2).padStart(8);
for (const r of rows.slice(0, Number(values.top))) console.log(`${mib(r.bytes)} MiB ${r.name}`);
console.log("by table, with its indexes:");
const byTable = new Map<string, number>();
for (const r of rows) {
  const owner = owners.get(r.name) ?? r.name;
  byTable.set(owner, (byTable.get(owner) ?? 0) + r.bytes);
}
for (const [table, bytes] of [...byTable].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) {
  const n = rowCounts.get(table);
  const perRow = n
    ? ` ${Math.round(bytes / n)
        .toString()
        .padStart(6)} bytes × ${n} rows`
    : "";
  console.log(
    `${mib(bytes)} MiB ${table.padEnd(28)} ${((100 * bytes) / total).toFixed(1).padStart(5)}%${perRow}`,
  );
}
console.log(
  `${mib(total)} MiB in use for ${mib(text).trim()} MiB of text: ${(total / text).toFixed(1)}× the text (${store})`,
);
