// Migration 017's counts (client_region_counts, client_month_counts, thread_session_counts) are derived from the pieces by
// triggers: after every kind of write — new sessions, a draft saved again with pieces kept,
// changed, removed and added, a draft moved to another month, reflections (not counted), an
// erasure, a restore from backup, and the migration's own backfill of a database written before
// it — they equal the same counts taken from the pieces themselves.
import { sql, type Kysely } from "kysely";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { eraseClient } from "../../src/interop/erasure/erase-client";
import { restoreBackup } from "../../src/interop/backup/restore-backup";
import { writeBackup } from "../../src/interop/backup/write-backup";
import { openStore } from "../../src/store/open-store";
import type { ScopedStore } from "../../src/store/store";
import { sessionUpdate } from "./capture-fixtures";
import { describeEachStore } from "./each-store";
import { clientLogin, makePractice, piece, sessionInput } from "./fixtures";
import { rawDatabase } from "./raw-database";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw snake_case rows
type Raw = Kysely<any>;

/** The kept counts, zero rows left out, in one order. */
async function kept(raw: Raw) {
  const regions = await sql<Record<string, unknown>>`select client_id, kind, side, regions, n
    from client_region_counts where n > 0 order by client_id, kind, side, regions`.execute(raw);
  const months = await sql<Record<string, unknown>>`select client_id, month, kind, n
    from client_month_counts where n > 0 order by client_id, month, kind`.execute(raw);
  const links = await sql<Record<string, unknown>>`select client_id, thread_id, session_id, n
    from thread_session_counts where n > 0 order by client_id, thread_id, session_id`.execute(raw);
  return { regions: regions.rows.map(plain), months: months.rows.map(plain), links: links.rows.map(plain) };
}

/** The same counts taken from the pieces. */
async function recounted(raw: Raw) {
  const regions = await sql<Record<string, unknown>>`select client_id, kind, coalesce(laterality, '') as side,
    regions, count(*) as n from pieces where session_id is not null and regions <> '[]'
    group by client_id, kind, coalesce(laterality, ''), regions order by client_id, kind, side, regions`.execute(
    raw,
  );
  const months = await sql<Record<string, unknown>>`select p.client_id, substr(s.date, 1, 7) as month, p.kind,
    count(*) as n from pieces p join sessions s on s.id = p.session_id
    group by p.client_id, substr(s.date, 1, 7), p.kind order by p.client_id, month, p.kind`.execute(raw);
  const links = await sql<
    Record<string, unknown>
  >`select p.client_id, l.thread_id, p.session_id, count(*) as n
    from piece_threads l join pieces p on p.id = l.piece_id where p.session_id is not null
    group by p.client_id, l.thread_id, p.session_id order by p.client_id, l.thread_id, p.session_id`.execute(
    raw,
  );
  return { regions: regions.rows.map(plain), months: months.rows.map(plain), links: links.rows.map(plain) };
}

const plain = (row: Record<string, unknown>): Record<string, unknown> & { n: number } => ({
  ...row,
  n: Number(row.n),
});

async function expectCountsTrue(raw: Raw) {
  const now = await kept(raw);
  expect(now).toEqual(await recounted(raw));
  return now;
}

async function writeProcess(s: ScopedStore, name: string) {
  const client = await s.createClient({ name });
  const jaw = await s.createThread(client.id, { name: "jaw" });
  const attic = await s.createThread(client.id, { name: "the attic" });
  await s.createSession(
    client.id,
    sessionInput({
      date: "2024-01-10",
      pieces: [
        piece("body_sensation", "warmth in the jaw", {
          regions: ["jaw"],
          laterality: "left",
          threadIds: [jaw.id],
        }),
        piece("body_sensation", "warmth on the other side", {
          regions: ["jaw"],
          laterality: "left",
          threadIds: [jaw.id],
        }),
        piece("emotion", "grief", { regions: ["chest", "throat"], emotions: ["sadness"] }),
        piece("insight", "it was never mine"),
      ],
    }),
  );
  const draft = await s.createSession(
    client.id,
    sessionInput({
      date: "2024-02-07",
      pieces: [
        piece("memory", "the attic", { age: 6, threadIds: [attic.id, jaw.id] }),
        piece("release", "the sacrum let go", { regions: ["sacrum"], threadIds: [jaw.id] }),
        piece("visual", "blue light", {
          regions: ["eyes"],
          laterality: "both",
          colours: ["blue"],
          threadIds: [attic.id],
        }),
      ],
    }),
  );
  return { client, draft, jaw, attic };
}

