// Migration 015 adds pieces_client_memory on a database written before it, and the life
// timeline's memory counts read that index alone on SQLite (its partial condition matched).
import { sql } from "kysely";
import { expect, it } from "vitest";
import { openStore } from "../../src/store/open-store";
import { describeEachStore } from "./each-store";
import { makePractice, piece, sessionInput } from "./fixtures";
import { migrateBefore, rawDatabase } from "./raw-database";

describeEachStore("view covering indexes migration (015)", (target) => {
  it("indexes the memories written before it, and the life view still places them", async () => {
    const { config, dispose } = await target.openConfig();
    const raw = rawDatabase(config);
    await migrateBefore(raw, config, "015");
    const system = await openStore(config);
    try {
      const s = (await makePractice(system)).practitioner;
      const client = await s.createClient({ name: "Ines" });
      await s.createSession(
        client.id,
        sessionInput({
          pieces: [
            piece("memory", "hiding under the stairs at four", { age: 4 }),
            piece("body_sensation", "tight jaw", { regions: ["jaw"] }),
          ],
        }),
      );
      await system.migrate();

      const indexed =
        target.name === "sqlite"
          ? await sql<{
              name: string;
            }>`select name from sqlite_master where type = 'index' and name = 'pieces_client_memory'`.execute(
              raw,
            )
          : await sql<{
              name: string;
            }>`select indexname as name from pg_indexes where indexname = 'pieces_client_memory' and schemaname = current_schema()`.execute(
              raw,
            );
      expect(indexed.rows).toHaveLength(1);
      if (target.name === "sqlite") {
        const plan = await sql<{ detail: string }>`explain query plan
          select session_id, age, period, count(*), min(id) from pieces
          where client_id = ${client.id} and session_id is not null and kind = 'memory'
            and (age is not null or period is not null)
          group by session_id, age, period`.execute(raw);
        expect(plan.rows.map((r) => r.detail).join(" ")).toContain("COVERING INDEX pieces_client_memory");
      }
      const life = await s.readLifeView(client.id);
      expect(JSON.stringify(life)).toContain('"age":4');
    } finally {
      await system.close();
      await raw.destroy();
      await dispose();
    }
  });
});
