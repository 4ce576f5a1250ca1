import type { Command } from "commander";
import { serverConfigFromEnv } from "../server/config";
import { startTessera } from "../server/start";
import { scheduleFromEnv, startScheduledBackups } from "../interop/backup/scheduled-backups";
import { withDefaultKey } from "../store/open-store";
import { keyCreatedMessage } from "../store/sqlite/key-file";

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("start Tessera (embedded SQLite in TESSERA_DATA, or PostgreSQL with TESSERA_DATABASE_URL)")
    .option("-p, --port <port>", "port to listen on (default: PORT or 4321)")
    .option("--host <host>", "address to listen on (default: HOST or 127.0.0.1)")
    .action(async (opts: { port?: string; host?: string }) => {
      const config = serverConfigFromEnv({
        ...process.env,
        ...(opts.port ? { PORT: opts.port } : {}),
        ...(opts.host ? { HOST: opts.host } : {}),
      });
      // Trust (issue 14): a new embedded database is encrypted with a key file made on first start.
      const { config: keyed, createdKeyFile } = withDefaultKey(config, process.env);
      if (createdKeyFile) console.log(keyCreatedMessage(createdKeyFile));
      // Open data (issue 15): a bad TESSERA_BACKUP_* value stops the start, before anything listens.
      const schedule = scheduleFromEnv(process.env);
      const server = await startTessera({ ...config, ...keyed });
      console.log(`Tessera is running at ${server.url} (${describeStore(config)})`);
      const backups = schedule
        ? startScheduledBackups(
            { dataDir: keyed.dataDir, databaseUrl: keyed.databaseUrl, dbKey: keyed.dbKey },
            schedule,
            // The message only (paths, database errors): never a row.
            (err) =>
              console.error(`scheduled backup failed: ${err instanceof Error ? err.message : String(err)}`),
          )
        : null;
      if (schedule)
        console.log(
          `Backups every ${schedule.intervalMs / 3_600_000} h into ${schedule.dir}, keeping ${schedule.keep}`,
        );
      stopOnSignal(async () => {
        backups?.stop();
        await server.close();
      });
    });
}

export function describeStore(config: { databaseUrl?: string; dataDir: string }): string {
  return config.databaseUrl
    ? `PostgreSQL at ${new URL(config.databaseUrl).host}`
    : `SQLite in ${config.dataDir}`;
}

export function stopOnSignal(close: () => Promise<void>): void {
  const stop = () => {
    close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