describeEachStore("kept piece counts (017)", (target) => {
  it("equal the pieces' own counts after saves, a draft moved and changed, reflections and an erasure", async () => {
    const { config, dispose } = await target.openConfig();
    const system = await openStore(config);
    const raw = rawDatabase(config);
    try {
      await system.migrate();
      const practice = await makePractice(system);
      const s = practice.practitioner;
      const { client, draft, jaw, attic } = await writeProcess(s, "Noor");
      const other = await writeProcess(s, "Ilse");
      const first = await expectCountsTrue(raw);
      expect(first.regions.find((r) => r.client_id === client.id && r.regions === '["jaw"]')).toMatchObject({
        side: "left",
        n: 2,
      });

      // Saved again in another month: one piece kept as it was but for a link taken off, one
      // changed in kind, region, side and links, one removed with its link, one added with one.
      const [memory, release] = (await s.getSession(draft.id)).pieces;
      await s.updateSession(
        draft.id,
        sessionUpdate(draft, {
          date: "2024-03-20",
          pieces: [
            { ...memory!, threadIds: [attic.id] },
            {
              ...release!,
              kind: "body_sensation",
              regions: ["lower-back"],
              laterality: "right",
              threadIds: [attic.id, jaw.id],
            },
            piece("movement", "the arm rose", { regions: ["arms"], threadIds: [jaw.id] }),
          ],
        }),
      );
      const moved = await expectCountsTrue(raw);
      expect(
        moved.months.filter((m) => m.client_id === client.id).map((m) => [m.month, m.kind, m.n]),
      ).toEqual([
        ["2024-01", "body_sensation", 2],
        ["2024-01", "emotion", 1],
        ["2024-01", "insight", 1],
        ["2024-03", "body_sensation", 1],
        ["2024-03", "memory", 1],
        ["2024-03", "movement", 1],
      ]);

      expect(
        moved.links
          .filter((l) => l.client_id === client.id && l.session_id === draft.id)
          .map((l) => [l.thread_id, l.n]),
      ).toEqual(
        [
          [attic.id, 2],
          [jaw.id, 2],
        ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      );

      // A reflection's pieces belong to no session: they are not in the process counts.
      const me = await clientLogin(system, practice.practiceId, client.id);
      await me.createReflection(client.id, {
        date: "2024-03-25",
        text: "after",
        pieces: [piece("emotion", "relief", { regions: ["chest"] })],
      });
      expect(await expectCountsTrue(raw)).toEqual(moved);

      await eraseClient(config, client.id, { userId: null });
      const after = await expectCountsTrue(raw);
      expect(after.regions.some((r) => r.client_id === client.id)).toBe(false);
      expect(after.regions.filter((r) => r.client_id === other.client.id)).toEqual(
        first.regions.filter((r) => r.client_id === other.client.id),
      );
    } finally {
      await system.close();
      await raw.destroy();
      await dispose();
    }
  });

  it("are rebuilt by a restore from backup, which does not carry them", async () => {
    const source = await target.openConfig();
    const copy = await target.openConfig();
    const folder = await mkdtemp(join(tmpdir(), "tessera-piece-counts-"));
    const system = await openStore(source.config);
    const raw = rawDatabase(source.config);
    const restoredRaw = rawDatabase(copy.config);
    try {
      await system.migrate();
      await writeProcess((await makePractice(system)).practitioner, "Noor");
      const before = await expectCountsTrue(raw);
      const file = join(folder, "practice.tessera-backup");
      await writeBackup(source.config, file, { passphrase: null });
      await restoreBackup(copy.config, file, { passphrase: null });
      expect(await expectCountsTrue(restoredRaw)).toEqual(before);
    } finally {
      await system.close();
      await raw.destroy();
      await restoredRaw.destroy();
      await source.dispose();
      await copy.dispose();
      await rm(folder, { recursive: true, force: true });
    }
  });

  it("are backfilled from the pieces of a database written before the migration", async () => {
    const { config, dispose } = await target.openConfig();
    const system = await openStore(config);
    const raw = rawDatabase(config);
    try {
      await system.migrate();
      await writeProcess((await makePractice(system)).practitioner, "Noor");
      const before = await expectCountsTrue(raw);
      // The schema as it was before 017: no count tables, no triggers.
      if (target.name === "sqlite")
        for (const t of [
          "pieces_counts_ai",
          "pieces_counts_ad",
          "pieces_counts_au",
          "sessions_counts_au",
          "pieces_links_bd",
          "pieces_links_au",
          "piece_threads_counts_ai",
          "piece_threads_counts_ad",
        ])
          await sql.raw(`drop trigger ${t}`).execute(raw);
      else {
        for (const [trigger, table] of [
          ["pieces_counts_insert", "pieces"],
          ["pieces_counts_delete", "pieces"],
          ["pieces_counts_update", "pieces"],
          ["pieces_links_bd", "pieces"],
          ["pieces_links_au", "pieces"],
          ["piece_threads_counts_insert", "piece_threads"],
          ["piece_threads_counts_delete", "piece_threads"],
          ["sessions_month_counts", "sessions"],
        ])
          await sql.raw(`drop trigger ${trigger} on ${table}`).execute(raw);
        await sql`drop function tessera_piece_link_counts()`.execute(raw);
        await sql`drop function tessera_link_counts()`.execute(raw);
        await sql`drop function tessera_piece_counts()`.execute(raw);
        await sql`drop function tessera_lock_counts(text)`.execute(raw);
        await sql`drop function tessera_session_month_counts()`.execute(raw);
      }
      await raw.schema.dropTable("client_region_counts").execute();
      await raw.schema.dropTable("client_month_counts").execute();
      await raw.schema.dropTable("thread_session_counts").execute();
      await raw.deleteFrom("tessera_migrations").where("name", "=", "017-client-piece-counts").execute();

      await system.migrate();
      expect(await expectCountsTrue(raw)).toEqual(before);
    } finally {
      await system.close();
      await raw.destroy();
      await dispose();
    }
  });
});

describeEachStore("kept piece counts under concurrent saves (017)", (target) => {
  it("two sessions of one client saved at once, their pieces in opposite orders, both land and the counts stay true", async () => {
    const { config, dispose } = await target.openConfig();
    const system = await openStore(config);
    const raw = rawDatabase(config);
    try {
      await system.migrate();
      const s = (await makePractice(system)).practitioner;
      const client = await s.createClient({ name: "Noor" });
      const kinds = ["body_sensation", "emotion", "memory", "release", "visual", "insight"] as const;
      const forwards = kinds.map((k) => piece(k, `${k} felt`, { regions: ["jaw"] }));
      const backwards = [...forwards].reverse();
      let a = await s.createSession(client.id, sessionInput({ date: "2024-05-01" }));
      let b = await s.createSession(client.id, sessionInput({ date: "2024-05-02" }));
      for (let round = 0; round < 10; round++) {
        [a, b] = await Promise.all([
          s.updateSession(a.id, sessionUpdate(a, { pieces: round % 2 ? forwards : backwards })),
          s.updateSession(b.id, sessionUpdate(b, { pieces: round % 2 ? backwards : forwards })),
        ]);
      }
      const now = await expectCountsTrue(raw);
      expect(now.months.filter((m) => m.client_id === client.id).every((m) => m.n === 2)).toBe(true);
    } finally {
      await system.close();
      await raw.destroy();
      await dispose();
    }
  });
});
