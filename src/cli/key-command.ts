// `tessera key`: where the embedded database's key is, and rotating it (a new key, the database
// re-encrypted with it). Stop Tessera before rotating.
import { rmSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { SQLITE_FILE, storeConfigFromEnv } from "../store/open-store";
import { keyFilePath, newKey, readKeyFile, replaceKeyFile } from "../store/sqlite/key-file";
import { rekeySqlite } from "../store/sqlite/rekey";

export function registerKey(program: Command): void {
  const key = program.command("key").description("the embedded database's encryption key");
  key
    .command("where")
    .description("say where the key is kept")
    .action(() => {
      const config = storeConfigFromEnv(process.env);
      if (config.databaseUrl) throw new Error("PostgreSQL: encryption at rest is the database server's");
      if (process.env.TESSERA_DB_KEY) console.log("the key is given by TESSERA_DB_KEY");
      else console.log(keyFilePath(config.dataDir, process.env));
    });
  key
    .command("rotate")
    .description("re-encrypt the database with a new key (stop Tessera first)")
    .action(() => {
      const config = storeConfigFromEnv(process.env);
      if (config.databaseUrl) throw new Error("PostgreSQL: encryption at rest is the database server's");
      const file = join(config.dataDir, SQLITE_FILE);
      const next = newKey();
      if (process.env.TESSERA_DB_KEY) {
        rekeySqlite(file, config.dbKey, next);
        console.log("re-encrypted. TESSERA_DB_KEY must now be:");
        console.log(next);
        return;
      }
      const path = keyFilePath(config.dataDir, process.env);
      // The new key is on disk (path.next) before the database uses it, so a crash between the
      // two steps loses nothing.
      const pending = `${path}.next`;
      replaceKeyFile(pending, next);
      rekeySqlite(file, readKeyFile(path), next);
      replaceKeyFile(path, next);
      rmSync(pending, { force: true });
      console.log(
        `re-encrypted with a new key, kept in ${path}; back it up again (the old key no longer opens it)`,
      );
    });
}
