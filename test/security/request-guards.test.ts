// What every request passes through, on each store: the CSRF guard, Cache-Control, text both
// stores can hold, first-run setup exactly once, and a request log that names the route and
// never the URL or body.
import { Writable } from "node:stream";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildApp } from "../../src/server/app";
import type { App } from "../../src/server/app-types";
import type { SystemStore } from "../../src/store/store";
import { describeEachStore } from "../store/each-store";
import { sessionCookie } from "../server/api-harness";

const PASSWORD = "correct horse battery";
const SETUP = { practiceName: "Still Point", name: "Ana", email: "ana@example.org", password: PASSWORD };

describeEachStore("request guards", (target) => {
  let store: SystemStore;
  let app: App;
  let cookie: string;
  const logLines: string[] = [];
  let clientId: string;

  beforeAll(async () => {
    store = await target.open();
    const stream = new Writable({
      write(chunk, _enc, done) {
        logLines.push(...String(chunk).split("\n").filter(Boolean));
        done();
      },
    });
    app = await buildApp({ system: store, logger: { stream } });
    const res = await app.inject({ method: "POST", url: "/api/setup", payload: SETUP });
    cookie = sessionCookie(res);
    clientId = (await send("POST", "/api/clients", { name: "Zoe" })).json().id;
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  const send = (
    method: "GET" | "POST" | "PUT",
    url: string,
    payload?: object,
    headers: Record<string, string> = {},
  ) =>
    app.inject({
      method,
      url,
      ...(payload ? { payload } : {}),
      headers: { cookie, ...(payload ? {} : { "x-tessera-request": "1" }), ...headers },
    });

  it("refuses a body-less or text/plain POST without Tessera's header (a cross-site form) with 403", async () => {
    const form = await app.inject({
      method: "POST",
      url: "/api/auth/logout",
      headers: { cookie, "content-type": "text/plain" },
      payload: "x=1",
    });
    expect(form.statusCode).toBe(403);
    expect(form.json().error.message).toMatch(/x-tessera-request/);
    const bare = await app.inject({ method: "POST", url: "/api/auth/logout", headers: { cookie } });
    expect(bare.statusCode).toBe(403);
    // Still logged in: nothing changed.
    expect((await send("GET", "/api/auth/me")).statusCode).toBe(200);
  });

  it("refuses a request another origin or site sends, even with JSON and the header", async () => {
    const crossOrigin = await send(
      "PUT",
      `/api/clients/${clientId}`,
      { name: "Mallory" },
      {
        origin: "http://127.0.0.1:9999",
        "x-tessera-request": "1",
      },
    );
    expect(crossOrigin.statusCode).toBe(403);
    const crossSite = await send(
      "POST",
      "/api/clients",
      { name: "Mallory" },
      { "sec-fetch-site": "cross-site" },
    );
    expect(crossSite.statusCode).toBe(403);
    const sameOrigin = await send(
      "POST",
      "/api/clients",
      { name: "Yan" },
      {
        origin: "http://localhost:4321",
        host: "localhost:4321",
        "sec-fetch-site": "same-origin",
      },
    );
    expect(sameOrigin.statusCode).toBe(201);
    const names = (await send("GET", "/api/clients")).json().items.map((c: { name: string }) => c.name);
    expect(names).not.toContain("Mallory");
  });

  it("marks every API answer Cache-Control: no-store", async () => {
    for (const url of ["/api/clients", `/api/clients/${clientId}`, "/api/auth/me", "/api/setup"]) {
      expect((await send("GET", url)).headers["cache-control"]).toBe("no-store");
    }
  });

  it("answers a NUL or lone surrogate in any text with 400 naming the field, on this store as on the other", async () => {
    const nul = await send("POST", "/api/clients", { name: "Zo\u0000e" });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error.details[0].path).toBe("name");
    const nested = await send("POST", "/api/clients", {
      name: "Ok",
      presentingConcerns: [{ category: "pain", description: "jaw \ud800" }],
    });
    expect(nested.statusCode).toBe(400);
    expect(nested.json().error.details[0].path).toBe("presentingConcerns.0.description");
    const param = await send("GET", "/api/clients/%00");
    expect(param.statusCode).toBe(400);
    expect(param.json().error.details[0].path).toBe("clientId");
    // A real emoji (a surrogate pair) is ordinary text.
    expect((await send("POST", "/api/clients", { name: "Zoë 🌿" })).statusCode).toBe(201);
  });

  it("creates exactly one practice when many first-run setups race", async () => {
    const fresh = await target.open();
    const racer = await buildApp({ system: fresh });
    try {
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          racer.inject({
            method: "POST",
            url: "/api/setup",
            payload: { ...SETUP, email: `a${i}@example.org` },
          }),
        ),
      );
      const codes = answers.map((a) => a.statusCode).sort();
      expect(codes.filter((c) => c === 201)).toHaveLength(1);
      expect(codes.filter((c) => c === 409)).toHaveLength(9);
      expect(await fresh.listPractices()).toHaveLength(1);
    } finally {
      await racer.close();
      await fresh.close();
    }
  });

  it("logs each request with its id, method, route pattern, status, duration and user, never the URL's query or the body", async () => {
    logLines.length = 0;
    await send("GET", "/api/search?q=sternum+grief");
    await send("POST", "/api/clients", { name: "Whisper Name" });
    const requests = logLines.map((l) => JSON.parse(l)).filter((l) => l.msg === "request");
    const search = requests.find((l) => l.route === "/api/search");
    expect(search).toMatchObject({ method: "GET", status: 200, userId: expect.any(String) });
    expect(search.reqId).toMatch(/^[0-9a-f-]{36}$/);
    expect(typeof search.ms).toBe("number");
    const all = logLines.join("\n");
    expect(all).not.toMatch(/sternum|grief|Whisper/);
  });

  it("logs a 5xx with its stack but not its message", async () => {
    logLines.length = 0;
    const broken = await buildApp({
      system: {
        ...store,
        hasAnyPractice: () => Promise.reject(new Error("secret clinical words in a driver message")),
      } as SystemStore,
      logger: {
        stream: new Writable({
          write(chunk, _enc, done) {
            logLines.push(...String(chunk).split("\n").filter(Boolean));
            done();
          },
        }),
      },
    });
    try {
      expect((await broken.inject({ method: "GET", url: "/api/setup" })).statusCode).toBe(500);
    } finally {
      await broken.close();
    }
    const error = logLines.map((l) => JSON.parse(l)).find((l) => l.level === 50);
    expect(error.err.stack).toMatch(/\n\s+at /);
    expect(logLines.join("\n")).not.toMatch(/secret clinical words/);
    expect(logLines.map((l) => JSON.parse(l)).find((l) => l.msg === "request")).toMatchObject({
      status: 500,
    });
  });
});
