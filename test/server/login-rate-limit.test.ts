// Login throttling an attacker cannot steer: counted per account and per address in the database
// (every app instance sees the same counts), a growing delay rather than a lockout, addresses
// from the socket unless a trusted proxy speaks for them, and a browser that logged in before
// is not slowed down by a stranger's guesses.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/server/app";
import type { App } from "../../src/server/app-types";
import { ACCOUNT_POLICY, ADDRESS_POLICY } from "../../src/server/auth/login-throttle";
import { hashPassword } from "../../src/server/auth/passwords";
import { delayAfter } from "../../src/store/kysely-system-store";
import type { SystemStore } from "../../src/store/store";
import { describeEachStore } from "../store/each-store";

const PASSWORD = "correct horse battery";

describeEachStore("login throttle", (target) => {
  let store: SystemStore;
  let one: App;
  let two: App;
  let proxied: App;
  beforeAll(async () => {
    store = await target.open();
    // Two app instances on one store: what a load balancer puts in front of a clinic's database.
    one = await buildApp({ system: store });
    two = await buildApp({ system: store });
    proxied = await buildApp({ system: store, trustProxy: ["10.9.9.9"] });
    const { practice } = await store.createPracticeWithUser("P", {
      name: "Ada",
      email: "ada@example.org",
      role: "admin",
      passwordHash: await hashPassword(PASSWORD),
    });
    for (const email of ["bea@example.org", "cy@example.org", "dee@example.org"])
      await store.createUser(practice.id, {
        name: email,
        email,
        role: "practitioner",
        clientId: null,
        passwordHash: await hashPassword(PASSWORD),
      });
  });
  afterAll(async () => {
    for (const app of [one, two, proxied]) await app?.close();
    await store?.close();
  });

  const attempt = (
    app: App,
    ip: string,
    email: string,
    password = "wrong guess",
    headers: Record<string, string> = {},
  ) =>
    app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email, password },
      remoteAddress: ip,
      headers,
    });

  it("slows one account down after five wrong passwords, whichever instance and address they reach", async () => {
    for (let i = 0; i < ACCOUNT_POLICY.free; i++)
      expect((await attempt(i % 2 ? one : two, `10.1.0.${i}`, "bea@example.org")).statusCode).toBe(401);
    const slowed = await attempt(one, "10.1.0.99", "bea@example.org");
    expect(slowed.statusCode).toBe(429);
    expect(slowed.json().error.code).toBe("rate_limited");
    expect(slowed.json().error.message).toMatch(/try again in 1 second/);
    expect(slowed.headers["retry-after"]).toBe("1");
    // Even the right password waits: the counter is taken before the password is checked.
    expect((await attempt(two, "10.1.0.98", "bea@example.org", PASSWORD)).statusCode).toBe(429);
  });

  it("does not believe X-Forwarded-For from an untrusted peer, so a spoofed header neither hides nor frames anyone", async () => {
    for (let i = 0; i < ADDRESS_POLICY.free; i++) {
      const res = await attempt(one, "10.2.0.1", `nobody${i}@example.org`, "x", {
        "x-forwarded-for": "127.0.0.1",
      });
      expect(res.statusCode).toBe(401);
    }
    // The header changed nothing: the socket address is slowed down ...
    expect((await attempt(one, "10.2.0.1", "nobody-else@example.org")).statusCode).toBe(429);
    // ... and the local user it named is not (the old limit let 10 such tries lock out 127.0.0.1).
    const local = await attempt(one, "127.0.0.1", "cy@example.org", PASSWORD);
    expect(local.statusCode).toBe(200);
  });

  it("takes the client address from X-Forwarded-For only when TESSERA_TRUST_PROXY names the peer", async () => {
    for (let i = 0; i < ADDRESS_POLICY.free; i++)
      await attempt(proxied, "10.9.9.9", `ghost${i}@example.org`, "x", { "x-forwarded-for": "203.0.113.5" });
    const fromThatClient = await attempt(proxied, "10.9.9.9", "ghost-x@example.org", "x", {
      "x-forwarded-for": "203.0.113.5",
    });
    expect(fromThatClient.statusCode).toBe(429);
    // Another client behind the same proxy is not slowed down.
    const other = await attempt(proxied, "10.9.9.9", "ghost-y@example.org", "x", {
      "x-forwarded-for": "203.0.113.6",
    });
    expect(other.statusCode).toBe(401);
  });

  it("lets the owner in from a browser that logged in before while a stranger's guesses slow the account", async () => {
    const first = await attempt(one, "10.3.0.1", "dee@example.org", PASSWORD);
    expect(first.statusCode).toBe(200);
    const device = first.cookies.find((c) => c.name === "tessera_device");
    expect(device?.httpOnly).toBe(true);
    for (let i = 0; i < ACCOUNT_POLICY.free + 1; i++) await attempt(two, `10.4.0.${i}`, "dee@example.org");
    expect((await attempt(one, "10.4.1.1", "dee@example.org", PASSWORD)).statusCode).toBe(429);
    const owner = await attempt(one, "10.3.0.1", "dee@example.org", PASSWORD, {
      cookie: `tessera_device=${device!.value}`,
    });
    expect(owner.statusCode).toBe(200);
  });

  it("grows the delay from one second, doubling, to at most fifteen minutes", () => {
    const delays = Array.from({ length: 20 }, (_, i) => delayAfter(ACCOUNT_POLICY, i + 1));
    expect(delays.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(delays.slice(4, 8)).toEqual([1000, 2000, 4000, 8000]);
    expect(Math.max(...delays)).toBe(15 * 60 * 1000);
  });
});

describe("login throttle figures", () => {
  it("allows 17 guesses at one account in the first hour, 4 an hour after, 109 a day, from any number of addresses", () => {
    expect(guessesIn(ACCOUNT_POLICY, HOUR)).toBe(17);
    expect(guessesIn(ACCOUNT_POLICY, 2 * HOUR) - guessesIn(ACCOUNT_POLICY, HOUR)).toBe(4);
    expect(guessesIn(ACCOUNT_POLICY, 24 * HOUR)).toBe(109);
  });

  it("allows 32 guesses from one address in the first hour, whatever the accounts, and 124 a day", () => {
    expect(guessesIn(ADDRESS_POLICY, HOUR)).toBe(32);
    expect(guessesIn(ADDRESS_POLICY, 24 * HOUR)).toBe(124);
  });
});

const HOUR = 3_600_000;

/** How many attempts an attacker who always waits exactly as long as told gets in `ms`. */
function guessesIn(policy: typeof ACCOUNT_POLICY, ms: number): number {
  let elapsed = 0;
  let attempts = 0;
  while (elapsed <= ms) {
    attempts++;
    elapsed += delayAfter(policy, attempts);
  }
  return attempts;
}
