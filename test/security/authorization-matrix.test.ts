// Who may call what, over HTTP, generated from the route declarations (ALL_ENDPOINTS): every
// route × six callers — the client's own practitioner, a colleague of the same practice who is
// not on the client's care team, a practitioner of another practice, the client themself,
// another client of the practice, and the practice's administrator (not on the care team).
// Each route needs a rule below, so a new route without one fails here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LightMyRequestResponse } from "fastify";
import { buildApp } from "../../src/server/app";
import type { App } from "../../src/server/app-types";
import { ALL_ENDPOINTS } from "../../src/server/api/all-endpoints";
import type { AnyEndpoint } from "../../src/server/api/endpoint";
import { hashPassword } from "../../src/server/auth/passwords";
import type { SystemStore } from "../../src/store/store";
import { describeEachStore } from "../store/each-store";

const PERSONAS = ["own", "colleague", "otherPractice", "client", "otherClient", "admin"] as const;
type Persona = (typeof PERSONAS)[number];

/**
 * record: names the own client's record; only their care team (the own practitioner) and, when
 * `client` says so, the client themself may call it; everyone else gets 404 (or 403).
 * team: like record, and an administrator may call it too (care-team management).
 * practice: practice-wide; staff may call it but see nothing of a client whose team they are not
 * on; clients get 403 unless `client` allows it.
 * admin: administrators only. self: any logged-in user, about themselves. public: no login.
 * covered: exercised by its own tests (setup, login, invitation acceptance), not here.
 */
type Body = (f: Fixture, record: Rec) => unknown | Promise<unknown>;
type Rec = Record<string, unknown>;
type Rule =
  | {
      kind: "record" | "team";
      /** The client themself may call it too; clientOnly: only they may (staff get 403). */
      client?: boolean;
      clientOnly?: boolean;
      body?: Body;
      query?: string;
      conflictOk?: boolean;
    }
  | { kind: "practice"; client?: boolean; body?: Body; query?: string }
  | { kind: "admin"; body?: Body }
  | { kind: "self" | "public" | "covered"; body?: Body }
  // Trust (issue 14): any staff login, about themselves (a second factor); clients get 403.
  | { kind: "staff"; body?: Body }
  // Erasure (issue 15): an administrator on the client's care team only. The matrix's admin is
  // not on the team, so every caller here is refused and nothing is erased; the allowed case is
  // in test/server/exports-api.test.ts.
  | { kind: "adminOnTeam"; body?: Body };

