import type { Command } from "commander";
import { writeBackup, type BackupSummary } from "../interop/backup/write-backup";
import { backupPassphrase } from "../interop/operator";
import { stderrProgress } from "../interop/progress";
import { openStore, storeConfigFromEnv } from "../store/open-store";

export function registerBackup(program: Command): void {
  program
    .command("backup")
    .description(
      "write a consistent backup of the whole database to FILE while Tessera may be running " +
        "(portable: restores into SQLite or PostgreSQL; encrypted with TESSERA_BACKUP_KEY, or TESSERA_DB_KEY when the store is encrypted)",
    )
    .argument("<file>", "the backup file to write (replaced only once the new one is complete)")
    .action(async (file: string) => {
      const config = storeConfigFromEnv(process.env);
      const passphrase = backupPassphrase(process.env);
      const store = await openStore(config);
      let summary: BackupSummary;
      try {
        // The schema the running server would have; the backup then records itself as an export.
        await store.migrate();
        summary = await writeBackup(config, file, { passphrase, progress: stderrProgress() });
        for (const practiceId of summary.practiceIds) {
          await store.recordAudit({
            practiceId,
            userId: null,
            action: "export",
            resourceType: "practice",
            resourceId: practiceId,
            clientId: null,
          });
        }
      } finally {
        await store.close();
      }
      const r = summary.rows;
      console.log(
        `backup written to ${file}: ${r.practices ?? 0} practice(s), ${r.clients ?? 0} client(s), ` +
          `${r.sessions ?? 0} session(s), ${summary.encrypted ? "encrypted" : "NOT encrypted"}`,
      );
      if (!summary.encrypted) console.error("tessera: set TESSERA_BACKUP_KEY to encrypt backups");
    });
}
