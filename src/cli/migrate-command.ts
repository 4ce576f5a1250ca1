import type { Command } from "commander";
import { serverConfigFromEnv } from "../server/config";
import { openStore } from "../store/open-store";
import { describeStore } from "./serve-command";

export function registerMigrate(program: Command): void {
  program
    .command("migrate")
    .description("apply pending database migrations and exit (serve also does this at start)")
    .action(async () => {
      const config = serverConfigFromEnv(process.env);
      const store = await openStore(config);
      try {
        await store.migrate();
        console.log(`migrations applied (${describeStore(config)})`);
      } finally {
        await store.close();
      }
    });
}
