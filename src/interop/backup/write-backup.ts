// `tessera backup`: one consistent snapshot of the whole database (a read transaction, so a
// running server goes on writing meanwhile and rows still in SQLite's -wal file are included),
// written in the portable format through a temporary file renamed into place.
import type { StoreConfig } from "../../store/open-store";
import { writeFileAtomically } from "../atomic-file";
import { silentProgress, type Progress } from "../progress";
import { openRawDatabase } from "../raw/raw-database";
import { BackupEncoder } from "./backup-codec";
import { newEncryption } from "./backup-crypto";
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader } from "./backup-format";
import { appliedMigrations, planTables, quote, readRows } from "./backup-tables";

export interface BackupOptions {
  /** Encrypts the file with this passphrase; null writes it in the clear. */
  passphrase: string | null;
  progress?: Progress;
}

export interface BackupSummary {
  file: string;
  source: "sqlite" | "postgres";
  encrypted: boolean;
  rows: Record<string, number>;
  practiceIds: string[];
}

export async function writeBackup(
  config: StoreConfig,
  file: string,
  options: BackupOptions,
): Promise<BackupSummary> {
  const progress = options.progress ?? silentProgress;
  const raw = await openRawDatabase(config);
  try {
    let summary: BackupSummary | undefined;
    await writeFileAtomically(file, (write) =>
      raw.snapshot(async () => {
        const plan = await planTables(raw);
        const tables = plan.map((t) => ({ name: t.name, columns: [...t.columns] }));
        const header: BackupHeader = {
          format: BACKUP_FORMAT,
          version: BACKUP_VERSION,
          createdAt: new Date().toISOString(),
          source: raw.dialect,
          migrations: await appliedMigrations(raw),
          tables,
          encryption: options.passphrase ? newEncryption() : null,
        };
        const encoder = await BackupEncoder.start(header, options.passphrase, write);
        for (const spec of plan) {
          const [count] = await raw.all<{ n: number | string }>(
            `select count(*) as n from ${quote(spec.name)}`,
          );
          progress.stage(spec.name, Number(count?.n ?? 0));
          for await (const values of readRows(raw, spec)) {
            await encoder.writeRow(spec.name, values);
            progress.advance();
          }
        }
        const trailer = await encoder.finish();
        progress.done();
        const practices = await raw.all<{ id: string }>("select id from practices order by id");
        summary = {
          file,
          source: raw.dialect,
          encrypted: header.encryption !== null,
          rows: trailer.rows,
          practiceIds: practices.map((p) => p.id),
        };
      }),
    );
    return summary!;
  } finally {
    await raw.close();
  }
}
