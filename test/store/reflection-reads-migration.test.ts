// Migration 010 starts the per-person read markers from what Home showed as read until then:
// shared reflections dated on or before the client's latest session are read by the practice's
// staff; later ones, private ones and clients without sessions stay unread.
import { expect, it } from "vitest";
import { markReadUpToLatestSession } from "../../src/store/migrations/010-reflection-reads";
import { openStore } from "../../src/store/open-store";
import type { SystemStore } from "../../src/store/store";
import { describeEachStore } from "./each-store";
import { clientLogin, makePractice, sessionInput } from "./fixtures";
import { rawDatabase } from "./raw-database";

describeEachStore("reflection reads migration", (target) => {
  it("marks shared reflections up to the client's latest session read for every staff member, and no others", async () => {
    const { config, dispose } = await target.openConfig();
    const system: SystemStore = await openStore(config);
    try {
      await system.migrate();
      const p = await makePractice(system);
      const s = p.practitioner;
      const client = await s.createClient({ name: "Noor" });
      await s.addCareTeamMember(client.id, p.adminCaller.userId);
      await s.createSession(client.id, sessionInput({ date: "2024-03-01" }));
      const me = await clientLogin(system, p.practiceId, client.id);
      const write = (date: string, shared: boolean) =>
        me.createReflection(client.id, { date, text: `On ${date}.`, sharedWithPractitioner: shared });
      const before = await write("2024-02-01", true);
      const onTheDay = await write("2024-03-01", true);
      const after = await write("2024-03-05", true);
      await write("2024-02-02", false);

      expect((await s.listUnreadReflections()).length).toBe(3);
      // The migration's own step, on the database as it stands (no markers yet).
      const db = rawDatabase(config);
      try {
        await markReadUpToLatestSession(db);
      } finally {
        await db.destroy();
      }
      for (const staff of [p.practitioner, p.admin])
        expect((await staff.listUnreadReflections()).map((r) => r.id)).toEqual([after.id]);
      expect([before.id, onTheDay.id]).not.toContain(after.id);
    } finally {
      await system.close();
      await dispose();
    }
  });
});
