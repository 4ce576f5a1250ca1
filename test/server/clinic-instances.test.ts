// Clinic mode: two app instances on one PostgreSQL behave as one. A login made on one is good
// on the other, writes from both are seen by both (and numbered without clashes), and a limit
// counts the requests of both together.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeTargets, type DisposableConfig } from "../support/databases";
import { call, saveTwelveAtOnce, SETUP, startInstance, type Instance } from "./clinic-support";

const postgres = storeTargets().find((t) => t.name === "postgres")!;

describe.skipIf(postgres.skip !== null)("clinic mode: two instances on one PostgreSQL", () => {
  let db: DisposableConfig;
  let a: Instance;
  let b: Instance;
  let cookie: string;

  beforeAll(async () => {
    db = await postgres.openConfig();
    // Started together: both migrate the empty database at once.
    [a, b] = await Promise.all([startInstance(db.config), startInstance(db.config)]);
    const setup = await call(a.url, "POST", "/api/setup", SETUP);
    expect(setup.status).toBe(201);
    cookie = setup.cookie!;
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await db?.dispose();
  });

  it("honours on one instance a login made on the other, and a logout on one ends it on both", async () => {
    const login = await call(b.url, "POST", "/api/auth/login", {
      email: SETUP.email,
      password: SETUP.password,
    });
    expect(login.status).toBe(200);
    const other = login.cookie!;
    expect((await call(a.url, "GET", "/api/auth/me", undefined, other)).body.user.email).toBe(SETUP.email);
    expect((await call(a.url, "POST", "/api/auth/logout", {}, other)).status).toBe(204);
    expect((await call(b.url, "GET", "/api/auth/me", undefined, other)).status).toBe(401);
    expect((await call(a.url, "GET", "/api/auth/me", undefined, cookie)).status).toBe(200);
  });

  it("shows on both instances every record written through either under concurrent load", async () => {
    const made = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        call(
          i % 2 ? a.url : b.url,
          "POST",
          "/api/clients",
          { name: `Load ${String(i).padStart(2, "0")}` },
          cookie,
        ),
      ),
    );
    expect(made.map((r) => r.status)).toEqual(made.map(() => 201));
    const names = (r: { body: { items: Array<{ name: string }> } }) =>
      r.body.items.map((c) => c.name).filter((n) => n.startsWith("Load "));
    const onA = await call(a.url, "GET", "/api/clients", undefined, cookie);
    const onB = await call(b.url, "GET", "/api/clients", undefined, cookie);
    expect(names(onA)).toHaveLength(24);
    expect(names(onB)).toEqual(names(onA));
  });

  it("numbers sessions saved at once through both instances without a gap or a clash", async () => {
    await saveTwelveAtOnce(a.url, b.url, cookie);
  });

  it("counts a limited endpoint's requests on both instances together", async () => {
    // POST /api/invitations/preview allows 20 a minute from one address; neither instance sees 20 alone.
    const statuses: number[] = [];
    for (let i = 0; i < 24; i++) {
      const r = await call(i % 2 ? a.url : b.url, "POST", "/api/invitations/preview", {
        token: "x".repeat(32),
      });
      statuses.push(r.status);
    }
    expect(statuses.slice(0, 20).filter((s) => s === 429)).toEqual([]);
    expect(statuses.slice(20)).toEqual([429, 429, 429, 429]);
  });
});
