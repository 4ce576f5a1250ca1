// Where a store's bytes go, beside the text it holds: per table and index from SQLite's dbstat
// (pages in use, so the figure does not depend on free pages a VACUUM would return) or from
// PostgreSQL's relation sizes.
//   npx tsx bench/size-breakdown.ts --store sqlite|postgres [--scale S] [--seed 1] [--top 15]
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
const TEXT = `select (select coalesce(sum(length(narrative) + length(check_in) + length(insights) + length(integration)), 0) from sessions)
  + (select coalesce(sum(length(text)), 0) from pieces) + (select coalesce(sum(length(text)), 0) from reflections) as bytes`;

let rows: Array<{ name: string; bytes: number }>;
let text: number;
if (store === "sqlite") {
  const file = values.file ?? join(benchStoreConfig(store, values.scale!, seed).dataDir, SQLITE_FILE);
  const db = new Database(file, { readonly: true });
  rows = db
    .prepare("select name, sum(pgsize - unused) as bytes from dbstat group by name order by bytes desc")
    .all() as typeof rows;
  text = (db.prepare(TEXT).get() as { bytes: number }).bytes;
  db.close();
} else {
  const raw = await openRawDb(store, values.scale!, seed);
  rows = (
    await raw.all<{ name: string; bytes: string }>(
      "select c.relname as name, pg_relation_size(c.oid) as bytes from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = current_schema() and c.relkind in ('r', 'i', 't') order by 2 desc",
    )
  ).map((r) => ({ name: r.name, bytes: Number(r.bytes) }));
  text = Number((await raw.all<{ bytes: string }>(TEXT))[0]!.bytes);
  await raw.close();
}
const total = rows.reduce((s, r) => s + r.bytes, 0);
const mib = (b: number) => (b / 2 ** 20).toFixed(2).padStart(8);
for (const r of rows.slice(0, Number(values.top))) console.log(`${mib(r.bytes)} MiB ${r.name}`);
console.log(
  `${mib(total)} MiB in use for ${mib(text).trim()} MiB of text: ${(total / text).toFixed(1)}× the text (${store})`,
);
