import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { Command } from "commander";
import { seedDemoPractice } from "../demo/seed-demo";
import { serverConfigFromEnv } from "../server/config";
import { hashPassword } from "../server/auth/passwords";
import { startTessera } from "../server/start";
import { stopOnSignal } from "./serve-command";

export function registerDemo(program: Command): void {
  program
    .command("demo")
    .description(
      "start Tessera with a demo practice (four clients, one with 46 sessions over two years) in a fresh demo database",
    )
    .option("-p, --port <port>", "port to listen on (default: PORT or 4321)")
    .action(async (opts: { port?: string }) => {
      const config = serverConfigFromEnv({ ...process.env, ...(opts.port ? { PORT: opts.port } : {}) });
      // The demo never touches the practice's own data: on SQLite it gets a folder of its own,
      // rebuilt at every start; on PostgreSQL it needs an empty database.
      const dataDir = join(config.dataDir, "demo");
      if (!config.databaseUrl) await rm(dataDir, { recursive: true, force: true });
      let login: { email: string; password: string; practiceName: string } | undefined;
      const server = await startTessera({
        ...config,
        dataDir,
        quiet: true,
        beforeListen: async (store) => {
          if (await store.hasAnyPractice())
            throw new Error("the demo needs an empty database; this one already holds a practice");
          login = await seedDemoPractice(store, hashPassword);
        },
      });
      console.log(`Tessera demo "${login!.practiceName}" is running at ${server.url}`);
      console.log(`Log in as ${login!.email} with password ${login!.password}`);
      stopOnSignal(server.close);
    });
}
