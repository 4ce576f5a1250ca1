// The administrator reads the audit trail; it records who touched which record, never what it says.
import { afterAll, beforeAll, expect, it } from "vitest";
import { hashPassword } from "../../src/server/auth/passwords";
import { describeEachStore } from "../store/each-store";
import { openApi, sessionCookie, type Api } from "./api-harness";

const PASSWORD = "correct horse battery";

describeEachStore("audit trail over HTTP", (target) => {
  let api: Api;
  let admin: string;
  let practitioner: string;
  let clientId: string;

  beforeAll(async () => {
    api = await openApi(await target.open());
    const setup = await api.request("POST", "/api/setup", {
      practiceName: "Room",
      name: "Ana",
      email: "ana@example.org",
      password: PASSWORD,
    });
    admin = sessionCookie(setup);
    const practiceId = setup.json().practice.id;
    await api.system.createUser(practiceId, {
      name: "Bo",
      email: "bo@example.org",
      role: "practitioner",
      clientId: null,
      passwordHash: await hashPassword(PASSWORD),
    });
    practitioner = await api.login("bo@example.org", PASSWORD);
    clientId = (await api.request("POST", "/api/clients", { name: "Secret Name" }, practitioner)).json().id;
    await api.request(
      "POST",
      `/api/clients/${clientId}/sessions`,
      { date: "2026-04-01", narrative: "She saw a red door." },
      practitioner,
    );
    await api.request("GET", `/api/clients/${clientId}/sessions`, undefined, practitioner);
  });
  afterAll(async () => api?.close());

  it("shows the administrator who created and read the client's records, without their content", async () => {
    const res = await api.request("GET", `/api/audit?clientId=${clientId}`, undefined, admin);
    expect(res.statusCode).toBe(200);
    const actions = res
      .json()
      .items.map((r: { action: string; resourceType: string }) => `${r.action} ${r.resourceType}`);
    expect(actions).toEqual(expect.arrayContaining(["create client", "create session", "read session"]));
    expect(res.body).not.toContain("Secret Name");
    expect(res.body).not.toContain("red door");
  });

  it("records logins and refuses the trail to a practitioner", async () => {
    const all = (await api.request("GET", "/api/audit", undefined, admin)).json().items;
    expect(all.some((r: { action: string }) => r.action === "login")).toBe(true);
    expect((await api.request("GET", "/api/audit", undefined, practitioner)).statusCode).toBe(403);
  });
});
