// The embedded database on a full disk (simulated with SQLite's own page limit, which fails a
// write exactly as a full disk does, with SQLITE_FULL): a save answers 503 with a message that
// says why and that nothing was saved, the database stays intact, and once there is room again
// the next save succeeds without a restart.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3-multiple-ciphers";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createDatabase } from "../../src/store/kysely-database";
import { createSystemStore } from "../../src/store/kysely-system-store";
import { ImmediateSqliteDialect } from "../../src/store/sqlite/immediate-sqlite-dialect";
import { sqliteAdapter } from "../../src/store/sqlite/sqlite-adapter";
import { addPractice, openApi, type Api } from "./api-harness";

let dir: string;
let raw: Database.Database;
let api: Api;
let cookie: string;
let clientId: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tessera-full-"));
  raw = new Database(join(dir, "tessera.db"));
  raw.pragma("journal_mode = WAL");
  raw.pragma("foreign_keys = ON");
  // The store as open-sqlite.ts builds it, with the connection in the test's hand.
  const openReader = () => new Database(join(dir, "tessera.db"), { readonly: true });
  api = await openApi(
    createSystemStore(createDatabase(new ImmediateSqliteDialect(raw, undefined, openReader)), sqliteAdapter),
  );
  await addPractice(api.system, "Full", "full@example.org", "a long password 1");
  cookie = await api.login("full@example.org", "a long password 1");
  const res = await api.request("POST", "/api/clients", { name: "Iris" }, cookie);
  clientId = res.json().id;
});
afterAll(async () => {
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
});

const session = () => ({ date: "2025-01-02", narrative: "The jaw softened. ".repeat(5_000), pieces: [] });

it("answers a save on a full disk with 503 and why, keeps the database intact, and saves again once there is room", async () => {
  const pages = raw.pragma("page_count", { simple: true }) as number;
  raw.pragma(`max_page_count = ${pages}`);
  const full = await api.request("POST", `/api/clients/${clientId}/sessions`, session(), cookie);
  expect(full.statusCode).toBe(503);
  expect(full.json().error).toMatchObject({
    code: "unavailable",
    message: expect.stringMatching(/full or read-only; nothing was saved/),
  });
  expect(raw.prepare("select count(*) as n from sessions").get()).toEqual({ n: 0 });

  raw.pragma("max_page_count = 1073741823");
  const saved = await api.request("POST", `/api/clients/${clientId}/sessions`, session(), cookie);
  expect(saved.statusCode).toBe(201);
  expect(raw.pragma("integrity_check", { simple: true })).toBe("ok");
  expect(raw.prepare("select count(*) as n from sessions").get()).toEqual({ n: 1 });
});
