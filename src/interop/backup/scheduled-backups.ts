// Optional backups on a schedule from `serve`: TESSERA_BACKUP_DIR turns them on, a backup every
// TESSERA_BACKUP_INTERVAL_HOURS (default 24) named by its time, keeping the newest
// TESSERA_BACKUP_KEEP (default 7). Encrypted like `tessera backup`. For the server to start.
import { mkdir, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { StoreConfig } from "../../store/open-store";
import { writeBackup, type BackupSummary } from "./write-backup";

export interface BackupSchedule {
  dir: string;
  keep: number;
  intervalMs: number;
  passphrase: string | null;
}

const NAME = /^tessera-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.backup$/;

export function scheduleFromEnv(env: Record<string, string | undefined>): BackupSchedule | null {
  if (!env.TESSERA_BACKUP_DIR) return null;
  const keep = Number(env.TESSERA_BACKUP_KEEP || 7);
  const hours = Number(env.TESSERA_BACKUP_INTERVAL_HOURS || 24);
  if (!Number.isInteger(keep) || keep < 1)
    throw new Error("configuration: TESSERA_BACKUP_KEEP must be a whole number ≥ 1");
  if (!(hours > 0)) throw new Error("configuration: TESSERA_BACKUP_INTERVAL_HOURS must be more than 0");
  return {
    dir: env.TESSERA_BACKUP_DIR,
    keep,
    intervalMs: hours * 3_600_000,
    passphrase: env.TESSERA_BACKUP_KEY || env.TESSERA_DB_KEY || null,
  };
}

export function backupFileName(at: Date): string {
  return `tessera-${at.toISOString().slice(0, 19).replaceAll(":", "-")}Z.backup`;
}

/** Scheduled backups beyond the newest `keep`; files not named by the schedule are never touched. */
export function backupsToDelete(names: string[], keep: number): string[] {
  return names
    .filter((n) => NAME.test(n))
    .sort()
    .reverse()
    .slice(keep);
}

export async function runScheduledBackup(
  config: StoreConfig,
  schedule: BackupSchedule,
  at = new Date(),
): Promise<{ summary: BackupSummary; deleted: string[] }> {
  await mkdir(schedule.dir, { recursive: true });
  const summary = await writeBackup(config, join(schedule.dir, backupFileName(at)), {
    passphrase: schedule.passphrase,
  });
  // Old ones go only once the new one is complete.
  const deleted = backupsToDelete(await readdir(schedule.dir), schedule.keep);
  for (const name of deleted) await rm(join(schedule.dir, name), { force: true });
  return { summary, deleted };
}

/** Runs a backup every interval (not at start); stop() cancels the next one. */
export function startScheduledBackups(
  config: StoreConfig,
  schedule: BackupSchedule,
  onError: (err: unknown) => void,
): { stop(): void } {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runScheduledBackup(config, schedule)
      .catch(onError)
      .finally(() => {
        running = false;
      });
  }, schedule.intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
