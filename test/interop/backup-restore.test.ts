import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync, statSync, truncateSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyBackup } from "../../src/interop/backup/backup-codec";
import { restoreBackup } from "../../src/interop/backup/restore-backup";
import { writeBackup } from "../../src/interop/backup/write-backup";
import { openRawDatabase } from "../../src/interop/raw/raw-database";
import { openStore, type StoreConfig } from "../../src/store/open-store";
import type { Caller, SystemStore } from "../../src/store/store";
import { storeTargets, type DisposableConfig } from "../support/databases";
import { makeRichPractice, UNIQUE_WORD } from "./practice-fixture";
import { backupRows } from "./support/backup-rows";
import { changeThreadStatus } from "./support/thread-status-change";

const [sqlite, postgres] = storeTargets() as [
  ReturnType<typeof storeTargets>[0],
  ReturnType<typeof storeTargets>[0],
];
const disposables: DisposableConfig[] = [];
let folder: string;

async function fresh(target: typeof sqlite, dbKey?: string): Promise<StoreConfig> {
  const d = await target.openConfig(dbKey ? { dbKey } : {});
  disposables.push(d);
  return d.config;
}

async function seeded(config: StoreConfig) {
  const store = await openStore(config);
  await store.migrate();
  const practice = await makeRichPractice(store);
  await changeThreadStatus(practice);
  return { store, practice };
}

