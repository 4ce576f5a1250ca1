// The portal over HTTP on both stores: an invitation link (emailed through a local SMTP receiver
// when TESSERA_SMTP_URL is set), accepting it with a password of 12 characters or more, and the
// access matrix of every new route for the client themself, another client and staff.
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachStore } from "../store/each-store";
import { openApi, sessionCookie, type Api } from "./api-harness";
import { startSmtpReceiver } from "./smtp-receiver";

const ADMIN = {
  practiceName: "Still Point Practice",
  name: "Ana Rivera",
  email: "ana@stillpoint.example",
  password: "a quiet harbour at dawn",
};

describeEachStore("portal API", (target) => {
  let api: Api;
  let staff: string;
  let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    api = await openApi(await target.open());
    staff = sessionCookie(await api.request("POST", "/api/setup", ADMIN));
  });
  afterAll(async () => {
    delete process.env.TESSERA_SMTP_URL;
    await api?.close();
    await smtp?.close();
  });

  async function newClient(name: string): Promise<string> {
    const res = await api.request("POST", "/api/clients", { name }, staff);
    expect(res.statusCode).toBe(201);
    return res.json().id;
  }

  async function invite(clientId: string, email: string) {
    const res = await api.request("POST", `/api/clients/${clientId}/invitations`, { email }, staff);
    expect(res.statusCode).toBe(201);
    const body = res.json() as { link: string; emailed: boolean; invitation: { id: string; status: string } };
    return { ...body, token: body.link.split("/").pop()! };
  }

  async function accept(token: string): Promise<string> {
    const res = await api.request("POST", "/api/invitations/accept", {
      token,
      password: "my own quiet garden path",
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().user.role).toBe("client");
    return sessionCookie(res);
  }

  it("emails the one-time link when SMTP is configured, and the link logs the client in once", async () => {
    process.env.TESSERA_SMTP_URL = smtp.url;
    const clientId = await newClient("Maria Keller");
    const made = await invite(clientId, "maria@example.org");
    delete process.env.TESSERA_SMTP_URL;
    expect(made.emailed).toBe(true);
    expect(made.link).toMatch(/^http:\/\/[^/]+\/#\/invitation\/[A-Za-z0-9_-]{43}$/);
    const mail = smtp.mails.at(-1)!;
    expect(mail.to).toEqual(["maria@example.org"]);
    expect(mail.raw.replace(/=\r?\n/g, "")).toContain(made.token);
    expect(mail.raw).toContain("Still Point Practice");

    const preview = await api.request("POST", "/api/invitations/preview", { token: made.token });
    expect(preview.json()).toMatchObject({ clientName: "Maria Keller", email: "maria@example.org" });
    const short = await api.request("POST", "/api/invitations/accept", {
      token: made.token,
      password: "too short",
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details.map((d: { path: string }) => d.path)).toEqual(["password"]);

    const client = await accept(made.token);
    const me = await api.request("GET", "/api/auth/me", undefined, client);
    expect(me.json().user).toMatchObject({ role: "client", clientId });
    expect((await api.request("POST", "/api/invitations/preview", { token: made.token })).statusCode).toBe(
      404,
    );
    const again = await api.request("POST", "/api/invitations/accept", {
      token: made.token,
      password: "my own quiet garden path",
    });
    expect(again.statusCode).toBe(404);
  });

  it("gives only the link to copy without SMTP, and a revoked link opens nothing", async () => {
    const clientId = await newClient("Jonas Weber");
    const made = await invite(clientId, "jonas@example.org");
    expect(made.emailed).toBe(false);
    const revoked = await api.request(
      "POST",
      `/api/invitations/${made.invitation.id}/revoke`,
      undefined,
      staff,
    );
    expect(revoked.json().status).toBe("revoked");
    expect((await api.request("POST", "/api/invitations/preview", { token: made.token })).statusCode).toBe(
      404,
    );
  });

  it("answers every portal route by role: the client themself, another client, staff", async () => {
    const own = await newClient("Own Client");
    const other = await newClient("Other Client");
    const ownLogin = await accept((await invite(own, "own@example.org")).token);
    const otherLogin = await accept((await invite(other, "other@example.org")).token);
    const invitation = (await invite(own, "own2@example.org")).invitation.id;
    const reflection = (
      await api.request(
        "POST",
        `/api/clients/${own}/reflections`,
        { date: "2026-03-01", text: "mine" },
        ownLogin,
      )
    ).json().id;
    const assignment = async () =>
      (
        await api.request(
          "POST",
          `/api/clients/${own}/questionnaire-assignments`,
          { instrument: "phq9", schedule: "once" },
          staff,
        )
      ).json().id;
    const story = (
      await api.request("POST", `/api/clients/${own}/process-stories`, { title: "t", text: "x" }, staff)
    ).json().id;
    const consent = async () =>
      (
        await api.request("POST", `/api/clients/${own}/own-consents`, { purpose: "research" }, ownLogin)
      ).json().id;

    type Route = [string, string | (() => Promise<string>), unknown?];
    const c = `/api/clients/${own}`;
    // Expected status for: the client themself, another client (their own login on this record), staff.
    const matrix: Array<[Route, number, number, number]> = [
      [["GET", `${c}/invitations`], 403, 403, 200],
      [["POST", `${c}/invitations`, { email: "x@example.org" }], 403, 403, 201],
      [["POST", `/api/invitations/${invitation}/revoke`], 403, 403, 200],
      [["PUT", `${c}/reflections/${reflection}`, { date: "2026-03-02", text: "changed" }], 200, 404, 403],
      [["GET", `${c}/shared-reflections?since=2026-01-01`], 403, 403, 200],
      [["GET", `${c}/questionnaire-assignments`], 200, 404, 200],
      [["POST", `${c}/questionnaire-assignments`, { instrument: "gad7", schedule: "once" }], 403, 403, 201],
      [["POST", async () => `/api/questionnaire-assignments/${await assignment()}/end`], 403, 403, 200],
      [["GET", "/api/overdue-questionnaires"], 403, 403, 200],
      [["GET", `${c}/process-stories`], 200, 404, 200],
      [["POST", `${c}/process-stories`, { title: "t", text: "x" }], 403, 403, 201],
      [["PUT", `/api/process-stories/${story}`, { title: "t", text: "y", shared: true }], 403, 403, 200],
      [["GET", `${c}/process-story-draft`], 403, 403, 200],
      [["GET", "/api/practice-settings"], 403, 403, 200],
      [["PUT", "/api/practice-settings", { crisisText: "Call us." }], 403, 403, 200],
      [["GET", `${c}/crisis-text`], 200, 404, 200],
      [["GET", `${c}/record-access`], 200, 404, 200],
      [["POST", `${c}/own-consents`, { purpose: "treatment" }], 201, 404, 201],
      [["POST", async () => `${c}/own-consents/${await consent()}/withdraw`], 200, 404, 200],
    ];
    for (const [[method, url, body], ...expected] of matrix) {
      const got: number[] = [];
      for (const who of [ownLogin, otherLogin, staff]) {
        const path = typeof url === "string" ? url : await url();
        got.push((await api.request(method, path, body, who)).statusCode);
      }
      expect(got, `${method} ${typeof url === "string" ? url : "(made per caller)"}`).toEqual(expected);
    }
    const access = (await api.request("GET", `${c}/record-access`, undefined, ownLogin)).json().items;
    expect(access.every((a: { who: string }) => a.who === "Ana Rivera")).toBe(true);
    expect(JSON.stringify(access)).not.toContain("mine");
  });
});
