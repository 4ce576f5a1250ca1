// Optimistic concurrency over HTTP on each store: every editable resource answers a stale update
// with 409, the current record and the fields that differ; a stale sign, withdrawal or amendment
// is 409 too; a body leaving a field out is 400, never a silent reset; drafts round-trip.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeTargets } from "../support/databases";
import { openApi, sessionCookie, type Api } from "./api-harness";

const PASSWORD = "correct horse battery";

describe.each(storeTargets())("record versions over HTTP on $name", (target) => {
  let api: Api;
  let cookie: string;
  let clientId: string;
  const call = (method: string, url: string, body?: unknown) => api.request(method, url, body, cookie);

  beforeAll(async () => {
    if (target.skip) return;
    api = await openApi(await target.open());
    const setup = await api.request("POST", "/api/setup", {
      practiceName: "Still Point",
      name: "Ana",
      email: "ana@example.org",
      password: PASSWORD,
    });
    cookie = sessionCookie(setup);
    clientId = (await call("POST", "/api/clients", { name: "Rosa" })).json().id;
  });
  afterAll(async () => api?.close());

  /** Each editable resource: how to create one, its update URL, a complete body and one change. */
  const resources = () => [
    {
      name: "client",
      create: async () => (await call("POST", "/api/clients", { name: "Mara" })).json(),
      url: (r: { id: string }) => `/api/clients/${r.id}`,
      body: (r: Record<string, unknown>) =>
        pick(r, [
          "name",
          "dateOfBirth",
          "pronouns",
          "contact",
          "presentingConcerns",
          "holisticFactors",
          "status",
        ]),
      change: { pronouns: "she/her" },
    },
    {
      name: "session",
      create: async () =>
        (await call("POST", `/api/clients/${clientId}/sessions`, { date: "2026-03-05" })).json(),
      url: (r: { id: string }) => `/api/sessions/${r.id}`,
      body: (r: Record<string, unknown>) => ({
        ...pick(r, [
          "courseId",
          "date",
          "durationMinutes",
          "checkIn",
          "techniques",
          "narrative",
          "insights",
          "integration",
        ]),
        pieces: [],
      }),
      change: { narrative: "Under my hands the sacrum softened." },
    },
    {
      name: "course",
      create: async () =>
        (await call("POST", `/api/clients/${clientId}/courses`, { startDate: "2026-01-01" })).json(),
      url: (r: { id: string }) => `/api/courses/${r.id}`,
      body: (r: Record<string, unknown>) => pick(r, ["intention", "startDate", "endDate", "plannedSessions"]),
      change: { intention: "ease the jaw" },
    },
    {
      name: "character",
      create: async () =>
        (
          await call("POST", `/api/clients/${clientId}/characters`, { label: `girl ${Math.random()}` })
        ).json(),
      url: (r: { id: string }) => `/api/characters/${r.id}`,
      body: (r: Record<string, unknown>) => pick(r, ["label", "aspect", "description"]),
      change: { description: "sits in the corner" },
    },
    {
      name: "thread",
      create: async () => (await call("POST", `/api/clients/${clientId}/threads`, { name: "throat" })).json(),
      url: (r: { id: string }) => `/api/threads/${r.id}`,
      body: (r: Record<string, unknown>) => pick(r, ["name", "description", "status"]),
      change: { status: "understood" },
    },
    {
      name: "life event",
      create: async () =>
        (await call("POST", `/api/clients/${clientId}/life-events`, { title: "moved" })).json(),
      url: (r: { id: string }) => `/api/life-events/${r.id}`,
      body: (r: Record<string, unknown>) => pick(r, ["age", "date", "title", "notes"]),
      change: { notes: "to the city" },
    },
  ];

  it.skipIf(!!target.skip)(
    "answers a stale update of every editable resource with 409, the current record and the fields that differ",
    async () => {
      for (const res of resources()) {
        const opened = await res.create();
        expect(opened.version, res.name).toBe(1);
        const first = await call("PUT", res.url(opened), { ...res.body(opened), ...res.change, version: 1 });
        expect(first.statusCode, res.name).toBe(200);
        expect(first.json().version, res.name).toBe(2);

        const stale = await call("PUT", res.url(opened), { ...res.body(opened), version: 1 });
        expect(stale.statusCode, res.name).toBe(409);
        const body = stale.json();
        expect(body.error.code, res.name).toBe("conflict");
        expect(body.current, res.name).toEqual(first.json());
        expect(
          body.error.details.map((d: { path: string }) => d.path),
          res.name,
        ).toEqual(Object.keys(res.change));
      }
    },
  );

  it.skipIf(!!target.skip)(
    "refuses an update that leaves a field out (400 at that field), changing nothing",
    async () => {
      for (const res of resources()) {
        const opened = await res.create();
        const [left, ...rest] = Object.keys(res.body(opened));
        const partial = Object.fromEntries(rest.map((k) => [k, res.body(opened)[k as never]]));
        const bad = await call("PUT", res.url(opened), { ...partial, version: 1 });
        expect(bad.statusCode, res.name).toBe(400);
        expect(
          bad.json().error.details.map((d: { path: string }) => d.path),
          res.name,
        ).toContain(left);
        const again = await call("PUT", res.url(opened), { ...res.body(opened), version: 1 });
        expect(again.statusCode, `${res.name} unchanged, still version 1`).toBe(200);
      }
    },
  );

  it.skipIf(!!target.skip)(
    "answers a sign with a stale version with 409 and the session as it now is",
    async () => {
      const opened = (await call("POST", `/api/clients/${clientId}/sessions`, { date: "2026-03-06" })).json();
      const [res] = resources().filter((r) => r.name === "session");
      const edited = (
        await call("PUT", res!.url(opened), { ...res!.body(opened), narrative: "later text", version: 1 })
      ).json();
      const stale = await call("POST", `/api/sessions/${opened.id}/sign`, { version: 1 });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().current).toMatchObject({ narrative: "later text", status: "draft", version: 2 });
      const noVersion = await call("POST", `/api/sessions/${opened.id}/sign`, {});
      expect(noVersion.statusCode).toBe(400);
      const signed = await call("POST", `/api/sessions/${opened.id}/sign`, { version: edited.version });
      expect(signed.json()).toMatchObject({ status: "signed", signedByName: "Ana", narrative: "later text" });
    },
  );

  it.skipIf(!!target.skip)(
    "amends a signed session (stale amendment 409) and withdraws a consent only at its version",
    async () => {
      const s = (
        await call("POST", `/api/clients/${clientId}/sessions`, {
          date: "2026-03-07",
          narrative: "as signed",
        })
      ).json();
      const signed = (await call("POST", `/api/sessions/${s.id}/sign`, { version: s.version })).json();
      const stale = await call("POST", `/api/sessions/${s.id}/amendments`, {
        version: s.version,
        reason: "late detail",
        changes: { insights: "x" },
      });
      expect(stale.statusCode).toBe(409);
      const amended = await call("POST", `/api/sessions/${s.id}/amendments`, {
        version: signed.version,
        reason: "late detail",
        changes: { insights: "she remembered the sea" },
      });
      expect(amended.statusCode).toBe(201);
      expect(amended.json()).toMatchObject({
        narrative: "as signed",
        amendments: [
          { reason: "late detail", changes: { insights: "she remembered the sea" }, signedByName: "Ana" },
        ],
      });

      const consent = (
        await call("POST", `/api/clients/${clientId}/consents`, {
          purpose: "research",
          granted: true,
          date: "2026-01-01",
        })
      ).json();
      expect((await call("POST", `/api/consents/${consent.id}/withdraw`, { version: 2 })).statusCode).toBe(
        409,
      );
      const withdrawn = await call("POST", `/api/consents/${consent.id}/withdraw`, { version: 1 });
      expect(withdrawn.json()).toMatchObject({ version: 2, withdrawnAt: expect.any(String) });
    },
  );

  it.skipIf(!!target.skip)(
    "keeps a draft per user and form, replaced on each save and gone once discarded",
    async () => {
      const url = `/api/clients/${clientId}/drafts/session-new`;
      expect((await call("PUT", url, { content: { narrative: "half a sen" } })).statusCode).toBe(200);
      await call("PUT", url, {
        content: { narrative: "half a sentence", date: "2026-13-01" },
        baseVersion: null,
      });
      const listed = (await call("GET", `/api/clients/${clientId}/drafts`)).json().items;
      expect(listed).toEqual([
        {
          key: "session-new",
          clientId,
          content: { narrative: "half a sentence", date: "2026-13-01" },
          baseVersion: null,
          savedAt: expect.any(String),
        },
      ]);
      expect((await call("DELETE", url)).statusCode).toBe(204);
      expect((await call("GET", `/api/clients/${clientId}/drafts`)).json().items).toEqual([]);
      expect(
        (await call("PUT", `/api/clients/${clientId}/drafts/Bad Key!`, { content: {} })).statusCode,
      ).toBe(400);
    },
  );

  it.skipIf(!!target.skip)(
    "declares the conflict body with the current record in the OpenAPI document",
    async () => {
      const doc = (await api.request("GET", "/api/openapi.json")).json();
      const put = doc.paths["/api/sessions/{sessionId}"].put;
      const schema = put.responses["409"].content["application/json"].schema;
      expect(JSON.stringify(schema)).toContain("current");
    },
  );
});

function pick(record: Record<string, unknown>, keys: string[]) {
  return Object.fromEntries(keys.map((k) => [k, record[k]]));
}
