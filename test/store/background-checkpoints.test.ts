// A server's WAL checkpoints run on a worker thread (src/store/sqlite/background-checkpoints.ts):
// the main connection no longer checkpoints inside a commit, what is written still reaches the
// database file, and a worker that cannot open the file gives the checkpoints back to SQLite.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3-multiple-ciphers";
import { afterEach, describe, expect, it } from "vitest";
import { openStore, SQLITE_FILE } from "../../src/store/open-store";
import { startBackgroundCheckpoints } from "../../src/store/sqlite/background-checkpoints";
import type { SystemStore } from "../../src/store/store";
import { makePractice } from "./fixtures";

const KEY = "background checkpoint key";

/** Rows of `clients` in the database file alone: a copy without its WAL sees only what was checkpointed. */
function clientsInMainFile(dir: string): number {
  const copy = join(dir, "main-only.db");
  copyFileSync(join(dir, SQLITE_FILE), copy);
  const db = new Database(copy, { readonly: true });
  try {
    db.pragma(`key='${KEY}'`);
    return (db.prepare("select count(*) as n from clients").get() as { n: number }).n;
  } catch {
    return 0; // the copy may predate the tables' first checkpoint
  } finally {
    db.close();
    rmSync(copy, { force: true });
  }
}

/** A bare connection as the store opens one: encrypted, in WAL mode. */
function openEncryptedWal(file: string): Database.Database {
  const raw = new Database(file);
  raw.pragma(`key='${KEY}'`);
  raw.pragma("journal_mode = WAL");
  return raw;
}

async function eventually(check: () => boolean): Promise<boolean> {
  for (let i = 0; i < 200; i++) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

describe("sqlite store: WAL checkpoints on a worker thread", () => {
  let dir: string;
  let store: SystemStore | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it("turns off the commit's own checkpoint and still brings every write into the database file", async () => {
    dir = mkdtempSync(join(tmpdir(), "tessera-ckpt-"));
    store = await openStore({ dataDir: dir, dbKey: KEY, backgroundCheckpoints: true });
    await store.migrate();
    const { practitioner } = await makePractice(store);
    for (let i = 0; i < 5; i++) await practitioner.createClient({ name: `Checkpointed ${i}` });
    // Five clients, written while the main connection never checkpoints, reach the file.
    expect(await eventually(() => clientsInMainFile(dir) === 5)).toBe(true);
    await store.close();
    store = undefined;
    // Closed cleanly: the file opens again with everything in it.
    store = await openStore({ dataDir: dir, dbKey: KEY });
    const again = await store.migrate().then(() => clientsInMainFile(dir));
    expect(again).toBe(5);
  });

  it("leaves checkpoints to SQLite when the worker cannot open the database", async () => {
    dir = mkdtempSync(join(tmpdir(), "tessera-ckpt-"));
    const file = join(dir, SQLITE_FILE);
    const raw = openEncryptedWal(file);
    raw.exec("create table t (x)");
    const checkpoints = startBackgroundCheckpoints(raw, { file, key: "not the key" });
    await expect(checkpoints.ready).resolves.toBe(false);
    expect(raw.pragma("wal_autocheckpoint", { simple: true })).toBe(1000);
    await checkpoints.stop();
    raw.close();
  });

  it("turns the commit's checkpoint off while the worker runs and back on once it stops", async () => {
    dir = mkdtempSync(join(tmpdir(), "tessera-ckpt-"));
    const file = join(dir, SQLITE_FILE);
    const raw = openEncryptedWal(file);
    const checkpoints = startBackgroundCheckpoints(raw, { file, key: KEY });
    await expect(checkpoints.ready).resolves.toBe(true);
    expect(raw.pragma("wal_autocheckpoint", { simple: true })).toBe(0);
    await checkpoints.stop();
    expect(raw.pragma("wal_autocheckpoint", { simple: true })).toBe(1000);
    raw.close();
  });
});