/** Everything an admin of the practice sees through the store, for comparing two stores. */
async function practiceView(store: SystemStore, caller: Caller) {
  const scoped = store.scoped(caller);
  const clients = await scoped.listClients();
  const perClient = [];
  for (const c of clients) {
    perClient.push({
      client: c,
      sessions: await scoped.listSessions(c.id),
      characters: await scoped.listCharacters(c.id),
      threads: await scoped.listThreads(c.id),
      threadStatusChanges: await scoped.listClientThreadStatusChanges(c.id),
      lifeEvents: await scoped.listLifeEvents(c.id),
      courses: await scoped.listCourses(c.id),
      reflections: await scoped.listReflections(c.id),
      measures: await scoped.listMeasureResponses(c.id),
      consents: await scoped.listConsents(c.id),
    });
  }
  return { practice: await store.getPractice(caller.practiceId), perClient };
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "tessera-backup-"));
});
afterAll(async () => {
  for (const d of disposables) await d.dispose();
  await rm(folder, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it.skipIf(postgres.skip !== null)(
    "SQLite → backup → PostgreSQL → backup → SQLite gives back the same practice",
    async () => {
      const source = await fresh(sqlite);
      const { store, practice } = await seeded(source);
      const first = join(folder, "first.tessera-backup");
      const summary = await writeBackup(source, first, { passphrase: null });
      expect(summary.rows.sessions).toBe(4);
      expect(summary.practiceIds).toEqual([practice.practiceId]);

      const pg = await fresh(postgres);
      await restoreBackup(pg, first, { passphrase: null });
      const second = join(folder, "second.tessera-backup");
      await writeBackup(pg, second, { passphrase: null });

      const back = await fresh(sqlite);
      await restoreBackup(back, second, { passphrase: null });
      const third = join(folder, "third.tessera-backup");
      await writeBackup(back, third, { passphrase: null });

      const rows = await backupRows(first);
      expect(rows.pieces!.length).toBe(14);
      // Each thread's first status and the change made (issue 11).
      expect(rows.thread_status_changes!.length).toBe(3);
      expect(await backupRows(second)).toEqual(rows);
      expect(await backupRows(third)).toEqual(rows);

      const restored = await openStore(back);
      const pgStore = await openStore(pg);
      try {
        const view = await practiceView(store, practice.operator);
        expect(await practiceView(restored, practice.operator)).toEqual(view);
        expect(await practiceView(pgStore, practice.operator)).toEqual(view);
        // The search indexes are rebuilt by each store from the restored documents.
        const hits = await restored.scoped(practice.operator).search(UNIQUE_WORD);
        expect(hits.map((h) => h.clientId)).toEqual([practice.maraId]);
        expect((await pgStore.scoped(practice.operator).search(UNIQUE_WORD)).length).toBe(1);
        // Logins survive the move: the password hashes came along.
        expect((await restored.listPractices()).map((p) => p.id)).toEqual([practice.practiceId]);
      } finally {
        await Promise.all([store.close(), restored.close(), pgStore.close()]);
      }
    },
  );

  it("includes writes still in the -wal file of a store that is open and running", async () => {
    const source = await fresh(sqlite);
    const { store, practice } = await seeded(source);
    try {
      const scoped = store.scoped(practice.operator);
      for (let i = 0; i < 5; i++) await scoped.createSession(practice.danId, { date: `2024-03-0${i + 1}` });
      expect(statSync(join(source.dataDir, "tessera.db-wal")).size).toBeGreaterThan(0);
      const file = join(folder, "running.tessera-backup");
      const summary = await writeBackup(source, file, { passphrase: null });
      expect(summary.rows.sessions).toBe(9);
    } finally {
      await store.close();
    }
  });

  it("encrypts the backup of an encrypted store and needs its key to restore", async () => {
    const source = await fresh(sqlite, "correct horse battery");
    const { store } = await seeded(source);
    await store.close();
    const file = join(folder, "encrypted.tessera-backup");
    const summary = await writeBackup(source, file, { passphrase: "correct horse battery" });
    expect(summary.encrypted).toBe(true);
    const bytes = readFileSync(file, "utf8");
    expect(bytes).not.toContain(UNIQUE_WORD);
    expect(bytes).not.toContain("Mara");

    const target = await fresh(sqlite);
    await expect(restoreBackup(target, file, { passphrase: null })).rejects.toThrow(/encrypted/);
    await expect(restoreBackup(target, file, { passphrase: "wrong key" })).rejects.toThrow(/wrong key/);
    expect(existsSync(join(target.dataDir, "tessera.db"))).toBe(false);
    await restoreBackup(target, file, { passphrase: "correct horse battery" });
    const restored = await openStore(target);
    expect((await restored.listPractices()).length).toBe(1);
    await restored.close();

    // Into another encrypted store: the restored file is encrypted with that store's own key.
    const encryptedTarget = await fresh(sqlite, "another key");
    await restoreBackup(encryptedTarget, file, { passphrase: "correct horse battery" });
    expect(readFileSync(join(encryptedTarget.dataDir, "tessera.db")).includes(UNIQUE_WORD)).toBe(false);
    const reopened = await openStore(encryptedTarget);
    expect((await reopened.listPractices()).length).toBe(1);
    await reopened.close();
  });

  describe("a damaged or truncated file is refused before anything is written", () => {
    let plain: string;
    let encrypted: string;
    beforeAll(async () => {
      const source = await fresh(sqlite);
      const { store } = await seeded(source);
      await store.close();
      plain = join(folder, "intact.tessera-backup");
      encrypted = join(folder, "intact-encrypted.tessera-backup");
      await writeBackup(source, plain, { passphrase: null });
      await writeBackup(source, encrypted, { passphrase: "k3y" });
    });

    const damaged = (from: string, name: string, change: (bytes: Buffer) => Buffer) => {
      const to = join(folder, name);
      writeFileSync(to, change(readFileSync(from)));
      return to;
    };

    it.each([
      ["cut in half", (b: Buffer) => b.subarray(0, Math.floor(b.length / 2))],
      ["without its last line", (b: Buffer) => b.subarray(0, b.lastIndexOf("\n", b.length - 2) + 1)],
      ["with one byte changed", (b: Buffer) => flipByteInside(b)],
      ["with a line removed", (b: Buffer) => removeLine(b, 5)],
    ])("plain file %s", async (name, change) => {
      const file = damaged(plain, `plain-${name}.bad`, change);
      const target = await fresh(sqlite);
      await expect(restoreBackup(target, file, { passphrase: null })).rejects.toThrow(/refused/);
      expect(existsSync(join(target.dataDir, "tessera.db"))).toBe(false);
    });

    it.each([
      ["cut in half", (b: Buffer) => b.subarray(0, Math.floor(b.length / 2))],
      ["without its last chunk", (b: Buffer) => b.subarray(0, b.lastIndexOf("\n", b.length - 2) + 1)],
      ["with one byte changed", (b: Buffer) => flipByteInside(b)],
    ])("encrypted file %s", async (name, change) => {
      const file = damaged(encrypted, `enc-${name}.bad`, change);
      const target = await fresh(sqlite);
      await expect(restoreBackup(target, file, { passphrase: "k3y" })).rejects.toThrow(/refused/);
      expect(existsSync(join(target.dataDir, "tessera.db"))).toBe(false);
    });

    it.skipIf(postgres.skip !== null)("into PostgreSQL, leaving the schema without tables", async () => {
      const file = damaged(plain, "pg-truncated.bad", (b) => b.subarray(0, b.length - 100));
      const target = await fresh(postgres);
      await expect(restoreBackup(target, file, { passphrase: null })).rejects.toThrow(/refused/);
      const raw = await openRawDatabase(target);
      const tables = await raw.all(
        "select table_name from information_schema.tables where table_schema = current_schema()",
      );
      await raw.close();
      expect(tables).toEqual([]);
    });

    it("an intact file verifies", async () => {
      const { trailer } = await verifyBackup(plain, null);
      expect(trailer.rows.clients).toBe(2);
    });
  });

  it("refuses to restore over a practice", async () => {
    const source = await fresh(sqlite);
    const { store } = await seeded(source);
    await store.close();
    const file = join(folder, "over.tessera-backup");
    await writeBackup(source, file, { passphrase: null });
    await expect(restoreBackup(source, file, { passphrase: null })).rejects.toThrow(/empty/);
  });

  it("carries a table added by a later migration, and a store without it refuses the backup", async () => {
    const source = await fresh(sqlite);
    const { store } = await seeded(source);
    await store.close();
    const raw = await openRawDatabase(source);
    await raw.run(
      "create table notes_of_the_future (id text primary key, client_id text references clients(id))",
    );
    await raw.run("insert into notes_of_the_future values ('n1', null)");
    await raw.close();
    const file = join(folder, "future.tessera-backup");
    const summary = await writeBackup(source, file, { passphrase: null });
    expect(summary.rows.notes_of_the_future).toBe(1);
    const target = await fresh(sqlite);
    await expect(restoreBackup(target, file, { passphrase: null })).rejects.toThrow(/notes_of_the_future/);
  });

  it("a backup killed with SIGKILL halfway leaves the previous backup intact and usable", async () => {
    const source = await fresh(sqlite);
    const { store } = await seeded(source);
    await store.close();
    const file = join(folder, "nightly.tessera-backup");
    await writeBackup(source, file, { passphrase: null });
    const before = readFileSync(file);

    const child = spawn(
      process.execPath,
      ["--import", "tsx", join(import.meta.dirname, "support/backup-and-hang.ts"), source.dataDir, file],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (d: Buffer) => d.toString().includes("halfway") && resolve());
      child.on("exit", () => reject(new Error("the backup finished before it was killed")));
    });
    expect(
      readdirSync(folder).some((f) => f.startsWith(".nightly.tessera-backup.") && f.endsWith(".partial")),
    ).toBe(true);
    child.removeAllListeners("exit");
    const exited = new Promise((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");

    expect(readFileSync(file).equals(before)).toBe(true);
    await verifyBackup(file, null);
    const target = await fresh(sqlite);
    await restoreBackup(target, file, { passphrase: null });
    // The next backup to the same path clears the dead one's partial file.
    await writeBackup(source, file, { passphrase: null });
    expect(readdirSync(folder).filter((f) => f.endsWith(".partial"))).toEqual([]);
  });
});

function flipByteInside(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes);
  const at = Math.floor(copy.length * 0.6);
  // Stay a printable character so the damage is not caught merely as broken JSON or base64.
  copy[at] = copy[at] === 0x41 ? 0x42 : 0x41;
  return copy;
}

function removeLine(bytes: Buffer, index: number): Buffer {
  const lines = bytes.toString("utf8").split("\n");
  lines.splice(index, 1);
  return Buffer.from(lines.join("\n"));
}
void truncateSync;
