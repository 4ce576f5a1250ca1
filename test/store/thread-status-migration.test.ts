// Migration 016 adds thread_status_changes: every thread of a database written before it gets its
// current status as the first entry (an open one from its first appearance, one that had moved on
// as of its last change), and changes go on from there.
import { sql } from "kysely";
import { expect, it } from "vitest";
import { openStore } from "../../src/store/open-store";
import { threadUpdate } from "./capture-fixtures";
import { describeEachStore } from "./each-store";
import { makePractice, piece, sessionInput } from "./fixtures";
import { rawDatabase } from "./raw-database";

describeEachStore("thread status changes migration (016)", (target) => {
  it("gives each existing thread its current status as the first entry of its history", async () => {
    const { config, dispose } = await target.openConfig();
    const system = await openStore(config);
    const raw = rawDatabase(config);
    try {
      await system.migrate();
      const s = (await makePractice(system)).practitioner;
      const client = await s.createClient({ name: "Noor" });
      const open = await s.createThread(client.id, { name: "jaw" });
      const understood = await s.createThread(client.id, { name: "fear" });
      const empty = await s.createThread(client.id, { name: "not yet seen" });
      await s.createSession(client.id, sessionInput({ date: "2024-01-10" }));
      await s.createSession(
        client.id,
        sessionInput({
          date: "2024-02-07",
          pieces: [piece("body_sensation", "tight jaw", { threadIds: [open.id, understood.id] })],
        }),
      );
      await s.createSession(
        client.id,
        sessionInput({ date: "2024-03-06", pieces: [piece("emotion", "fear", { threadIds: [open.id] })] }),
      );
      // The schema as it was before 016: only each thread's current status, no history.
      await raw.schema.dropTable("thread_status_changes").execute();
      await raw.deleteFrom("tessera_migrations").where("name", "=", "016-thread-status-changes").execute();
      await sql`update threads set status = 'understood', updated_at = '2024-02-20T09:00:00.000Z' where id = ${understood.id}`.execute(
        raw,
      );
      await sql`update threads set created_at = '2023-12-01T08:00:00.000Z' where id = ${empty.id}`.execute(
        raw,
      );

      await system.migrate();
      const changes = await s.listClientThreadStatusChanges(client.id);
      const byThread = Object.fromEntries(
        changes.map((c) => [c.threadId, [c.status, c.sessionId, c.fromDate, c.changedBy, c.note]]),
      );
      expect(changes.length).toBe(3);
      expect(byThread).toEqual({
        [open.id]: ["open", null, null, null, ""],
        [understood.id]: ["understood", null, "2024-02-20", null, ""],
        [empty.id]: ["open", null, null, null, ""],
      });

      // Changes go on from the entry the migration wrote.
      const [current] = (await s.listThreads(client.id)).filter((t) => t.id === open.id);
      await s.updateThread(open.id, {
        ...threadUpdate(current!, { status: "resolved" }),
        statusNote: "done",
      });
      expect((await s.listThreadStatusChanges(open.id)).changes.map((c) => [c.status, c.fromDate])).toEqual([
        ["open", null],
        ["resolved", "2024-03-06"],
      ]);
    } finally {
      await system.close();
      await raw.destroy();
      await dispose();
    }
  });
});
