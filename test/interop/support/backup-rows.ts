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
  return out;
}
