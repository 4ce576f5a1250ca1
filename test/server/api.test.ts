// The HTTP API on each store: setup and login, validation errors naming the field, 404s,
// isolation between practices, and a session with pieces reaching the process view.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeTargets } from "../support/databases";
import { addPractice, openApi, sessionCookie, type Api } from "./api-harness";

const PASSWORD = "correct horse battery";

describe.each(storeTargets())("HTTP API on $name", (target) => {
  let api: Api;
  let cookie: string;

  beforeAll(async () => {
    if (target.skip) return;
    api = await openApi(await target.open());
  });
  afterAll(async () => api?.close());

  it.skipIf(!!target.skip)(
    "offers setup on an empty database and refuses a short password with the field named",
    async () => {
      expect((await api.request("GET", "/api/setup")).json()).toEqual({ needsSetup: true });
      const bad = await api.request("POST", "/api/setup", {
        practiceName: "Still Point",
        name: "Ana",
        email: "ana@example.org",
        password: "short",
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.code).toBe("invalid");
      expect(bad.json().error.details).toContainEqual(expect.objectContaining({ path: "password" }));
    },
  );

  it.skipIf(!!target.skip)(
    "creates the practice once, logs the practitioner in, and then refuses a second setup",
    async () => {
      const res = await api.request("POST", "/api/setup", {
        practiceName: "Still Point",
        name: "Ana",
        email: "Ana@Example.org",
        password: PASSWORD,
      });
      expect(res.statusCode).toBe(201);
      cookie = sessionCookie(res);
      expect(res.cookies[0]).toMatchObject({ httpOnly: true, sameSite: "Strict" });
      expect((await api.request("GET", "/api/auth/me", undefined, cookie)).json().user.email).toBe(
        "ana@example.org",
      );
      const again = await api.request("POST", "/api/setup", {
        practiceName: "X",
        name: "Y",
        email: "y@example.org",
        password: PASSWORD,
      });
      expect(again.statusCode).toBe(409);
      expect((await api.request("GET", "/api/setup")).json()).toEqual({ needsSetup: false });
    },
  );

  it.skipIf(!!target.skip)("answers 401 without a login and for a wrong password", async () => {
    expect((await api.request("GET", "/api/clients")).statusCode).toBe(401);
    const wrong = await api.request("POST", "/api/auth/login", {
      email: "ana@example.org",
      password: "not the password",
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe("wrong email or password");
    expect((await api.request("GET", "/api/clients", undefined, "tessera_session=forged")).statusCode).toBe(
      401,
    );
  });

  it.skipIf(!!target.skip)("ends the login session on logout", async () => {
    const c = await api.login("ana@example.org", PASSWORD);
    expect((await api.request("POST", "/api/auth/logout", undefined, c)).statusCode).toBe(204);
    expect((await api.request("GET", "/api/clients", undefined, c)).statusCode).toBe(401);
  });

  it.skipIf(!!target.skip)("names the bad field of a client: a nested concern category", async () => {
    const res = await api.request(
      "POST",
      "/api/clients",
      { name: "M.", presentingConcerns: [{ category: "sadness" }] },
      cookie,
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe("presentingConcerns.0.category");
  });

  it.skipIf(!!target.skip)("answers 400 for malformed JSON and 404 for an unknown id or route", async () => {
    const malformed = await api.app.inject({
      method: "POST",
      url: "/api/clients",
      payload: "{not json",
      headers: { cookie, "content-type": "application/json" },
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe("invalid");
    const missing = await api.request(
      "GET",
      "/api/clients/00000000-0000-0000-0000-000000000000",
      undefined,
      cookie,
    );
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe("not_found");
    expect((await api.request("GET", "/api/no-such-thing", undefined, cookie)).statusCode).toBe(404);
  });

  it.skipIf(!!target.skip)("records a session with pieces and shows it in the process view", async () => {
    const client = (
      await api.request(
        "POST",
        "/api/clients",
        {
          name: "Mara K.",
          presentingConcerns: [{ category: "anxiety", description: "I can't breathe when people shout" }],
        },
        cookie,
      )
    ).json();
    const character = (
      await api.request(
        "POST",
        `/api/clients/${client.id}/characters`,
        { label: "Little Girl", aspect: "child" },
        cookie,
      )
    ).json();
    expect(character.label).toBe("little girl");
    const narrative = "A little girl appeared and said nobody came. Warmth spread through her belly.";
    const created = await api.request(
      "POST",
      `/api/clients/${client.id}/sessions`,
      {
        date: "2026-03-04",
        techniques: [{ technique: "Still point", regions: ["occiput"] }],
        narrative,
        pieces: [
          {
            kind: "character",
            text: "A little girl appeared",
            start: 0,
            end: 22,
            character: "little girl",
            aspect: "child",
            characterId: character.id,
          },
          {
            kind: "temperature",
            text: "Warmth spread through her belly",
            start: 46,
            end: 77,
            regions: ["abdomen"],
            temperature: "hot",
          },
        ],
      },
      cookie,
    );
    expect(created.statusCode).toBe(201);
    const session = created.json();
    expect(session.number).toBe(1);
    expect(session.status).toBe("draft");
    expect(session.pieces.map((p: { kind: string }) => p.kind)).toEqual(["character", "temperature"]);

    const view = (await api.request("GET", `/api/clients/${client.id}/process`, undefined, cookie)).json();
    expect(view.sessions).toHaveLength(1);
    expect(view.kindCounts).toEqual({ character: 1, temperature: 1 });
    expect(view.regionCounts).toEqual({ abdomen: 1 });
    expect(view.characters[0]).toMatchObject({
      label: "little girl",
      firstAppearance: "2026-03-04",
      appearances: 1,
    });
  });

  it.skipIf(!!target.skip)(
    "gives the process document for a stretch of sessions, the latest by default, with how many there are",
    async () => {
      const client = (await api.request("POST", "/api/clients", { name: "Oskar P." }, cookie)).json();
      for (const [date, kind] of [
        ["2026-01-05", "emotion"],
        ["2026-02-05", "release"],
        ["2026-03-05", "release"],
      ])
        await api.request(
          "POST",
          `/api/clients/${client.id}/sessions`,
          { date, pieces: [{ kind, text: "it let go", regions: ["jaw"] }] },
          cookie,
        );
      const process = (path: string) =>
        api.request("GET", `/api/clients/${client.id}/process${path}`, undefined, cookie);
      const latest = (await process("?limit=2")).json();
      expect({ sessionCount: latest.sessionCount, offset: latest.offset }).toEqual({
        sessionCount: 3,
        offset: 1,
      });
      expect(latest.sessions.map((s: { date: string }) => s.date)).toEqual(["2026-02-05", "2026-03-05"]);
      expect(latest.kindCounts).toEqual({ release: 2 });
      const first = (await process("?offset=0&limit=1")).json();
      expect(first.sessions.map((s: { number: number }) => s.number)).toEqual([1]);
      expect(first.kindCounts).toEqual({ emotion: 1 });
      const whole = (await process("")).json();
      expect({ sessionCount: whole.sessionCount, offset: whole.offset, n: whole.sessions.length }).toEqual({
        sessionCount: 3,
        offset: 0,
        n: 3,
      });
      const tooMany = await process("?limit=201");
      expect(tooMany.statusCode).toBe(400);
      expect(tooMany.body).toContain("limit");
    },
  );

  it.skipIf(!!target.skip)(
    "lists a client's sessions a page at a time and names a page size out of range",
    async () => {
      const client = (await api.request("POST", "/api/clients", { name: "Ines P." }, cookie)).json();
      for (const date of ["2026-01-05", "2026-02-05", "2026-03-05"])
        await api.request("POST", `/api/clients/${client.id}/sessions`, { date }, cookie);
      const latest = await api.request(
        "GET",
        `/api/clients/${client.id}/sessions?limit=2`,
        undefined,
        cookie,
      );
      expect(latest.statusCode).toBe(200);
      const body = latest.json();
      expect({ total: body.total, offset: body.offset }).toEqual({ total: 3, offset: 1 });
      expect(body.items.map((s: { date: string }) => s.date)).toEqual(["2026-02-05", "2026-03-05"]);
      const first = (
        await api.request("GET", `/api/clients/${client.id}/sessions?offset=0&limit=1`, undefined, cookie)
      ).json();
      expect(first.items.map((s: { number: number }) => s.number)).toEqual([1]);
      const bad = await api.request("GET", `/api/clients/${client.id}/sessions?limit=500`, undefined, cookie);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.details[0].path).toBe("limit");
    },
  );

  it.skipIf(!!target.skip)(
    "names a bad piece field by its index and refuses to edit a signed session",
    async () => {
      const client = (await api.request("POST", "/api/clients", { name: "Jon P." }, cookie)).json();
      const bad = await api.request(
        "POST",
        `/api/clients/${client.id}/sessions`,
        {
          date: "2026-03-04",
          pieces: [
            { kind: "temperature", text: "x" },
            { kind: "daydream", text: "y" },
          ],
        },
        cookie,
      );
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.details[0].path).toBe("pieces.1.kind");
      const badDate = await api.request(
        "POST",
        `/api/clients/${client.id}/sessions`,
        { date: "2026-02-30" },
        cookie,
      );
      expect(badDate.json().error.details[0].path).toBe("date");

      const session = (
        await api.request(
          "POST",
          `/api/clients/${client.id}/sessions`,
          { date: "2026-03-05", narrative: "Quiet session." },
          cookie,
        )
      ).json();
      expect(
        (
          await api.request("POST", `/api/sessions/${session.id}/sign`, { version: session.version }, cookie)
        ).json().status,
      ).toBe("signed");
      const { courseId, date, durationMinutes, checkIn, techniques, insights, integration } = session;
      const edit = await api.request(
        "PUT",
        `/api/sessions/${session.id}`,
        {
          ...{ courseId, date, durationMinutes, checkIn, techniques, insights, integration },
          narrative: "Changed.",
          pieces: [],
          version: session.version + 1,
        },
        cookie,
      );
      expect(edit.statusCode).toBe(409);
      expect(
        (await api.request("GET", `/api/sessions/${session.id}`, undefined, cookie)).json().narrative,
      ).toBe("Quiet session.");
    },
  );

  it.skipIf(!!target.skip)("hides another practice's client behind a 404 with no data", async () => {
    await addPractice(api.system, "Other Room", "bo@example.org", PASSWORD);
    const other = await api.login("bo@example.org", PASSWORD);
    const theirs = (await api.request("POST", "/api/clients", { name: "Secret Client" }, other)).json();
    for (const url of [
      `/api/clients/${theirs.id}`,
      `/api/clients/${theirs.id}/sessions`,
      `/api/clients/${theirs.id}/process`,
    ]) {
      const res = await api.request("GET", url, undefined, cookie);
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain("Secret Client");
    }
    const write = await api.request(
      "POST",
      `/api/clients/${theirs.id}/sessions`,
      { date: "2026-03-01", narrative: "intrusion" },
      cookie,
    );
    expect(write.statusCode).toBe(404);
    const list = (await api.request("GET", "/api/clients", undefined, cookie)).json();
    expect(list.items.map((c: { name: string }) => c.name)).not.toContain("Secret Client");
  });

  it.skipIf(!!target.skip)("publishes an OpenAPI document listing the routes", async () => {
    const doc = (await api.request("GET", "/api/openapi.json")).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/clients",
        "/api/clients/{clientId}/sessions",
        "/api/sessions/{sessionId}",
      ]),
    );
  });
});
