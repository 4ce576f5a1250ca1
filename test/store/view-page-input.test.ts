// A view's page read straight from the store (the CLI and the seeder do not pass the HTTP
// schemas) refuses a bad page with an `invalid` error naming the field, never a bare ZodError.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { SystemStore } from "../../src/store/store";
import { describeEachStore } from "./each-store";
import { expectDomainError, makePractice } from "./fixtures";

describeEachStore("view page input", (target) => {
  let system: SystemStore;
  beforeAll(async () => {
    system = await target.open();
  });
  afterAll(async () => system?.close());

  it("names the field of a page that is out of range", async () => {
    const { practitioner } = await makePractice(system);
    const client = await practitioner.createClient({ name: "Ines" });
    const err = await expectDomainError(
      practitioner.readLifeMemoriesView(client.id, { limit: 0 }),
      "invalid",
    );
    expect(err.details.map((d) => d.path)).toEqual(["limit"]);
  });
});
