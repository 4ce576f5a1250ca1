// Encryption at rest by default (embedded store): the first start without TESSERA_DB_KEY makes
// a key file beside the data folder, readable by its owner only; later commands find it; and
// `tessera key rotate` re-encrypts the database with a new key.
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore, storeConfigFromEnv, withDefaultKey } from "../../src/store/open-store";
import { keyFilePath } from "../../src/store/sqlite/key-file";
import { WRONG_KEY_MESSAGE } from "../../src/store/sqlite/open-sqlite";
import { runCli } from "../cli/run-cli";

describe("the embedded store's key file", () => {
  const parent = mkdtempSync(join(tmpdir(), "tessera-key-"));
  const dataDir = join(parent, "data");
  const env = { TESSERA_DATA: dataDir, TESSERA_DATABASE_URL: "" };
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it("is created on first start outside the data folder, mode 0600, and encrypts the new database", async () => {
    const { config, createdKeyFile } = withDefaultKey({ dataDir }, {});
    expect(createdKeyFile).toBe(join(parent, "data.tessera-key"));
    expect(statSync(createdKeyFile!).mode & 0o777).toBe(0o600);
    const store = await openStore(config);
    await store.migrate();
    await store.createPracticeWithUser("Still Point", {
      name: "Ana",
      email: "ana@example.org",
      role: "admin",
      passwordHash: "h",
    });
    await store.close();
    // Without the key the file cannot be read; with the environment alone the key is found.
    await expect(openStore({ dataDir })).rejects.toThrow(WRONG_KEY_MESSAGE);
    const found = storeConfigFromEnv(env);
    expect(found.dbKey).toBe(config.dbKey);
    const again = await openStore(found);
    expect((await again.listPractices()).map((p) => p.name)).toEqual(["Still Point"]);
    await again.close();
    // A second start finds the database and makes no new key.
    expect(withDefaultKey(found, {}).createdKeyFile).toBeNull();
  });

  it("rotates: a new key re-encrypts the database, and the old one no longer opens it", async () => {
    const path = keyFilePath(dataDir);
    const oldKey = readFileSync(path, "utf8").trim();
    const r = runCli(["key", "rotate"], { env });
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain(`kept in ${path}`);
    const newKey = readFileSync(path, "utf8").trim();
    expect(newKey).not.toBe(oldKey);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    await expect(openStore({ dataDir, dbKey: oldKey })).rejects.toThrow(WRONG_KEY_MESSAGE);
    const store = await openStore(storeConfigFromEnv(env));
    expect((await store.listPractices()).map((p) => p.name)).toEqual(["Still Point"]);
    await store.close();
  });
});
