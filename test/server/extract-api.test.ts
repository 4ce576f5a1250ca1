// /api/extract: a size limit with a clear 413, and the extractor off the main thread, so other
// requests are answered while a long text is being read.
import { afterAll, beforeAll, expect, it } from "vitest";
import { EXTRACT_MAX_CHARACTERS } from "../../src/server/api/extract/extract-endpoints";
import { storeTargets } from "../support/databases";
import { openApi, sessionCookie, type Api } from "./api-harness";

const NARRATIVE =
  "Under my hands the occiput softened and she felt warmth spreading down her spine. " +
  "She remembered the kitchen of her grandmother when she was seven and cried quietly. ";

let api: Api;
let cookie: string;
beforeAll(async () => {
  api = await openApi(await storeTargets()[0]!.open());
  const res = await api.request("POST", "/api/setup", {
    practiceName: "P",
    name: "Ana",
    email: "ana@example.org",
    password: "correct horse battery",
  });
  cookie = sessionCookie(res);
});
afterAll(async () => api?.close());

it("suggests pieces from a narrative in a worker thread", async () => {
  const res = await api.request("POST", "/api/extract", { text: NARRATIVE }, cookie);
  expect(res.statusCode).toBe(200);
  expect(res.json().pieces.length).toBeGreaterThan(0);
});

it("answers 413 with the size and the limit for a text beyond it", async () => {
  const res = await api.request(
    "POST",
    "/api/extract",
    { text: "a".repeat(EXTRACT_MAX_CHARACTERS + 1) },
    cookie,
  );
  expect(res.statusCode).toBe(413);
  expect(res.json().error.code).toBe("too_large");
  expect(res.json().error.message).toMatch(/50,001 characters.*at most 50,000/);
});

it("answers the same 413 for a text far beyond the limit, not a 400 from the schema", async () => {
  const res = await api.request("POST", "/api/extract", { text: "a".repeat(250_000) }, cookie);
  expect(res.statusCode).toBe(413);
  expect(res.json().error.message).toMatch(/250,000 characters.*at most 50,000/);
});

it("answers other requests while a long text is being read", async () => {
  const order: string[] = [];
  const long = NARRATIVE.repeat(Math.floor(EXTRACT_MAX_CHARACTERS / NARRATIVE.length));
  const extracting = api.request("POST", "/api/extract", { text: long }, cookie).then((r) => {
    order.push("extract");
    return r;
  });
  // Let the extract request reach its handler before asking something else.
  await new Promise((resolve) => setImmediate(resolve));
  for (let i = 0; i < 3; i++) {
    const me = await api.request("GET", "/api/auth/me", undefined, cookie);
    expect(me.statusCode).toBe(200);
    order.push("me");
  }
  expect((await extracting).statusCode).toBe(200);
  expect(order).toEqual(["me", "me", "me", "extract"]);
});
