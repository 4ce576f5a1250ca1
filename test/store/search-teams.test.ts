// A practitioner's search follows the care teams through every kind of write: a colleague added
// to a client's team finds its sessions and one removed no longer does, edits and erasures, a
// restore from backup, and a database written before migration 021. On SQLite, where each search
// document carries its care team in the FTS index (sqlite/search-team-triggers.ts), the FTS
// index also passes its own integrity check against the documents after each step.
import { sql, type Kysely } from "kysely";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { restoreBackup } from "../../src/interop/backup/restore-backup";
import { writeBackup } from "../../src/interop/backup/write-backup";
import { eraseClient } from "../../src/interop/erasure/erase-client";
import { openStore } from "../../src/store/open-store";
import type { ScopedStore, SystemStore } from "../../src/store/store";
import { sessionUpdate } from "./capture-fixtures";
import { describeEachStore } from "./each-store";
import { addColleague, makePractice } from "./fixtures";
import { migrateBefore, rawDatabase } from "./raw-database";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw snake_case rows
type Raw = Kysely<any>;

/** FTS5's own check of the index against the documents, and each document's team against care_team. */
async function expectIndexTrue(raw: Raw, dialect: string): Promise<void> {
  if (dialect !== "sqlite") return;
  await sql`insert into search_fts(search_fts, rank) values ('integrity-check', 1)`.execute(raw);
  const { rows } = await sql<{ team: string | null; members: string | null }>`
    select d.team, (select group_concat(user_id, ' ') from care_team ct where ct.client_id = d.client_id) as members
    from search_documents d`.execute(raw);
  for (const row of rows) expect(words(row.team)).toEqual(words(row.members));
}

const words = (text: string | null) => (text ?? "").split(" ").filter(Boolean).sort();

const found = async (store: ScopedStore, words: string) =>
  (await store.search(words)).map((h) => h.sessionId).sort();

describeEachStore("search by care team", (target) => {
  it("follows care-team changes, edits and an erasure, on a database written before migration 021", async () => {
    const { config, dispose } = await target.openConfig();
    const raw = rawDatabase(config);
    await migrateBefore(raw, config, "021");
    const system = await openStore(config);
    try {
      const p = await makePractice(system);
      const colleague = await addColleague(system, p);
      const ana = await p.practitioner.createClient({ name: "Ana" });
      const ben = await colleague.store.createClient({ name: "Ben" });
      const anas = await p.practitioner.createSession(ana.id, {
        date: "2024-01-02",
        narrative: "A heron rose.",
      });
      const bens = await colleague.store.createSession(ben.id, {
        date: "2024-01-03",
        narrative: "A heron waded.",
      });
      await system.migrate();
      await expectIndexTrue(raw, target.name);
      expect(await found(colleague.store, "heron")).toEqual([bens.id]);
      expect(await found(p.practitioner, "heron")).toEqual([anas.id]);

      await p.practitioner.addCareTeamMember(ana.id, colleague.userId);
      await expectIndexTrue(raw, target.name);
      expect(await found(colleague.store, "heron")).toEqual([anas.id, bens.id].sort());
      expect((await colleague.store.searchFacets("heron")).total).toBe(2);

      const edited = await p.practitioner.updateSession(
        anas.id,
        sessionUpdate(anas, { narrative: "A kingfisher flashed past." }),
      );
      await expectIndexTrue(raw, target.name);
      expect(await found(colleague.store, "kingfisher")).toEqual([edited.id]);
      expect(await found(colleague.store, "heron")).toEqual([bens.id]);
      const later = await p.practitioner.createSession(ana.id, {
        date: "2024-02-01",
        narrative: "Kingfisher again.",
      });
      expect(await found(colleague.store, "kingfisher")).toEqual([edited.id, later.id].sort());

      await p.practitioner.removeCareTeamMember(ana.id, colleague.userId);
      await expectIndexTrue(raw, target.name);
      expect(await found(colleague.store, "kingfisher")).toEqual([]);
      expect(await found(p.practitioner, "kingfisher")).toEqual([edited.id, later.id].sort());

      await eraseClient(config, ben.id, { userId: null });
      await expectIndexTrue(raw, target.name);
      expect(await found(colleague.store, "heron")).toEqual([]);
    } finally {
      await system.close();
      await raw.destroy();
      await dispose();
    }
  });

  it("keeps a practitioner's search after a restore from backup, which does not carry the index", async () => {
    const source = await target.openConfig();
    const copy = await target.openConfig();
    const folder = await mkdtemp(join(tmpdir(), "tessera-search-teams-"));
    const system = await openStore(source.config);
    const restoredRaw = rawDatabase(copy.config);
    let restored: SystemStore | null = null;
    try {
      await system.migrate();
      const p = await makePractice(system);
      const colleague = await addColleague(system, p);
      const ana = await p.practitioner.createClient({ name: "Ana" });
      await p.practitioner.addCareTeamMember(ana.id, colleague.userId);
      const anas = await p.practitioner.createSession(ana.id, {
        date: "2024-01-02",
        narrative: "A heron rose.",
      });
      const file = join(folder, "practice.tessera-backup");
      await writeBackup(source.config, file, { passphrase: null });
      await restoreBackup(copy.config, file, { passphrase: null });
      await expectIndexTrue(restoredRaw, target.name);
      restored = await openStore(copy.config);
      expect(
        await found(restored.scoped({ ...p.practitionerCaller, userId: colleague.userId }), "heron"),
      ).toEqual([anas.id]);
      expect(await found(restored.scoped(p.practitionerCaller), "heron")).toEqual([anas.id]);
    } finally {
      await restored?.close();
      await system.close();
      await restoredRaw.destroy();
      await source.dispose();
      await copy.dispose();
      await rm(folder, { recursive: true, force: true });
    }
  });
});
