// GET /api/staff on each store: a practitioner sees the practice's active staff by id, name and
// role (no emails, no client logins, no disabled accounts, nothing of another practice), which is
// what the care-team card offers; a client login gets 403. Sharing by that id lets the colleague in.
import { afterAll, beforeAll, expect, it } from "vitest";
import { hashPassword } from "../../src/server/auth/passwords";
import type { SystemStore } from "../../src/store/store";
import { describeEachStore } from "../store/each-store";
import { addPractice, openApi, sessionCookie, type Api } from "./api-harness";

const PASSWORD = "correct horse battery";

describeEachStore("staff API", (target) => {
  let api: Api;
  let admin: string;
  let adminId: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    api = await openApi((await target.open()) as SystemStore);
    const setup = await api.request("POST", "/api/setup", {
      practiceName: "P",
      name: "Ana Admin",
      email: "ana@example.org",
      password: PASSWORD,
    });
    admin = sessionCookie(setup);
    adminId = setup.json().user.id;
    for (const name of ["Kim Practitioner", "Lee Colleague", "Max Leaver"]) {
      const email = `${name.split(" ")[0]!.toLowerCase()}@example.org`;
      const res = await api.request(
        "POST",
        "/api/accounts",
        { name, email, role: "practitioner", password: PASSWORD },
        admin,
      );
      ids[name] = res.json().id;
    }
    await api.request("POST", `/api/accounts/${ids["Max Leaver"]}/disable`, undefined, admin);
    await addPractice(api.system, "Elsewhere", "other@example.org", PASSWORD);
  });
  afterAll(async () => api?.close());

  it("lists the practice's active staff by name with id and role only, to a practitioner", async () => {
    const kim = await api.login("kim@example.org", PASSWORD);
    const res = await api.request("GET", "/api/staff", undefined, kim);
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      { id: adminId, name: "Ana Admin", role: "admin" },
      { id: ids["Kim Practitioner"], name: "Kim Practitioner", role: "practitioner" },
      { id: ids["Lee Colleague"], name: "Lee Colleague", role: "practitioner" },
    ]);
    expect(res.body).not.toContain("@example.org");
    expect(res.body).not.toContain("Elsewhere");
  });

  it("refuses a client login with 403 and a caller without a login with 401", async () => {
    const kim = await api.login("kim@example.org", PASSWORD);
    const client = (await api.request("POST", "/api/clients", { name: "Cleo" }, kim)).json();
    await api.system.createUser(
      (await api.request("GET", "/api/auth/me", undefined, kim)).json().practice.id,
      {
        name: "Cleo",
        email: "cleo@example.org",
        role: "client",
        clientId: client.id,
        passwordHash: await hashPassword(PASSWORD),
      },
    );
    const cleo = await api.login("cleo@example.org", PASSWORD);
    expect((await api.request("GET", "/api/staff", undefined, cleo)).statusCode).toBe(403);
    expect((await api.request("GET", "/api/staff")).statusCode).toBe(401);
  });

  it("lets a colleague chosen from the list open the client once shared, and not before", async () => {
    const kim = await api.login("kim@example.org", PASSWORD);
    const lee = await api.login("lee@example.org", PASSWORD);
    const client = (await api.request("POST", "/api/clients", { name: "Dora" }, kim)).json();
    expect((await api.request("GET", `/api/clients/${client.id}`, undefined, lee)).statusCode).toBe(404);
    const staff = (await api.request("GET", "/api/staff", undefined, kim)).json().items as Array<{
      id: string;
      name: string;
    }>;
    const colleague = staff.find((s) => s.name === "Lee Colleague")!;
    const shared = await api.request(
      "POST",
      `/api/clients/${client.id}/care-team`,
      { userId: colleague.id },
      kim,
    );
    expect(shared.json().items.map((m: { name: string }) => m.name)).toEqual([
      "Kim Practitioner",
      "Lee Colleague",
    ]);
    expect((await api.request("GET", `/api/clients/${client.id}`, undefined, lee)).statusCode).toBe(200);
  });

  it("refuses to remove the last member of a care team with 409, and removes one of two", async () => {
    const kim = await api.login("kim@example.org", PASSWORD);
    const client = (await api.request("POST", "/api/clients", { name: "Edda" }, kim)).json();
    const kimId = ids["Kim Practitioner"]!;
    const last = await api.request("DELETE", `/api/clients/${client.id}/care-team/${kimId}`, undefined, kim);
    expect(last.statusCode).toBe(409);
    expect(last.json().error.message).toMatch(/last member/);
    expect((await api.request("GET", `/api/clients/${client.id}`, undefined, kim)).statusCode).toBe(200);
    await api.request("POST", `/api/clients/${client.id}/care-team`, { userId: ids["Lee Colleague"] }, kim);
    const removed = await api.request(
      "DELETE",
      `/api/clients/${client.id}/care-team/${kimId}`,
      undefined,
      kim,
    );
    expect(removed.statusCode).toBe(200);
    expect(removed.json().items.map((m: { name: string }) => m.name)).toEqual(["Lee Colleague"]);
    expect((await api.request("GET", `/api/clients/${client.id}`, undefined, kim)).statusCode).toBe(404);
  });
});
