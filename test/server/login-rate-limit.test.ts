// Failed logins are limited per address across every app instance that shares the database.
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildApp } from "../../src/server/app";
import type { App } from "../../src/server/app-types";
import type { SystemStore } from "../../src/store/store";
import { describeEachStore } from "../store/each-store";

describeEachStore("login rate limit", (target) => {
  let store: SystemStore;
  let one: App;
  let two: App;
  beforeAll(async () => {
    store = await target.open();
    // Two app instances on one store: what a load balancer puts in front of a clinic's database.
    one = await buildApp({ system: store });
    two = await buildApp({ system: store });
  });
  afterAll(async () => {
    await one.close();
    await two.close();
    await store.close();
  });

  const attempt = (app: App, ip: string) =>
    app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: "x@example.org", password: "wrong guess" },
      remoteAddress: ip,
    });

  it("answers 429 once ten attempts from one address reach any of the instances", async () => {
    for (let i = 0; i < 10; i++) expect((await attempt(i % 2 ? one : two, "10.0.0.7")).statusCode).toBe(401);
    const blocked = await attempt(one, "10.0.0.7");
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe("rate_limited");
    expect((await attempt(two, "10.0.0.8")).statusCode).toBe(401);
  });
});