const v1 = { version: 1 };
const RULES: Record<string, Rule> = {
  "GET /api/setup": { kind: "public" },
  "POST /api/setup": { kind: "covered" },
  "POST /api/auth/login": { kind: "covered" },
  "POST /api/auth/logout": { kind: "covered" },
  "GET /api/auth/me": { kind: "self" },
  "POST /api/auth/password-reset": { kind: "covered" },
  "POST /api/auth/password": { kind: "covered" },
  "GET /api/clients": { kind: "practice" },
  "POST /api/clients": { kind: "practice", body: () => ({ name: "New client" }) },
  "GET /api/clients/:clientId": { kind: "record", client: true },
  "PUT /api/clients/:clientId": { kind: "record", body: (_f, r) => ({ ...r, name: "Renamed" }) },
  "GET /api/clients/:clientId/sessions": { kind: "record" },
  "GET /api/clients/:clientId/session-summaries": { kind: "record" },
  "POST /api/clients/:clientId/sessions": { kind: "record", body: () => ({ date: "2026-01-05" }) },
  "GET /api/sessions/:sessionId": { kind: "record" },
  "PUT /api/sessions/:sessionId": { kind: "record", body: (_f, r) => ({ ...r, date: "2026-01-06" }) },
  "POST /api/sessions/:sessionId/sign": { kind: "record", body: () => v1 },
  "POST /api/sessions/:sessionId/amendments": {
    kind: "record",
    conflictOk: true,
    body: () => ({ ...v1, reason: "typo", changes: { narrative: "amended" } }),
  },
  "GET /api/clients/:clientId/drafts": { kind: "record" },
  "PUT /api/clients/:clientId/drafts/:draftKey": {
    kind: "record",
    body: () => ({ content: { narrative: "x" } }),
  },
  "DELETE /api/clients/:clientId/drafts/:draftKey": { kind: "record" },
  "GET /api/clients/:clientId/characters": { kind: "record" },
  "POST /api/clients/:clientId/characters": { kind: "record", body: () => ({ label: "wolf" }) },
  "PUT /api/characters/:characterId": {
    kind: "record",
    body: (_f, r) => ({ ...r, label: `fox${Math.random()}` }),
  },
  "GET /api/clients/:clientId/threads": { kind: "record" },
  "POST /api/clients/:clientId/threads": { kind: "record", body: () => ({ name: "jaw" }) },
  "PUT /api/threads/:threadId": { kind: "record", body: (_f, r) => ({ ...r, name: "jaw and grief" }) },
  "GET /api/clients/:clientId/process": { kind: "record" },
  "GET /api/clients/:clientId/life-events": { kind: "record" },
  "POST /api/clients/:clientId/life-events": { kind: "record", body: () => ({ title: "moved house" }) },
  "PUT /api/life-events/:lifeEventId": { kind: "record", body: (_f, r) => ({ ...r, title: "moved" }) },
  "DELETE /api/life-events/:lifeEventId": { kind: "record" },
  "GET /api/clients/:clientId/courses": { kind: "record" },
  "POST /api/clients/:clientId/courses": { kind: "record", body: () => ({ startDate: "2026-01-01" }) },
  "PUT /api/courses/:courseId": { kind: "record", body: (_f, r) => ({ ...r, startDate: "2026-01-02" }) },
  "GET /api/clients/:clientId/reflections": { kind: "record", client: true },
  "POST /api/clients/:clientId/reflections": {
    kind: "record",
    client: true,
    body: () => ({ date: "2026-01-05", text: "a reflection" }),
  },
  "PUT /api/clients/:clientId/reflections/:reflectionId": {
    kind: "record",
    clientOnly: true,
    body: () => ({ date: "2026-01-05", text: "changed" }),
  },
  "GET /api/clients/:clientId/shared-reflections": { kind: "record", query: "since=2026-01-01" },
  "GET /api/clients/:clientId/consents": { kind: "record", client: true },
  "POST /api/clients/:clientId/consents": {
    kind: "record",
    body: () => ({ purpose: "research", granted: false, date: "2026-01-01" }),
  },
  "POST /api/consents/:consentId/withdraw": { kind: "record", body: () => v1 },
  "GET /api/measures": { kind: "public" },
  "GET /api/clients/:clientId/measure-responses": { kind: "record", client: true },
  "POST /api/clients/:clientId/measure-responses": {
    kind: "record",
    client: true,
    body: () => ({ instrument: "gad7", date: "2026-01-01", answers: [0, 0, 0, 0, 0, 0, 0] }),
  },
  "GET /api/safety-flags": { kind: "practice" },
  "POST /api/measure-responses/:responseId/follow-up": { kind: "record", body: () => ({ note: "called" }) },
  "GET /api/clients/:clientId/measure-responses.csv": { kind: "record", client: true },
  "GET /api/measure-responses.csv": { kind: "practice" },
  "GET /api/search": { kind: "practice" },
  "GET /api/search/facets": { kind: "practice" },
  "POST /api/extract": { kind: "practice", client: true, body: () => ({ text: "My jaw softened." }) },
  "GET /api/audit": { kind: "admin" },
  "GET /api/clients/:clientId/views/brief": { kind: "record" },
  "GET /api/clients/:clientId/views/mosaic": { kind: "record" },
  "GET /api/clients/:clientId/views/body-map": { kind: "record" },
  "GET /api/clients/:clientId/views/body-map/:region": { kind: "record" },
  "GET /api/clients/:clientId/views/characters": { kind: "record" },
  "GET /api/clients/:clientId/views/threads": { kind: "record" },
  "GET /api/clients/:clientId/views/life": { kind: "record" },
  "GET /api/clients/:clientId/views/measures": { kind: "record" },
  "GET /api/clients/:clientId/views/contributions": { kind: "record" },
  "GET /api/clients/:clientId/views/contributions/reflections": { kind: "record" },
  "GET /api/clients/:clientId/views/body-map-sessions": { kind: "record" },
  "GET /api/clients/:clientId/views/characters/:characterId/messages": { kind: "record" },
  "GET /api/clients/:clientId/views/threads/:threadId/pieces": { kind: "record" },
  "GET /api/clients/:clientId/views/life/memories": { kind: "record" },
  "GET /api/clients/:clientId/views/measures/window": { kind: "record", query: "offset=10" },
  "GET /api/views/home": { kind: "practice" },
  "GET /api/views/search": { kind: "practice" },
  "GET /api/views/audit": { kind: "admin" },
  "POST /api/clients/:clientId/invitations": {
    kind: "record",
    body: () => ({ email: `invite-${Math.random().toString(36).slice(2)}@example.org` }),
  },
  "GET /api/clients/:clientId/invitations": { kind: "record" },
  "POST /api/invitations/:invitationId/revoke": { kind: "record" },
  "POST /api/invitations/preview": { kind: "covered" },
  "POST /api/invitations/accept": { kind: "covered" },
  "GET /api/clients/:clientId/questionnaire-assignments": { kind: "record", client: true },
  "POST /api/clients/:clientId/questionnaire-assignments": {
    kind: "record",
    body: () => ({ instrument: "gad7", schedule: "once" }),
  },
  "POST /api/questionnaire-assignments/:assignmentId/end": { kind: "record" },
  "GET /api/overdue-questionnaires": { kind: "practice" },
  "GET /api/clients/:clientId/process-stories": { kind: "record", client: true },
  "POST /api/clients/:clientId/process-stories": { kind: "record", body: () => ({ title: "t", text: "x" }) },
  "PUT /api/process-stories/:storyId": {
    kind: "record",
    body: () => ({ title: "t", text: "y", shared: false }),
  },
  "GET /api/clients/:clientId/process-story-draft": { kind: "record" },
  "GET /api/clients/:clientId/record-access": { kind: "record", client: true },
  "GET /api/clients/:clientId/crisis-text": { kind: "record", client: true },
  "POST /api/clients/:clientId/own-consents": {
    kind: "record",
    client: true,
    body: () => ({ purpose: "research" }),
  },
  "POST /api/clients/:clientId/own-consents/:consentId/withdraw": { kind: "record", client: true },
  "GET /api/practice-settings": { kind: "practice" },
  // Care-team card: names and roles of the practice's staff, never a client.
  "GET /api/staff": { kind: "practice" },
  "PUT /api/practice-settings": { kind: "admin", body: () => ({ crisisText: "Call us." }) },
  "GET /api/accounts": { kind: "admin" },
  "POST /api/accounts": {
    kind: "admin",
    body: () => ({
      name: "New",
      email: `acct-${Math.random().toString(36).slice(2)}@example.org`,
      role: "practitioner",
      password: "a long enough password",
    }),
  },
  "POST /api/accounts/:userId/disable": { kind: "admin" },
  "POST /api/accounts/:userId/enable": { kind: "admin" },
  "PUT /api/accounts/:userId/role": { kind: "admin", body: () => ({ role: "admin" }) },
  "POST /api/accounts/:userId/password-reset": { kind: "admin" },
  "GET /api/clients/:clientId/care-team": { kind: "team" },
  "POST /api/clients/:clientId/care-team": { kind: "team", body: (f) => ({ userId: f.ownUserId }) },
  "DELETE /api/clients/:clientId/care-team/:userId": { kind: "team" },
  // Trust (issue 14): the second factor (code steps need a live code: test/server/totp-api.test.ts)
  "POST /api/auth/login/second-factor": { kind: "covered" },
  "GET /api/auth/second-factor": { kind: "self" },
  "POST /api/auth/second-factor/enrolment": { kind: "staff" },
  "POST /api/auth/second-factor/enrolment/confirm": { kind: "covered" },
  "POST /api/auth/second-factor/disable": { kind: "covered" },
  "POST /api/accounts/:userId/second-factor/reset": { kind: "admin" },
  // The workspace (issue 11)
  "POST /api/clients/:clientId/threads/from-pieces": {
    kind: "record",
    body: async (f) => ({ name: "from the mosaic", pieceIds: [await f.newPiece()] }),
  },
  "POST /api/threads/:threadId/pieces": {
    kind: "record",
    body: async (f) => ({ pieceIds: [await f.newPiece()] }),
  },
  // A thread's status over time (issue 11)
  "GET /api/threads/:threadId/status-changes": { kind: "record" },
  "POST /api/characters/:characterId/merge": {
    kind: "record",
    body: async (f, r) => ({ mergedId: await f.newCharacter(), version: r.version, mergedVersion: 1 }),
  },
  "GET /api/reflections/unread": { kind: "practice" },
  "POST /api/clients/:clientId/reflections/read": { kind: "record", body: () => ({ reflectionIds: [] }) },
  // Open data (issue 15)
  "GET /api/clients/:clientId/export/fhir": { kind: "record", query: "sensitive=true" },
  "GET /api/clients/:clientId/export/json": { kind: "record" },
  "GET /api/clients/:clientId/export/pieces.csv": { kind: "record" },
  "GET /api/clients/:clientId/report.html": {
    kind: "record",
    query: "sections=sessions,characters,reflections",
  },
  "GET /api/clients/:clientId/report.pdf": { kind: "record" },
  "GET /api/practice/export/fhir": { kind: "admin" },
  "GET /api/clients/:clientId/own-record.html": { kind: "record", clientOnly: true },
  "GET /api/clients/:clientId/own-record.pdf": { kind: "record", clientOnly: true },
  "GET /api/clients/:clientId/own-record.fhir.json": { kind: "record", clientOnly: true },
  "POST /api/clients/:clientId/erasure": { kind: "adminOnTeam", body: () => ({ confirmation: "Cleo" }) },
};

