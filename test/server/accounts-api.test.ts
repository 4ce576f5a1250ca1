// Accounts over HTTP on each store: disabling ends every open login session at once, a password
// change ends the others, a reset link works once and ends them all.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { SystemStore } from "../../src/store/store";
import { describeEachStore } from "../store/each-store";
import { openApi, sessionCookie, type Api } from "./api-harness";

const PASSWORD = "correct horse battery";

describeEachStore("accounts API", (target) => {
  let api: Api;
  let admin: string;
  beforeAll(async () => {
    api = await openApi((await target.open()) as SystemStore);
    admin = sessionCookie(
      await api.request("POST", "/api/setup", {
        practiceName: "P",
        name: "Ana",
        email: "ana@example.org",
        password: PASSWORD,
      }),
    );
  });
  afterAll(async () => api?.close());

  const addAccount = async (email: string) =>
    (
      await api.request(
        "POST",
        "/api/accounts",
        { name: email, email, role: "practitioner", password: PASSWORD },
        admin,
      )
    ).json();
  const me = (cookie: string) =>
    api.request("GET", "/api/auth/me", undefined, cookie).then((r) => r.statusCode);

  it("ends every open login session of an account the moment it is disabled", async () => {
    const kim = await addAccount("kim@example.org");
    const phone = await api.login("kim@example.org", PASSWORD);
    const laptop = await api.login("kim@example.org", PASSWORD);
    expect([await me(phone), await me(laptop)]).toEqual([200, 200]);
    const res = await api.request("POST", `/api/accounts/${kim.id}/disable`, undefined, admin);
    expect(res.json()).toMatchObject({ disabled: true });
    expect([await me(phone), await me(laptop)]).toEqual([401, 401]);
    expect(
      (await api.request("POST", "/api/auth/login", { email: "kim@example.org", password: PASSWORD }))
        .statusCode,
    ).toBe(401);
    await api.request("POST", `/api/accounts/${kim.id}/enable`, undefined, admin);
    expect(await me(await api.login("kim@example.org", PASSWORD))).toBe(200);
  });

  it("ends the other login sessions when a user changes their password, and refuses a wrong current one", async () => {
    await addAccount("lee@example.org");
    const here = await api.login("lee@example.org", PASSWORD);
    const elsewhere = await api.login("lee@example.org", PASSWORD);
    const wrong = await api.request(
      "POST",
      "/api/auth/password",
      { currentPassword: "nope", newPassword: "a brand new password" },
      here,
    );
    expect(wrong.statusCode).toBe(401);
    const ok = await api.request(
      "POST",
      "/api/auth/password",
      { currentPassword: PASSWORD, newPassword: "a brand new password" },
      here,
    );
    expect(ok.statusCode).toBe(204);
    expect([await me(here), await me(elsewhere)]).toEqual([200, 401]);
  });

  it("lets a reset link set a password once, ending every session", async () => {
    const max = await addAccount("max@example.org");
    const open = await api.login("max@example.org", PASSWORD);
    const link = (
      await api.request("POST", `/api/accounts/${max.id}/password-reset`, undefined, admin)
    ).json();
    const body = { token: link.token, password: "max's new password" };
    expect((await api.request("POST", "/api/auth/password-reset", body)).statusCode).toBe(204);
    expect((await api.request("POST", "/api/auth/password-reset", body)).statusCode).toBe(400);
    expect(await me(open)).toBe(401);
    expect(await me(await api.login("max@example.org", "max's new password"))).toBe(200);
  });

  it("keeps accounts to administrators: a practitioner is refused", async () => {
    await addAccount("pia@example.org");
    const pia = await api.login("pia@example.org", PASSWORD);
    expect((await api.request("GET", "/api/accounts", undefined, pia)).statusCode).toBe(403);
  });
});
