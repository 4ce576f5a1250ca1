import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { verifyBackup } from "../../src/interop/backup/backup-codec";
import {
  backupFileName,
  backupsToDelete,
  runScheduledBackup,
  scheduleFromEnv,
} from "../../src/interop/backup/scheduled-backups";
import { openStore } from "../../src/store/open-store";
import { storeTargets } from "../support/databases";
import { makeRichPractice } from "./practice-fixture";

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanup) await c();
});

describe("scheduled backups", () => {
  it("are off without TESSERA_BACKUP_DIR and default to daily, keeping 7", () => {
    expect(scheduleFromEnv({})).toBeNull();
    expect(scheduleFromEnv({ TESSERA_BACKUP_DIR: "/b", TESSERA_DB_KEY: "k" })).toEqual({
      dir: "/b",
      keep: 7,
      intervalMs: 86_400_000,
      passphrase: "k",
    });
    expect(() => scheduleFromEnv({ TESSERA_BACKUP_DIR: "/b", TESSERA_BACKUP_KEEP: "0" })).toThrow(/KEEP/);
  });

  it("keep the newest N of their own files and leave other files alone", () => {
    const names = ["2024-01-01", "2024-01-03", "2024-01-02", "2024-01-04"].map((d) =>
      backupFileName(new Date(`${d}T02:00:00Z`)),
    );
    expect(backupsToDelete([...names, "keep-me.backup"], 2)).toEqual([names[2], names[0]]);
  });

  it("write a complete backup named by its time, then delete the oldest beyond the limit", async () => {
    const { config, dispose } = await storeTargets()[0]!.openConfig();
    const dir = await mkdtemp(join(tmpdir(), "tessera-scheduled-"));
    cleanup.push(dispose, () => rm(dir, { recursive: true, force: true }));
    const store = await openStore(config);
    await store.migrate();
    await makeRichPractice(store);
    await store.close();
    await writeFile(join(dir, "notes.txt"), "not a backup");
    const schedule = { dir, keep: 2, intervalMs: 1, passphrase: null };
    for (const day of ["01", "02", "03"])
      await runScheduledBackup(config, schedule, new Date(`2026-12-${day}T03:00:00Z`));
    const files = (await readdir(dir)).sort();
    expect(files).toEqual([
      "notes.txt",
      "tessera-2026-12-02T03-00-00Z.backup",
      "tessera-2026-12-03T03-00-00Z.backup",
    ]);
    expect((await verifyBackup(join(dir, files[2]!), null)).trailer.rows.clients).toBe(2);
  });
});
