// Reads every row of a backup file into {table: rows as column→value objects}, for comparing
// what two backups hold regardless of the column order each store lists.
import { openBackup } from "../../../src/interop/backup/backup-codec";

export async function backupRows(file: string, passphrase: string | null = null) {
  const reader = await openBackup(file, passphrase);
  const columns = new Map(reader.header.tables.map((t) => [t.name, t.columns]));
  const out: Record<string, Record<string, unknown>[]> = {};
  for await (const [table, values] of reader.rows()) {
    const names = columns.get(table)!;
    const row = Object.fromEntries([...names].sort().map((c) => [c, values[names.indexOf(c)]]));
    (out[table] ??= []).push(row);
  }
  // Within a table the order is each store's key order (collations differ); compare as sets.
  for (const rows of Object.values(out))
    rows.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return out;
}
