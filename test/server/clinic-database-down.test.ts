// PostgreSQL unreachable (restarted, network cut): every request answers at once with 503 and a
// message saying so, rather than hanging or a 500, and the app serves again by itself as soon as
// the database is back. The outage is a TCP proxy in front of PostgreSQL that the test cuts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeTargets, TEST_POSTGRES_URL, type DisposableConfig } from "../support/databases";
import { call, CuttableProxy, SETUP, startInstance, type Instance } from "./clinic-support";

const postgres = storeTargets().find((t) => t.name === "postgres")!;

describe.skipIf(postgres.skip !== null)("clinic mode: PostgreSQL unreachable", () => {
  let db: DisposableConfig;
  let proxy: CuttableProxy;
  let app: Instance;
  let cookie: string;

  beforeAll(async () => {
    db = await postgres.openConfig();
    const real = new URL(TEST_POSTGRES_URL);
    proxy = new CuttableProxy(real.hostname, Number(real.port || 5432));
    await proxy.start();
    app = await startInstance({ ...db.config, databaseUrl: proxy.route(db.config.databaseUrl!) });
    cookie = (await call(app.url, "POST", "/api/setup", SETUP)).cookie!;
  });
  afterAll(async () => {
    await proxy?.restore();
    await app?.close();
    await proxy?.cut();
    await db?.dispose();
  });

  it("answers 503 'the database cannot be reached' while it is down, for reads, writes and logins, then recovers by itself", async () => {
    expect((await call(app.url, "GET", "/api/clients", undefined, cookie)).status).toBe(200);

    await proxy.cut();
    for (const [method, path, body] of [
      ["GET", "/api/clients", undefined],
      ["POST", "/api/clients", { name: "Written while down" }],
      ["GET", "/api/auth/me", undefined],
    ] as const) {
      const down = await call(app.url, method, path, body, cookie);
      expect(down.status, `${method} ${path}`).toBe(503);
      expect(down.body.error.code).toBe("unavailable");
      expect(down.body.error.message).toMatch(/database cannot be reached/);
    }
    const login = await call(app.url, "POST", "/api/auth/login", {
      email: SETUP.email,
      password: SETUP.password,
    });
    expect(login.status).toBe(503);

    await proxy.restore();
    const back = await call(app.url, "GET", "/api/clients", undefined, cookie);
    expect(back.status).toBe(200);
    expect(back.body.items.map((c: { name: string }) => c.name)).not.toContain("Written while down");
    expect((await call(app.url, "POST", "/api/clients", { name: "After" }, cookie)).status).toBe(201);
  });

  it("survives connections dropped under requests in flight: each answers 200 or 503, and the next ones 200", async () => {
    const inFlight = Array.from({ length: 20 }, (_, i) =>
      i % 4 === 0
        ? call(app.url, "POST", "/api/clients", { name: `In flight ${i}` }, cookie)
        : call(app.url, "GET", "/api/clients", undefined, cookie),
    );
    await proxy.cut();
    const statuses = (await Promise.all(inFlight)).map((r) => r.status);
    expect(statuses.filter((s) => ![200, 201, 503].includes(s))).toEqual([]);
    await proxy.restore();
    expect((await call(app.url, "GET", "/api/clients", undefined, cookie)).status).toBe(200);
  });
});
