// Encryption at rest for the embedded store (TESSERA_DB_KEY): nothing readable in the files, and
// a wrong or missing key fails with one clear message.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open-store";
import { storeTargets, type DisposableConfig } from "../support/databases";
import { makePractice } from "./fixtures";

const sqlite = storeTargets().find((t) => t.name === "sqlite")!;
const MARKER = "Quetzalcoatlfeather";
const WRONG_KEY = "cannot open the database: wrong key or not a Tessera database";

async function writeClinicalText(config: DisposableConfig["config"], close = true) {
  const store = await openStore(config);
  await store.migrate();
  const { practitioner } = await makePractice(store);
  const client = await practitioner.createClient({ name: `${MARKER} Client` });
  await practitioner.createSession(client.id, {
    date: "2024-01-01",
    narrative: `${MARKER} narrative`,
    pieces: [{ kind: "insight", text: MARKER }],
  });
  if (close) await store.close();
  return store;
}

function filesContain(dataDir: string, text: string): string[] {
  return readdirSync(dataDir).filter((f) => readFileSync(join(dataDir, f)).includes(Buffer.from(text)));
}

describe("sqlite store: encryption at rest", () => {
  let disposable: DisposableConfig | undefined;
  afterEach(async () => {
    await disposable?.dispose();
  });

  it("writes no readable clinical text to the database or its WAL when a key is set", async () => {
    disposable = await sqlite.openConfig({ dbKey: "correct horse battery staple" });
    const open = await writeClinicalText(disposable.config, false);
    // While open, recent writes sit in the -wal file.
    expect(readdirSync(disposable.config.dataDir).some((f) => f.endsWith("-wal"))).toBe(true);
    expect(filesContain(disposable.config.dataDir, MARKER)).toEqual([]);
    await open.close();
    expect(filesContain(disposable.config.dataDir, MARKER)).toEqual([]);
    expect(filesContain(disposable.config.dataDir, "SQLite format 3")).toEqual([]);
  });

  it("shows the same text in a database without a key, which is what the key protects", async () => {
    disposable = await sqlite.openConfig();
    await writeClinicalText(disposable.config);
    expect(filesContain(disposable.config.dataDir, MARKER)).toEqual(["tessera.db"]);
  });

  it("reopens with the right key, and fails clearly with a wrong key or none", async () => {
    disposable = await sqlite.openConfig({ dbKey: "right key" });
    await writeClinicalText(disposable.config);
    const reopened = await openStore(disposable.config);
    await reopened.migrate();
    expect(await reopened.hasAnyPractice()).toBe(true);
    await reopened.close();

    await expect(openStore({ ...disposable.config, dbKey: "wrong key" })).rejects.toThrow(WRONG_KEY);
    await expect(openStore({ dataDir: disposable.config.dataDir })).rejects.toThrow(WRONG_KEY);
  });

  it("refuses a key for a database that was written without one", async () => {
    disposable = await sqlite.openConfig();
    await writeClinicalText(disposable.config);
    await expect(openStore({ ...disposable.config, dbKey: "some key" })).rejects.toThrow(WRONG_KEY);
  });

  it("keeps full-text search working inside an encrypted database", async () => {
    disposable = await sqlite.openConfig({ dbKey: "k'with\"quotes" });
    const store = await openStore(disposable.config);
    try {
      await store.migrate();
      const { practitioner } = await makePractice(store);
      const client = await practitioner.createClient({ name: "Uma" });
      await practitioner.createSession(client.id, { date: "2024-01-01", narrative: "warmth spreading" });
      expect(await practitioner.search("spread")).toHaveLength(1);
    } finally {
      await store.close();
    }
  });
});
