// The embedded store's second connection (immediate-sqlite-dialect.ts): a single read outside a
// transaction runs on the reader at once, even while a write transaction holds the main
// connection across awaits, and sees the last commit; writes and everything inside a transaction
// stay on the main connection, one at a time.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3-multiple-ciphers";
import { sql, type Kysely } from "kysely";
import { afterEach, beforeEach, expect, it } from "vitest";
import { createDatabase } from "../../src/store/kysely-database";
import { ImmediateSqliteDialect } from "../../src/store/sqlite/immediate-sqlite-dialect";

let dir: string;
let db: Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
let readersOpened: number;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "tessera-reader-"));
  const file = join(dir, "tessera.db");
  const raw = new Database(file);
  raw.pragma("journal_mode = WAL");
  raw.exec("create table notes (id integer primary key, body text not null)");
  raw.exec("insert into notes (body) values ('first')");
  readersOpened = 0;
  const openReader = () => {
    readersOpened++;
    return new Database(file, { readonly: true });
  };
  db = createDatabase(new ImmediateSqliteDialect(raw, undefined, openReader));
});
afterEach(async () => {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

const bodies = async () => (await sql<{ body: string }>`select body from notes order by id`.execute(db)).rows;

it("answers a read while a write transaction is open, with the last commit, not the transaction's rows", async () => {
  let finish!: () => void;
  const held = new Promise<void>((resolve) => (finish = resolve));
  let inserted!: () => void;
  const insertedYet = new Promise<void>((resolve) => (inserted = resolve));
  const writing = db.transaction().execute(async (trx) => {
    await sql`insert into notes (body) values ('second')`.execute(trx);
    inserted();
    await held;
  });
  await insertedYet;
  expect(await bodies()).toEqual([{ body: "first" }]);
  finish();
  await writing;
  expect(await bodies()).toEqual([{ body: "first" }, { body: "second" }]);
  expect(readersOpened).toBe(1);
});

it("keeps a write outside a transaction behind an open transaction", async () => {
  const order: string[] = [];
  let finish!: () => void;
  const held = new Promise<void>((resolve) => (finish = resolve));
  let begun!: () => void;
  const begunYet = new Promise<void>((resolve) => (begun = resolve));
  const writing = db.transaction().execute(async (trx) => {
    await sql`insert into notes (body) values ('in transaction')`.execute(trx);
    begun();
    await held;
    order.push("commit");
  });
  await begunYet;
  const single = sql`insert into notes (body) values ('single')`.execute(db).then(() => order.push("single"));
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(order).toEqual([]);
  finish();
  await Promise.all([writing, single]);
  expect(order).toEqual(["commit", "single"]);
  expect((await bodies()).map((r) => r.body)).toEqual(["first", "in transaction", "single"]);
});

it("reads on the main connection while nobody holds it, opening no reader", async () => {
  expect(await bodies()).toEqual([{ body: "first" }]);
  await sql`insert into notes (body) values ('second')`.execute(db);
  expect(await bodies()).toEqual([{ body: "first" }, { body: "second" }]);
  expect(readersOpened).toBe(0);
});

it("reads inside a transaction on the main connection, seeing the transaction's own rows", async () => {
  const seen = await db.transaction().execute(async (trx) => {
    await sql`insert into notes (body) values ('mine')`.execute(trx);
    return (await sql<{ n: number }>`select count(*) as n from notes`.execute(trx)).rows[0]!.n;
  });
  expect(seen).toBe(2);
  expect(readersOpened).toBe(0);
});

it("sends an insert that returns rows, and a pragma, to the main connection", async () => {
  const { rows } = await sql<{
    id: number;
  }>`insert into notes (body) values ('returned') returning id`.execute(db);
  expect(rows).toEqual([{ id: 2 }]);
  await sql`pragma foreign_keys = on`.execute(db);
  expect(readersOpened).toBe(0);
});

it("reports a statement that does not compile from the main connection", async () => {
  await expect(sql`select body from nowhere`.execute(db)).rejects.toThrow(/no such table: nowhere/);
});
