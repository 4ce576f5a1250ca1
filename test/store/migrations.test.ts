import { expect, it } from "vitest";
import { openStore } from "../../src/store/open-store";
import { describeEachStore } from "./each-store";
import { makePractice } from "./fixtures";

describeEachStore("migrations", (target) => {
  it("migrating an already migrated database changes nothing and keeps the data", async () => {
    const system = await target.open();
    try {
      const { practitioner } = await makePractice(system);
      const client = await practitioner.createClient({ name: "Mira" });
      await system.migrate();
      await system.migrate();
      expect(await practitioner.getClient(client.id)).toEqual(client);
    } finally {
      await system.close();
    }
  });

  it("two app instances starting together on one empty database both migrate it without error", async () => {
    const { config, dispose } = await target.openConfig();
    const first = await openStore(config);
    const second = await openStore(config);
    try {
      await Promise.all([first.migrate(), second.migrate(), first.migrate()]);
      const { practitioner } = await makePractice(first);
      const client = await practitioner.createClient({ name: "Noor" });
      expect((await second.scoped(practitioner.caller).getClient(client.id)).name).toBe("Noor");
    } finally {
      await first.close();
      await second.close();
      await dispose();
    }
  });
});
