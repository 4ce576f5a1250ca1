// The response projection (what replaced a zod parse of every answer) lets out exactly what zod
// would: unknown keys dropped at every depth, trim and defaults applied, and on the demo practice
// every GET answer serialises to the same JSON as a full zod parse.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { seedDemoPractice } from "../../src/demo/seed-demo";
import { ALL_ENDPOINTS } from "../../src/server/api/all-endpoints";
import { hashPassword } from "../../src/server/auth/passwords";
import { DoesNotFit, projectionOf } from "../../src/server/response-projection";
import { serializeThroughSchema } from "../../src/server/serialize-through-schema";
import { openSqliteStore } from "../../src/store/sqlite/open-sqlite";
import { openApi, type Api } from "./api-harness";

const asJson = (schema: z.ZodType, value: unknown) => JSON.stringify(projectionOf(schema)(value));
const serializer = (schema: z.ZodType) =>
  (serializeThroughSchema as unknown as (r: { schema: unknown }) => (d: unknown) => string)({ schema });

describe("response projection", () => {
  const Tile = z.object({ id: z.string(), kind: z.enum(["image", "memory"]), age: z.number().nullable() });
  const View = z.object({
    name: z.string().trim(),
    note: z.string().default("none"),
    tiles: z.array(Tile),
    byRegion: z.record(z.string(), z.array(Tile)),
    lastSeen: Tile.optional(),
    email: z.union([z.string(), z.literal("")]),
    extra: z.unknown(),
  });

  it("drops keys the schema does not name inside arrays, records and optionals", () => {
    const tile = { id: "t1", kind: "image", age: null, text: "secret", clientId: "c" };
    const value = {
      name: "  Ana  ",
      tiles: [tile],
      byRegion: { jaw: [tile] },
      lastSeen: tile,
      email: "",
      extra: { kept: "as is" },
      passwordHash: "x",
    };
    expect(asJson(View, value)).toBe(JSON.stringify(View.parse(value)));
    expect(asJson(View, value)).not.toMatch(/secret|passwordHash|clientId/);
  });

  it("applies zod's trim and defaults", () => {
    const out = projectionOf(View)({
      name: " Ana ",
      tiles: [],
      byRegion: {},
      email: "a@b.c",
      extra: null,
    }) as { name: string; note: string };
    expect([out.name, out.note]).toEqual(["Ana", "none"]);
  });

  it("refuses a value of the wrong type, and the serializer then reports zod's error", () => {
    expect(() => projectionOf(Tile)({ id: 1, kind: "image", age: null })).toThrow(DoesNotFit);
    expect(() => projectionOf(Tile)({ id: "t", kind: "dream", age: null })).toThrow(DoesNotFit);
    expect(() => projectionOf(Tile)({ id: "t", kind: "image", age: Number.NaN })).toThrow(DoesNotFit);
    expect(() => serializer(Tile)({ id: 1, kind: "image", age: null })).toThrow(z.ZodError);
  });

  it("checks an array's length bounds itself, and refuses what zod would", () => {
    const Bounded = z.object({
      regions: z
        .array(z.enum(["jaw", "neck"]))
        .min(1)
        .max(2),
    });
    const Exact = z.array(z.string()).length(2);
    expect(asJson(Bounded, { regions: ["jaw"] })).toBe(JSON.stringify(Bounded.parse({ regions: ["jaw"] })));
    expect(() => projectionOf(Bounded)({ regions: [] })).toThrow(DoesNotFit);
    expect(() => projectionOf(Bounded)({ regions: ["jaw", "neck", "jaw"] })).toThrow(DoesNotFit);
    expect(() => projectionOf(Bounded)({ regions: ["knee"] })).toThrow(DoesNotFit);
    expect(projectionOf(Exact)(["a", "b"])).toEqual(["a", "b"]);
    expect(() => projectionOf(Exact)(["a"])).toThrow(DoesNotFit);
    expect(() => serializer(Bounded)({ regions: [] })).toThrow(z.ZodError);
  });

  it("lets a union of plain values out as the option that takes it, and refuses what none takes", () => {
    const Age = z.union([z.number(), z.null()]);
    expect(projectionOf(Age)(7)).toBe(7);
    expect(projectionOf(Age)(null)).toBeNull();
    expect(() => projectionOf(Age)("seven")).toThrow(DoesNotFit);
    const Named = z.object({ name: z.string().trim().toLowerCase() });
    expect(projectionOf(Named)({ name: "  Ana " })).toEqual(Named.parse({ name: "  Ana " }));
  });

  it("drops a record key named __proto__, as zod does, without touching any prototype", () => {
    const Draft = z.object({ content: z.record(z.string(), z.unknown()) });
    const value = JSON.parse('{"content": {"__proto__": {"polluted": true}, "a": 1}}');
    expect(asJson(Draft, value)).toBe(JSON.stringify(Draft.parse(value)));
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe("every GET answer on the demo practice", () => {
  let api: Api;
  let cookie: string;
  const answers: Array<{ route: string; schema: z.ZodType; payload: unknown }> = [];
  beforeAll(async () => {
    const system = await openSqliteStore({ file: ":memory:" });
    await system.migrate();
    const demo = await seedDemoPractice(system, hashPassword);
    api = await openApi(system);
    // The handler's own result, before serialisation, with the schema it leaves through.
    api.app.addHook("preSerialization", async (request, reply, payload) => {
      const schema = (request.routeOptions.schema?.response as Record<number, unknown> | undefined)?.[
        reply.statusCode
      ];
      if (schema instanceof z.ZodType) answers.push({ route: request.routeOptions.url!, schema, payload });
      return payload;
    });
    cookie = await api.login(demo.email, demo.password);
  }, 120_000);
  afterAll(async () => api?.close());

  it("serialises to the JSON a full zod parse gives", async () => {
    const get = (url: string) => api.request("GET", url, undefined, cookie);
    const clients = (await get("/api/clients")).json().items as Array<{ id: string }>;
    const byClient = ALL_ENDPOINTS.filter(
      (ep) => ep.method === "GET" && !/:(?!clientId)/.test(ep.path) && !("file" in ep.response),
    );
    for (const client of clients) {
      for (const ep of byClient) await get(ep.path.replace(":clientId", client.id));
      const sessions = (await get(`/api/clients/${client.id}/session-summaries`)).json().items ?? [];
      for (const s of sessions.slice(0, 3)) await get(`/api/sessions/${s.id}`);
    }
    await get("/api/search?q=jaw&limit=20");
    expect(new Set(answers.map((a) => a.route)).size).toBeGreaterThan(25);
    for (const { route, schema, payload } of answers) {
      expect(asJson(schema, payload), route).toBe(JSON.stringify(schema.parse(payload)));
    }
  }, 120_000);
});
