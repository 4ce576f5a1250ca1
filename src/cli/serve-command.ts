import type { Command } from "commander";
import { serverConfigFromEnv } from "../server/config";
import { startTessera } from "../server/start";
import { serveRole, serveWithWorkers } from "../server/workers";
import { scheduleFromEnv, startScheduledBackups } from "../interop/backup/scheduled-backups";
import { openStore, withDefaultKey } from "../store/open-store";
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
      const role = serveRole(config.workers);
      // Trust (issue 14): a new embedded database is encrypted with a key file made on first start
      // (by the primary, before any worker; the workers read it).
      const { config: keyed, createdKeyFile } = withDefaultKey(config, process.env);
      if (createdKeyFile) console.log(keyCreatedMessage(createdKeyFile));
      // Open data (issue 15): a bad TESSERA_BACKUP_* value stops the start, before anything listens.
      const schedule = scheduleFromEnv(process.env);
      // Several workers (issue 16): the database is migrated once, before any of them starts.
      if (role === "primary") await migrateOnce({ ...config, ...keyed });
      const server = await serveWithWorkers(config.workers, () => startTessera({ ...config, ...keyed }));
      if (role === "worker") {
        stopOnSignal(() => server.close());
        return;
      }
      const workers = role === "primary" ? `, ${config.workers} workers` : "";
      console.log(`Tessera is running at ${server.url} (${describeStore(config)}${workers})`);
      // Backups are the primary's (or the only process's), never each worker's.
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

async function migrateOnce(config: { dataDir: string; databaseUrl?: string; dbKey?: string }): Promise<void> {
  const store = await openStore(config);
  try {
    await store.migrate();
  } finally {
    await store.close();
  }
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
