// Migration 014 rebuilds pieces_session on the session alone and, on SQLite, piece_threads as a
// WITHOUT ROWID table: a database written before it keeps every piece and link, and links still
// go with their pieces (cascade) and change by difference afterwards.
import { sql } from "kysely";
import { expect, it } from "vitest";
import { runMigrations } from "../../src/store/migrate";
import { MIGRATIONS } from "../../src/store/migrations";
import { openStore } from "../../src/store/open-store";
import { postgresAdapter } from "../../src/store/postgres/postgres-adapter";
import { sqliteAdapter } from "../../src/store/sqlite/sqlite-adapter";
import { sessionUpdate } from "./capture-fixtures";
import { describeEachStore } from "./each-store";
import { makePractice, piece, sessionInput } from "./fixtures";
import { rawDatabase } from "./raw-database";

describeEachStore("lean piece keys migration (014)", (target) => {
  it("keeps the pieces and thread links written before it; links still follow their pieces", async () => {
    const { config, dispose } = await target.openConfig();
    const raw = rawDatabase(config);
    const adapter = target.name === "sqlite" ? sqliteAdapter : postgresAdapter;
    // Every other migration the store's writes need, but not 017, whose triggers name the
    // piece_threads table 014 rebuilds (in their real order 014 comes first).
    const before = MIGRATIONS.filter(
      (m) => !["014-lean-piece-keys", "017-client-piece-counts"].includes(m.name),
    );
    await runMigrations(raw, adapter, before);
    const system = await openStore(config);
    try {
      const s = (await makePractice(system)).practitioner;
      const client = await s.createClient({ name: "Noor" });
      const jaw = await s.createThread(client.id, { name: "jaw" });
      const fear = await s.createThread(client.id, { name: "fear" });
      const session = await s.createSession(
        client.id,
        sessionInput({
          pieces: [
            piece("body_sensation", "tight jaw", { regions: ["jaw"], threadIds: [jaw.id, fear.id] }),
            piece("emotion", "fear rising", { emotions: ["fear"], threadIds: [fear.id] }),
            piece("release", "a long sigh"),
          ],
        }),
      );

      await system.migrate();
      expect(await s.getSession(session.id)).toEqual(session);
      const index = await sql<{ definition: string }>`${
        target.name === "sqlite"
          ? sql`select sql as definition from sqlite_master where name = 'pieces_session'`
          : sql`select indexdef as definition from pg_indexes where indexname = 'pieces_session' and schemaname = current_schema()`
      }`.execute(raw);
      expect(index.rows[0]!.definition.replaceAll('"', "")).toMatch(
        /\(session_id\)\s+where\s+\(?session_id is not null\)?$/i,
      );
      if (target.name === "sqlite") {
        const table = await sql<{
          definition: string;
        }>`select sql as definition from sqlite_master where name = 'piece_threads'`.execute(raw);
        expect(table.rows[0]!.definition).toMatch(/without rowid$/i);
      }

      // The first piece goes (its links with it), the second now links to the jaw thread only.
      const [, second, third] = session.pieces;
      const updated = await s.updateSession(
        session.id,
        sessionUpdate(session, { pieces: [{ ...second!, threadIds: [jaw.id] }, third!] }),
      );
      expect(updated.pieces.map((p) => [p.text, p.threadIds])).toEqual([
        ["fear rising", [jaw.id]],
        ["a long sigh", []],
      ]);
      const links = await raw.selectFrom("piece_threads").select(["piece_id", "thread_id"]).execute();
      expect(links).toEqual([{ piece_id: second!.id, thread_id: jaw.id }]);
    } finally {
      await system.close();
      await raw.destroy();
      await dispose();
    }
  });
});
