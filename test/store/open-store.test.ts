import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openStore, storeConfigFromEnv } from "../../src/store/open-store";

describe("store configuration", () => {
  it("defaults to the SQLite database in ./data with no key", () => {
    expect(storeConfigFromEnv({})).toEqual({ dataDir: "./data" });
    expect(storeConfigFromEnv({ TESSERA_DATA: "", TESSERA_DATABASE_URL: "", TESSERA_DB_KEY: "" })).toEqual({
      dataDir: "./data",
    });
  });

  it("reads the data folder, the PostgreSQL URL and the encryption key from the environment", () => {
    expect(
      storeConfigFromEnv({
        TESSERA_DATA: "/srv/tessera",
        TESSERA_DATABASE_URL: "postgres://db/tessera",
        TESSERA_DB_KEY: "k",
      }),
    ).toEqual({ dataDir: "/srv/tessera", databaseUrl: "postgres://db/tessera", dbKey: "k" });
  });

  it("creates a missing data folder and the database file tessera.db in it", async () => {
    const parent = await mkdtemp(join(tmpdir(), "tessera-open-"));
    const dataDir = join(parent, "nested", "data");
    try {
      const store = await openStore({ dataDir });
      expect(store.dialect).toBe("sqlite");
      await store.migrate();
      await store.close();
      expect(existsSync(join(dataDir, "tessera.db"))).toBe(true);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });

  it("refuses a database URL that is not postgres://", async () => {
    await expect(openStore({ dataDir: "./unused", databaseUrl: "mysql://db/x" })).rejects.toThrow(
      /postgres:\/\//,
    );
  });
});
