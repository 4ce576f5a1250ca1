// Migration 018's session places are derived from the sessions by triggers: after sessions
// written in order and out of order, a draft moved to another date, sessions saved at once, an
// erasure, a restore from backup and the migration's own backfill, every session's place is its
// rank in its client's process (date, then number, then id), counted from the sessions themselves;
// migration 019 finds a new place by the order index instead of counting, with the same result.
import { sql, type Kysely } from "kysely";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { eraseClient } from "../../src/interop/erasure/erase-client";
import { restoreBackup } from "../../src/interop/backup/restore-backup";
import { writeBackup } from "../../src/interop/backup/write-backup";
import { openStore, type StoreConfig } from "../../src/store/open-store";
import type { ScopedStore, SystemStore } from "../../src/store/store";
import type { StoreTarget } from "../support/databases";
import { sessionUpdate } from "./capture-fixtures";
import { describeEachStore } from "./each-store";
import { makePractice, sessionInput } from "./fixtures";
import { rawDatabase } from "./raw-database";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw snake_case rows
type Raw = Kysely<any>;

/** Every session's kept place, by client and place. */
async function kept(raw: Raw) {
  const rows = await sql<{ client_id: string; session_id: string; place: number }>`
    select client_id, session_id, place from session_places order by client_id, place`.execute(raw);
  return rows.rows.map((r) => [r.client_id, r.session_id, Number(r.place)]);
}

/** The same places ranked from the sessions (ids compared as the store compares them). */
async function ranked(raw: Raw) {
  const rows = await sql<{ client_id: string; id: string; place: number }>`
    select client_id, id, row_number() over (partition by client_id order by date, number, id) - 1 as place
    from sessions order by client_id, place`.execute(raw);
  return rows.rows.map((r) => [r.client_id, r.id, Number(r.place)]);
}

async function expectPlacesTrue(raw: Raw) {
  const now = await kept(raw);
  expect(now).toEqual(await ranked(raw));
  return now;
}

/** A migrated store, its raw handle and config for the test body; all closed afterwards. */
async function withStore(
  target: StoreTarget,
  body: (ctx: { system: SystemStore; raw: Raw; config: StoreConfig }) => Promise<void>,
) {
  const { config, dispose } = await target.openConfig();
  const system = await openStore(config);
  const raw = rawDatabase(config);
  try {
    await system.migrate();
    await body({ system, raw, config });
  } finally {
    await system.close();
    await raw.destroy();
    await dispose();
  }
}

/** Sessions written out of date order: each one entered before later ones moves them up. */
async function writeOutOfOrder(s: ScopedStore, name: string) {
  const client = await s.createClient({ name });
  const ids: string[] = [];
  for (const date of ["2024-03-01", "2024-01-01", "2024-05-01", "2024-02-01", "2024-01-01", "2023-12-01"])
    ids.push((await s.createSession(client.id, sessionInput({ date, pieces: [] }))).id);
  return { client, ids };
}

