// Migration 006 re-derives the flags of responses nobody has followed up: a PHQ-9 stored with item
// 9 blank and WHO-5s stored before issue 13's flags get them; a followed-up response keeps what
// was closed; nothing is ever dropped.
import { expect, it } from "vitest";
import { rederiveOpenFlags } from "../../src/store/migrations/006-client-portal";
import { openStore } from "../../src/store/open-store";
import { describeEachStore } from "./each-store";
import { makePractice } from "./fixtures";
import { rawDatabase } from "./raw-database";

describeEachStore("portal flags migration", (target) => {
  it("adds today's flags to open responses stored without them and leaves followed-up ones alone", async () => {
    const { config, dispose } = await target.openConfig();
    const system = await openStore(config);
    try {
      await system.migrate();
      const p = await makePractice(system);
      const clientId = (await p.practitioner.createClient({ name: "Ivo" })).id;
      const rec = (instrument: string, answers: (number | null)[]) =>
        p.practitioner.createMeasureResponse(clientId, {
          instrument,
          date: "2024-01-02",
          answers,
          instrumentVersion: "1",
        });
      const blank = await rec("phq9", [1, 1, 1, 1, 1, 1, 1, 1, null]);
      const low = await rec("who5", [0, 1, 1, 1, 1]);
      const closed = await rec("who5", [0, 0, 0, 0, 0]);
      const item9 = await rec("phq9", [0, 0, 0, 0, 0, 0, 0, 0, 1]);
      await p.practitioner.recordFollowUp(closed.id, "called the same day");

      const db = rawDatabase(config);
      try {
        // As stored before issue 13: no unanswered-item-9 and no WHO-5 flags.
        for (const id of [blank.id, low.id, closed.id])
          await db.updateTable("measure_responses").set({ flags: "[]" }).where("id", "=", id).execute();
        await rederiveOpenFlags(db);
        await rederiveOpenFlags(db); // idempotent
      } finally {
        await db.destroy();
      }
      const flags = Object.fromEntries(
        (await p.practitioner.listMeasureResponses(clientId)).map((r) => [r.id, r.flags]),
      );
      expect(flags[blank.id]).toEqual(["phq9-item9-unanswered"]);
      expect(flags[low.id]).toEqual(expect.arrayContaining(["who5-depression-screen", "who5-low-item"]));
      expect(flags[closed.id]).toEqual([]);
      expect(flags[item9.id]).toEqual(["phq9-item9"]);
    } finally {
      await system.close();
      await dispose();
    }
  });
});
