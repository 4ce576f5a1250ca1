// How many SQL statements (round trips, on PostgreSQL) each common operation costs, counted at
// the driver: unlike timings, this does not depend on what else the machine is doing, so it
// compares two versions of the code exactly.
//   npx tsx bench/statements-per-operation.ts [--store sqlite|postgres|both]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3-multiple-ciphers";
import pg from "pg";
import type { PieceInput, Session, SessionInput } from "../src/domain";
import { openStore, type StoreConfig } from "../src/store/open-store";
import type { ScopedStore } from "../src/store/store";
import { POSTGRES_URL, withPostgres } from "./bench-stores";

const { values } = parseArgs({ options: { store: { type: "string", default: "both" } } });
const stores = values.store === "both" ? ["sqlite", "postgres"] : [values.store!];

let count = 0;
// Every statement of both drivers passes through these.
const prepare = Database.prototype.prepare;
Database.prototype.prepare = function (this: Database.Database, source: string) {
  const statement = prepare.call(this, source) as Database.Statement;
  for (const method of ["run", "all", "get"] as const) {
    const original = statement[method].bind(statement) as (...a: unknown[]) => unknown;
    (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => (
      count++,
      original(...args)
    );
  }
  return statement;
} as typeof prepare;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  count++;
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;

const pieces = (n: number, tag = ""): PieceInput[] =>
  Array.from({ length: n }, (_, k) => ({
    kind: "body_sensation",
    text: `piece ${k}${tag}: warmth in the jaw`,
    regions: ["jaw"],
  }));
const input = (n: number): SessionInput => ({
  date: "2025-03-04",
  narrative: "The jaw softened.",
  pieces: pieces(n),
});
const update = (s: Session, changes: Partial<SessionInput>) => ({
  date: s.date,
  durationMinutes: s.durationMinutes,
  courseId: s.courseId,
  checkIn: s.checkIn,
  narrative: s.narrative,
  techniques: s.techniques,
  insights: s.insights,
  integration: s.integration,
  pieces: s.pieces.map(({ id, kind, text, regions }) => ({ id, kind, text, regions })),
  version: s.version,
  ...changes,
});

let settle: () => Promise<unknown> = async () => undefined;
async function counted<T>(fn: () => Promise<T>): Promise<[T, number]> {
  // What earlier operations left to do (sealing their audit records) is not this one's cost.
  await settle();
  const before = count;
  const result = await fn();
  return [result, count - before];
}

for (const store of stores) {
  let config: StoreConfig;
  let dispose: () => Promise<void>;
  if (store === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "tessera-statements-"));
    config = { dataDir: dir };
    dispose = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const schema = `statements_${process.pid}`;
    await withPostgres((c) => c.query(`create schema ${schema}`));
    const url = new URL(POSTGRES_URL);
    url.searchParams.set("options", `-c search_path=${schema}`);
    config = { dataDir: "unused", databaseUrl: url.toString() };
    dispose = () => withPostgres((c) => c.query(`drop schema ${schema} cascade`)).then(() => undefined);
  }
  const system = await openStore(config);
  await system.migrate();
  const { practice, user } = await system.createPracticeWithUser("P", {
    name: "A",
    email: "a@example.org",
    role: "practitioner",
    passwordHash: "h",
  });
  const s: ScopedStore = system.scoped({
    userId: user.id,
    practiceId: practice.id,
    role: "practitioner",
    clientId: null,
  });
  settle = () => system.verifyAuditChain();
  const client = await s.createClient({ name: "Cleo" });
  await s.createSession(client.id, input(30)); // warm up: the first of each statement prepares it
  const lines: Array<[string, number]> = [];
  const [created, create] = await counted(() => s.createSession(client.id, input(30)));
  lines.push(["create a session with 30 pieces", create]);
  const [same, unchanged] = await counted(() => s.updateSession(created.id, update(created, {})));
  lines.push(["update it, nothing changed", unchanged]);
  const edited = update(same, {});
  edited.pieces[3] = { ...edited.pieces[3]!, text: "the jaw let go" };
  const [one, oneChanged] = await counted(() => s.updateSession(created.id, edited));
  lines.push(["update it, one piece's text changed", oneChanged]);
  const [, allNew] = await counted(() =>
    s.updateSession(created.id, update(one, { pieces: pieces(30, "b") })),
  );
  lines.push(["update it, 30 new pieces instead", allNew]);
  const [, read] = await counted(() => s.getSession(created.id));
  lines.push(["read it", read]);
  const [, client1] = await counted(() => s.getClient(client.id));
  lines.push(["read the client", client1]);
  const [, fifty] = await counted(() =>
    Promise.all(Array.from({ length: 50 }, () => s.getClient(client.id))),
  );
  lines.push(["50 reads of the client at once", fifty]);
  await system.close();
  await dispose();
  for (const [name, n] of lines)
    console.log(`${store.padEnd(8)} ${name.padEnd(40)} ${String(n).padStart(4)} statements`);
}