describeEachStore("kept session places (018)", (target) => {
  it("are each session's rank after sessions entered out of order, a draft moved, and an erasure", async () => {
    await withStore(target, async ({ system, raw, config }) => {
      const s = (await makePractice(system)).practitioner;
      const { client, ids } = await writeOutOfOrder(s, "Noor");
      const other = await writeOutOfOrder(s, "Ilse");
      const first = await expectPlacesTrue(raw);
      // The session of 2023-12-01, written last, is first in its process.
      expect(first.find((r) => r[1] === ids[5])?.[2]).toBe(0);
      expect(first.filter((r) => r[0] === client.id).map((r) => r[2])).toEqual([0, 1, 2, 3, 4, 5]);

      // A draft moved from first to last, and one moved into the middle.
      const earliest = await s.getSession(ids[5]!);
      await s.updateSession(earliest.id, sessionUpdate(earliest, { date: "2024-06-01" }));
      const latest = await s.getSession(ids[2]!);
      await s.updateSession(latest.id, sessionUpdate(latest, { date: "2024-01-15" }));
      const moved = await expectPlacesTrue(raw);
      expect(moved.find((r) => r[1] === ids[5])?.[2]).toBe(5);

      await eraseClient(config, client.id, { userId: null });
      const after = await expectPlacesTrue(raw);
      expect(after.some((r) => r[0] === client.id)).toBe(false);
      expect(after.filter((r) => r[0] === other.client.id)).toEqual(
        moved.filter((r) => r[0] === other.client.id),
      );
    });
  });

  it("stay a rank when sessions of one client are written at once", async () => {
    await withStore(target, async ({ system, raw }) => {
      const s = (await makePractice(system)).practitioner;
      const client = await s.createClient({ name: "Noor" });
      const dates = ["2024-04-01", "2024-01-01", "2024-03-01", "2024-02-01", "2024-01-01", "2024-05-01"];
      await Promise.all(dates.map((date) => s.createSession(client.id, sessionInput({ date, pieces: [] }))));
      const now = await expectPlacesTrue(raw);
      expect(now.map((r) => r[2])).toEqual([0, 1, 2, 3, 4, 5]);
    });
  });

  it("are rebuilt by a restore from backup, which does not carry them", async () => {
    const source = await target.openConfig();
    const copy = await target.openConfig();
    const folder = await mkdtemp(join(tmpdir(), "tessera-session-places-"));
    const system = await openStore(source.config);
    const raw = rawDatabase(source.config);
    const restoredRaw = rawDatabase(copy.config);
    try {
      await system.migrate();
      await writeOutOfOrder((await makePractice(system)).practitioner, "Noor");
      const before = await expectPlacesTrue(raw);
      const file = join(folder, "practice.tessera-backup");
      await writeBackup(source.config, file, { passphrase: null });
      await restoreBackup(copy.config, file, { passphrase: null });
      expect(await expectPlacesTrue(restoredRaw)).toEqual(before);
    } finally {
      await system.close();
      await raw.destroy();
      await restoredRaw.destroy();
      await source.dispose();
      await copy.dispose();
      await rm(folder, { recursive: true, force: true });
    }
  });

  it("are backfilled from the sessions of a database written before the migration", async () => {
    await withStore(target, async ({ system, raw }) => {
      await writeOutOfOrder((await makePractice(system)).practitioner, "Noor");
      const before = await expectPlacesTrue(raw);
      if (target.name === "sqlite")
        for (const t of ["sessions_place_ai", "sessions_place_ad", "sessions_place_au"])
          await sql.raw(`drop trigger ${t}`).execute(raw);
      else {
        for (const t of ["sessions_place_insert", "sessions_place_delete", "sessions_place_update"])
          await sql.raw(`drop trigger ${t} on sessions`).execute(raw);
        await sql`drop function tessera_session_places()`.execute(raw);
      }
      await raw.schema.dropTable("session_places").execute();
      await raw
        .deleteFrom("tessera_migrations")
        .where("name", "in", ["018-session-places", "019-session-place-order"])
        .execute();
      await system.migrate();
      expect(await expectPlacesTrue(raw)).toEqual(before);
    });
  });

  it("are kept by the order index once 019 replaces 018's counting triggers", async () => {
    await withStore(target, async ({ system, raw }) => {
      const s = (await makePractice(system)).practitioner;
      await writeOutOfOrder(s, "Noor");
      await installCountingTriggers(raw, target.name);
      await raw.schema.dropIndex("session_places_order").execute();
      await raw.deleteFrom("tessera_migrations").where("name", "=", "019-session-place-order").execute();
      await system.migrate();
      expect(await triggerText(raw, target.name)).not.toMatch(/count\(\*\)/);
      await writeOutOfOrder(s, "Ilse");
      const client = (await s.listClients()).find((c) => c.name === "Noor")!;
      await s.createSession(client.id, sessionInput({ date: "2024-01-15", pieces: [] }));
      await expectPlacesTrue(raw);
    });
  });
});

/** The text of the triggers (SQLite) or the trigger function (PostgreSQL) that keep places. */
async function triggerText(raw: Raw, store: string): Promise<string> {
  const rows =
    store === "sqlite"
      ? await sql<{ t: string }>`select group_concat(sql, ' ') as t from sqlite_master
          where type = 'trigger' and name like 'sessions_place_%'`.execute(raw)
      : await sql<{ t: string }>`select pg_get_functiondef('tessera_session_places'::regproc) as t`.execute(
          raw,
        );
  return rows.rows[0]!.t;
}

/** The insert trigger as 018 first released it: the places before the new one counted. */
async function installCountingTriggers(raw: Raw, store: string) {
  const before = `(date < new.date or (date = new.date and (number < new.number or (number = new.number and session_id < new.id))))`;
  const after = before.replaceAll("<", ">");
  const take = `update session_places set place = place + 1 where client_id = new.client_id and ${after};
    insert into session_places (session_id, client_id, date, number, place)
      select new.id, new.client_id, new.date, new.number, count(*) from session_places
      where client_id = new.client_id and ${before};`;
  if (store === "sqlite") {
    await sql`drop trigger sessions_place_ai`.execute(raw);
    await sql.raw(`create trigger sessions_place_ai after insert on sessions begin ${take} end`).execute(raw);
  } else {
    // Only the insert path: enough to see 019 replace the whole function.
    await sql
      .raw(
        `create or replace function tessera_session_places() returns trigger language plpgsql as $$
      begin ${take} return null; end $$`,
      )
      .execute(raw);
  }
  expect(await triggerText(raw, store)).toMatch(/count\(\*\)/);
}