const keyOf = (ep: AnyEndpoint) => `${ep.method} ${ep.path}`;

describe("authorization matrix", () => {
  it("has a rule for every route, and none for a route that is gone", () => {
    const routes = ALL_ENDPOINTS.map(keyOf);
    expect(
      routes.filter((r) => !(r in RULES)),
      "routes without a rule",
    ).toEqual([]);
    expect(
      Object.keys(RULES).filter((r) => !routes.includes(r)),
      "rules without a route",
    ).toEqual([]);
  });
});

interface Fixture {
  clientId: string;
  otherClientId: string;
  ownUserId: string;
  colleagueUserId: string;
  clientUserId: string;
  cookies: Record<Persona, string>;
  /** The workspace (issue 11): a fresh piece (of a new session) and a fresh character of the own client, by id. */
  newPiece: () => Promise<string>;
  newCharacter: () => Promise<string>;
}

const PASSWORD = "correct horse battery";

describeEachStore("authorization matrix over HTTP", (target) => {
  let store: SystemStore;
  let app: App;
  let f: Fixture;
  const outcomes: string[] = [];

  beforeAll(async () => {
    store = await target.open();
    app = await buildApp({ system: store });
    const hash = await hashPassword(PASSWORD);
    const a = await store.setUpFirstPractice("Practice A", {
      name: "Admin",
      email: "admin@a.example",
      role: "admin",
      passwordHash: hash,
    });
    const practiceId = a!.practice.id;
    const staff = (email: string) =>
      store.createUser(practiceId, {
        name: email,
        email,
        role: "practitioner",
        clientId: null,
        passwordHash: hash,
      });
    const own = await staff("own@a.example");
    const colleague = await staff("colleague@a.example");
    await store.createPracticeWithUser("Practice B", {
      name: "Other",
      email: "other@b.example",
      role: "practitioner",
      passwordHash: hash,
    });
    const ownCookie = await login("own@a.example");
    const client = (await call("POST", "/api/clients", ownCookie, { name: "Cleo" })).json();
    const otherClient = (await call("POST", "/api/clients", ownCookie, { name: "Dan" })).json();
    const clientUser = await store.createUser(practiceId, {
      name: "Cleo",
      email: "cleo@a.example",
      role: "client",
      clientId: client.id,
      passwordHash: hash,
    });
    await store.createUser(practiceId, {
      name: "Dan",
      email: "dan@a.example",
      role: "client",
      clientId: otherClient.id,
      passwordHash: hash,
    });
    f = {
      clientId: client.id,
      otherClientId: otherClient.id,
      ownUserId: own.id,
      colleagueUserId: colleague.id,
      clientUserId: clientUser.id,
      cookies: {
        own: ownCookie,
        colleague: await login("colleague@a.example"),
        otherPractice: await login("other@b.example"),
        client: await login("cleo@a.example"),
        otherClient: await login("dan@a.example"),
        admin: await login("admin@a.example"),
      },
      newPiece: async () =>
        (
          await call("POST", `/api/clients/${client.id}/sessions`, ownCookie, {
            date: "2026-01-05",
            narrative: "Her jaw softened.",
            pieces: [{ kind: "release", text: "Her jaw softened." }],
          })
        ).json().pieces[0].id,
      newCharacter: async () =>
        (
          await call("POST", `/api/clients/${client.id}/characters`, ownCookie, {
            label: `m${Math.random()}`,
          })
        ).json().id,
    };
  });
  afterAll(async () => {
    if (outcomes.length)
      console.info(`[authorization matrix, ${target.name}] ${outcomes.length} route × caller checks`);
    await app?.close();
    await store?.close();
  });

  async function login(email: string): Promise<string> {
    const res = await app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email, password: PASSWORD },
    });
    if (res.statusCode !== 200) throw new Error(`login ${email}: ${res.statusCode} ${res.body}`);
    const c = res.cookies.find((k) => k.name === "tessera_session")!;
    return `tessera_session=${c.value}`;
  }

  function call(
    method: string,
    url: string,
    cookie: string | null,
    body?: unknown,
  ): Promise<LightMyRequestResponse> {
    return app.inject({
      method: method as "GET",
      url,
      ...(body === undefined ? {} : { payload: body as object }),
      headers: { "x-tessera-request": "1", ...(cookie ? { cookie } : {}) },
    });
  }

  /**
   * A fresh record for each id a path names, made by whoever may make it, so each call has its
   * own; with the record made last (or the client), for bodies that send a record back.
   */
  async function pathFor(ep: AnyEndpoint): Promise<{ path: string; record: Rec }> {
    let path = ep.path.replace(":clientId", f.clientId);
    let record: Rec = (await call("GET", `/api/clients/${f.clientId}`, f.cookies.own)).json();
    const make = async (url: string, body: unknown, who: Persona = "own") => {
      const res = await call("POST", url.replace(":clientId", f.clientId), f.cookies[who], body);
      if (res.statusCode !== 201) throw new Error(`fixture ${url}: ${res.statusCode} ${res.body}`);
      const made = res.json() as { id: string; invitation?: { id: string }; response?: { id: string } };
      record = made;
      return made;
    };
    const c = "/api/clients/:clientId";
    const ids: Record<string, () => Promise<string>> = {
      sessionId: async () => (await make(`${c}/sessions`, { date: "2026-01-05", narrative: "n" })).id,
      characterId: async () => (await make(`${c}/characters`, { label: `c${Math.random()}` })).id,
      threadId: async () => (await make(`${c}/threads`, { name: "t" })).id,
      lifeEventId: async () => (await make(`${c}/life-events`, { title: "t" })).id,
      courseId: async () => (await make(`${c}/courses`, { startDate: "2026-01-01" })).id,
      consentId: async () =>
        ep.path.includes("own-consents")
          ? (await make(`${c}/own-consents`, { purpose: "research" }, "client")).id
          : (await make(`${c}/consents`, { purpose: "treatment", granted: true, date: "2026-01-01" })).id,
      responseId: async () => {
        const made = await make(`${c}/measure-responses`, {
          instrument: "phq9",
          date: "2026-01-01",
          answers: [0, 0, 0, 0, 0, 0, 0, 0, 2],
        });
        return made.response?.id ?? made.id;
      },
      reflectionId: async () =>
        (await make(`${c}/reflections`, { date: "2026-01-05", text: "mine" }, "client")).id,
      invitationId: async () => {
        const made = await make(`${c}/invitations`, {
          email: `i${Math.random().toString(36).slice(2)}@example.org`,
        });
        return made.invitation?.id ?? made.id;
      },
      assignmentId: async () =>
        (await make(`${c}/questionnaire-assignments`, { instrument: "phq9", schedule: "once" })).id,
      storyId: async () => (await make(`${c}/process-stories`, { title: "t", text: "x" })).id,
      draftKey: async () => "session-new",
      region: async () => "jaw",
      userId: async () =>
        ep.path.includes("care-team")
          ? f.colleagueUserId
          : (
              await make(
                "/api/accounts",
                {
                  name: "Acct",
                  email: `a${Math.random().toString(36).slice(2)}@example.org`,
                  role: "practitioner",
                  password: "a long enough password",
                },
                "admin",
              )
            ).id,
    };
    for (const [, name] of ep.path.matchAll(/:(\w+)/g)) {
      if (name === "clientId") continue;
      const id = ids[name!];
      if (!id) throw new Error(`no fixture for :${name} in ${ep.path}`);
      path = path.replace(`:${name}`, encodeURIComponent(await id()));
    }
    const rule = RULES[keyOf(ep)];
    const query = rule && "query" in rule && rule.query ? rule.query : /search/.test(ep.path) ? "q=Cleo" : "";
    return { path: query ? `${path}?${query}` : path, record };
  }

  const ALLOWED = [200, 201, 204];
  const REFUSED = [403, 404];

  for (const ep of ALL_ENDPOINTS) {
    const rule = RULES[keyOf(ep)];
    if (!rule || rule.kind === "covered") continue;
    it(`${keyOf(ep)}: ${rule.kind}${"client" in rule && rule.client ? " (client may)" : ""}`, async () => {
      const expected = (who: Persona): "allow" | "refuse" | "no-leak" => {
        switch (rule.kind) {
          case "public":
          case "self":
            return "allow";
          case "admin":
            return who === "admin" ? "allow" : "refuse";
          case "adminOnTeam":
            return "refuse";
          case "staff":
            return who === "client" || who === "otherClient" ? "refuse" : "allow";
          case "record":
          case "team":
            if (rule.clientOnly) return who === "client" ? "allow" : "refuse";
            if (who === "own") return "allow";
            if (who === "client") return rule.client ? "allow" : "refuse";
            if (who === "admin" && rule.kind === "team") return "allow";
            return "refuse";
          case "practice":
            if (who === "client" || who === "otherClient") return rule.client ? "no-leak" : "refuse";
            return who === "own" ? "allow" : "no-leak";
        }
        return "refuse";
      };
      // Refusals first (they must change nothing), then the callers who may, each on fresh records.
      const order = [...PERSONAS].sort(
        (x, y) => Number(expected(x) === "allow") - Number(expected(y) === "allow"),
      );
      for (const who of order) {
        const want = expected(who);
        const { path, record } = await pathFor(ep);
        const body = rule.body ? await rule.body(f, record) : ep.body ? {} : undefined;
        const res = await call(ep.method, path, f.cookies[who], body);
        const what = `${who} ${ep.method} ${path} → ${res.statusCode} ${res.body.slice(0, 160)}`;
        outcomes.push(what);
        if (want === "refuse") {
          expect(REFUSED, what).toContain(res.statusCode);
          expect(res.body, what).not.toContain("Cleo");
        } else {
          const ok = [...ALLOWED, ...("conflictOk" in rule && rule.conflictOk ? [409] : [])];
          expect(ok, what).toContain(res.statusCode);
          if (want === "no-leak") {
            expect(res.body, what).not.toContain(f.clientId);
            expect(res.body, what).not.toContain("Cleo");
          }
        }
      }
    });
  }

  it("refuses every signed-in route to a caller without a login", async () => {
    for (const ep of ALL_ENDPOINTS.filter((e) => e.access === "signed-in")) {
      const { path, record } = await pathFor(ep);
      const res = await call(
        ep.method,
        path,
        null,
        (await RULES[keyOf(ep)]?.body?.(f, record)) ?? (ep.body ? {} : undefined),
      );
      expect(res.statusCode, keyOf(ep)).toBe(401);
    }
  });
});
