// GET /api/search/facets: every match of a search counted in all, per client and per year,
// narrowed by client or year; a query the search would refuse is refused here too.
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachStore } from "../store/each-store";
import { addPractice, openApi, type Api } from "./api-harness";

describeEachStore("search facets over HTTP", (target) => {
  let api: Api;
  let cookie: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    api = await openApi(await target.open());
    const { practice, user } = await addPractice(
      api.system,
      "Facets",
      "facets@example.org",
      "a long password 1",
    );
    cookie = await api.login("facets@example.org", "a long password 1");
    const store = api.system.scoped({
      userId: user.id,
      practiceId: practice.id,
      role: "practitioner",
      clientId: null,
    });
    for (const [name, dates] of [
      ["Ada", ["2023-02-01", "2024-03-01", "2024-04-01"]],
      ["Ben", ["2024-05-01"]],
    ] as const) {
      const client = await store.createClient({ name });
      ids[name] = client.id;
      for (const date of dates)
        await store.createSession(client.id, { date, narrative: "The lighthouse again.", pieces: [] });
    }
  });
  afterAll(async () => {
    await api?.close();
  });

  it("counts every match in all, per client (most first) and per year (newest first)", async () => {
    const res = await api.request("GET", "/api/search/facets?q=lighthouse", undefined, cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      total: 4,
      clients: [
        { clientId: ids.Ada, count: 3 },
        { clientId: ids.Ben, count: 1 },
      ],
      years: [
        { year: "2024", count: 3 },
        { year: "2023", count: 1 },
      ],
    });
  });

  it("narrows to the client or the year picked", async () => {
    const byClient = await api.request(
      "GET",
      `/api/search/facets?q=lighthouse&clientId=${ids.Ben}`,
      undefined,
      cookie,
    );
    expect(byClient.json()).toMatchObject({ total: 1, clients: [{ clientId: ids.Ben, count: 1 }] });
    const byYear = await api.request("GET", "/api/search/facets?q=lighthouse&year=2023", undefined, cookie);
    expect(byYear.json()).toMatchObject({ total: 1, years: [{ year: "2023", count: 1 }] });
  });

  it("refuses a malformed year with the field's path, and an empty query", async () => {
    const year = await api.request("GET", "/api/search/facets?q=lighthouse&year=24", undefined, cookie);
    expect(year.statusCode).toBe(400);
    expect(JSON.stringify(year.json())).toContain("year");
    expect((await api.request("GET", "/api/search/facets?q=", undefined, cookie)).statusCode).toBe(400);
  });
});
