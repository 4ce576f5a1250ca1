import type { Command } from "commander";
import { restoreBackup } from "../interop/backup/restore-backup";
import { backupPassphrase } from "../interop/operator";
import { stderrProgress } from "../interop/progress";
import { storeConfigFromEnv } from "../store/open-store";
import { describeStore } from "./serve-command";

export function registerRestore(program: Command): void {
  program
    .command("restore")
    .description(
      "restore a backup FILE into an empty data folder (TESSERA_DATA) or database (TESSERA_DATABASE_URL); " +
        "the whole file is checked first and a damaged or truncated one is refused before anything is written",
    )
    .argument("<file>", "a file written by `tessera backup`")
    .action(async (file: string) => {
      const config = storeConfigFromEnv(process.env);
      const summary = await restoreBackup(config, file, {
        passphrase: backupPassphrase(process.env),
        progress: stderrProgress(),
      });
      const r = summary.rows;
      console.log(
        `restored ${r.practices ?? 0} practice(s), ${r.clients ?? 0} client(s), ${r.sessions ?? 0} session(s) ` +
          `from a ${summary.source === "sqlite" ? "SQLite" : "PostgreSQL"} backup into ${describeStore(config)}`,
      );
    });
}
