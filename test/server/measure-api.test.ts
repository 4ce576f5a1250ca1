// Outcome measures over HTTP on each store: responses scored on entry, bands, incomplete
// responses, the item-9 safety flag and its follow-up, change over time, the instrument
// catalogue, CSV exports (audited), and what a client's portal login may do.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "../../src/store/store";
import { hashPassword } from "../../src/server/auth/passwords";
import type { describeInstruments, TimelineItem } from "../../src/measures";
import { storeTargets } from "../support/databases";
import { addPractice, openApi, sessionCookie, type Api } from "./api-harness";

const PASSWORD = "correct horse battery";
const NOTE = "Rang Wren that afternoon; safety plan in place";

/** The JSON shapes the routes answer with (types only; the values come over HTTP). */
type Item = TimelineItem;
type Instrument = ReturnType<typeof describeInstruments>[number];

const phq9 = (answers: (number | null)[], date = "2024-05-01") => ({ instrument: "phq9", date, answers });
const gad7 = (answers: (number | null)[], date = "2024-05-01") => ({ instrument: "gad7", date, answers });
/** PHQ-9 answers with the given total and item 9 "not at all". */
const phq9Total = (total: number) => {
  const answers = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; i < total; i++) answers[i % 8]! += 1;
  return answers;
};

describe.each(storeTargets())("measures API on $name", (target) => {
  let api: Api;
  let cookie: string;
  let admin: Caller;
  let wren: string;
  let yara: string;

  const post = (url: string, body: unknown, c = cookie) => api.request("POST", url, body, c);
  const get = (url: string, c = cookie) => api.request("GET", url, undefined, c);
  const record = async (clientId: string, body: unknown, c = cookie) => {
    const res = await post(`/api/clients/${clientId}/measure-responses`, body, c);
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };

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
    const { user } = setup.json();
    admin = { userId: user.id, practiceId: user.practiceId, role: "admin", clientId: null };
    wren = (await post("/api/clients", { name: "Wren" })).json().id;
    yara = (await post("/api/clients", { name: "Yara" })).json().id;
  });
  afterAll(async () => api?.close());

  it.skipIf(!!target.skip)("records a response and answers 201 with it and its score", async () => {
    const body = await record(wren, phq9([1, 2, 3, 0, 1, 2, 3, 0, 0], "2024-01-10"));
    expect(body.response).toMatchObject({
      clientId: wren,
      instrument: "phq9",
      instrumentVersion: "1",
      date: "2024-01-10",
      flags: [],
      followUp: null,
    });
    expect(body.score).toMatchObject({
      instrument: "phq9",
      version: "1",
      complete: true,
      total: 12,
      band: "moderate",
      flags: [],
      missingItems: [],
    });
  });

  it.skipIf(!!target.skip)("bands totals as published at the band edges", async () => {
    const cases: [number, string][] = [
      [4, "minimal"],
      [5, "mild"],
      [9, "mild"],
      [10, "moderate"],
      [15, "moderately severe"],
      [20, "severe"],
    ];
    for (const [total, band] of cases) {
      const { score } = await record(yara, phq9(phq9Total(total), "2023-01-01"));
      expect([score.total, score.band]).toEqual([total, band]);
    }
    const { score } = await record(yara, gad7([3, 3, 3, 3, 3, 0, 0], "2023-01-01"));
    expect([score.total, score.band]).toEqual([15, "severe"]);
  });

  it.skipIf(!!target.skip)(
    "gives an incomplete response no total and no band, never a partial sum",
    async () => {
      const { score } = await record(yara, phq9([3, 3, null, 3, 3, 3, 3, 3, 0], "2023-02-01"));
      expect(score).toMatchObject({ complete: false, missingItems: [3], total: null, band: null });
    },
  );

  it.skipIf(!!target.skip)(
    "answers 400 naming answers.N for a bad answer and instrument for an unknown one",
    async () => {
      const url = `/api/clients/${wren}/measure-responses`;
      const outOfScale = await post(url, phq9([0, 0, 4, 0, 0, 0, 0, 0, 0]));
      expect(outOfScale.statusCode).toBe(400);
      expect(outOfScale.json().error.details.map((d: { path: string }) => d.path)).toEqual(["answers.2"]);
      expect(outOfScale.json().error.message).toContain("item 3");
      const notANumber = await post(url, phq9([0, 0, 0, 0, 0, 0, "x" as never, 0, 0]));
      expect(notANumber.statusCode).toBe(400);
      expect(notANumber.json().error.details[0].path).toBe("answers.6");
      const tooFew = await post(url, phq9([0, 0]));
      expect(tooFew.json().error.details.map((d: { path: string }) => d.path)).toEqual(["answers"]);
      const unknown = await post(url, { ...phq9([0]), instrument: "beck" });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().error.details.map((d: { path: string }) => d.path)).toEqual(["instrument"]);
    },
  );

  it.skipIf(!!target.skip)(
    "raises the item-9 flag whatever the total and lists it in /api/safety-flags until it is followed up",
    async () => {
      const zoe = (await post("/api/clients", { name: "Zoe" })).json().id;
      const low = await record(zoe, phq9([0, 0, 0, 0, 0, 0, 0, 0, 1], "2024-03-01"));
      const partial = await record(
        zoe,
        phq9([null, null, null, null, null, null, null, null, 3], "2024-03-02"),
      );
      const severe = await record(zoe, phq9([3, 3, 3, 3, 3, 3, 3, 3, 0], "2024-03-03"));
      expect([low.score.total, low.score.band, low.score.flags]).toEqual([1, "minimal", ["phq9-item9"]]);
      expect(low.response.flags).toEqual(["phq9-item9"]);
      expect([partial.score.total, partial.response.flags]).toEqual([null, ["phq9-item9"]]);
      expect([severe.score.band, severe.response.flags]).toEqual(["severe", []]);

      const open = (await get("/api/safety-flags"))
        .json()
        .items.filter((f: { clientId: string }) => f.clientId === zoe);
      expect(open).toEqual([
        {
          clientId: zoe,
          clientName: "Zoe",
          responseId: low.response.id,
          instrument: "phq9",
          date: "2024-03-01",
          flags: ["phq9-item9"],
          urgency: "raised",
        },
        {
          clientId: zoe,
          clientName: "Zoe",
          responseId: partial.response.id,
          instrument: "phq9",
          date: "2024-03-02",
          flags: ["phq9-item9"],
          urgency: "highest",
        },
      ]);

      const followUp = await post(`/api/measure-responses/${low.response.id}/follow-up`, { note: NOTE });
      expect(followUp.statusCode).toBe(200);
      expect(followUp.json()).toMatchObject({
        id: low.response.id,
        followUp: { byUserId: admin.userId, note: NOTE },
      });
      const still = (await get("/api/safety-flags"))
        .json()
        .items.map((f: { responseId: string }) => f.responseId);
      expect(still).not.toContain(low.response.id);
      expect(still).toContain(partial.response.id);

      const again = await post(`/api/measure-responses/${low.response.id}/follow-up`, { note: "again" });
      expect(again.statusCode).toBe(409);
      const unflagged = await post(`/api/measure-responses/${severe.response.id}/follow-up`, { note: NOTE });
      expect(unflagged.statusCode).toBe(409);
      const empty = await post(`/api/measure-responses/${partial.response.id}/follow-up`, { note: " " });
      expect(empty.statusCode).toBe(400);
      expect(empty.json().error.details[0].path).toBe("note");
    },
  );

  it.skipIf(!!target.skip)(
    "answers 404 to another practice following up a flag, and shows it none of ours",
    async () => {
      const flagged = await record(wren, phq9([0, 0, 0, 0, 0, 0, 0, 0, 2], "2024-06-01"));
      await addPractice(api.system, "Elsewhere", "else@example.org", PASSWORD);
      const other = await api.login("else@example.org", PASSWORD);
      const res = await post(
        `/api/measure-responses/${flagged.response.id}/follow-up`,
        { note: NOTE },
        other,
      );
      expect(res.statusCode).toBe(404);
      expect((await get("/api/safety-flags", other)).json()).toEqual({ items: [] });
      expect((await get(`/api/clients/${wren}/measure-responses`, other)).statusCode).toBe(404);
      expect((await get(`/api/clients/${wren}/measure-responses.csv`, other)).statusCode).toBe(404);
      const ours = (await get("/api/safety-flags"))
        .json()
        .items.map((f: { responseId: string }) => f.responseId);
      expect(ours).toContain(flagged.response.id);
    },
  );

  it.skipIf(!!target.skip)(
    "lists responses with scores and the reliable change from the previous complete response and the baseline",
    async () => {
      const id = (await post("/api/clients", { name: "Ilse" })).json().id;
      await record(id, phq9(phq9Total(20), "2024-01-01"));
      await record(id, gad7([1, 1, 1, 1, 1, 1, 1], "2024-01-15"));
      await record(id, phq9([3, null, 3, 3, 3, 3, 3, 3, 0], "2024-02-01"));
      await record(id, phq9(phq9Total(12), "2024-03-01"));
      await record(id, phq9(phq9Total(10), "2024-04-01"));
      const { items } = (await get(`/api/clients/${id}/measure-responses`)).json();
      const view = (items as Item[]).map((i) => ({
        instrument: i.response.instrument,
        total: i.score!.total,
        previous: i.change.fromPrevious && [
          i.change.fromPrevious.before,
          i.change.fromPrevious.after,
          i.change.fromPrevious.difference,
          i.change.fromPrevious.direction,
          i.change.fromPrevious.reliable,
        ],
        baseline: i.change.fromBaseline && [
          i.change.fromBaseline.before,
          i.change.fromBaseline.difference,
          i.change.fromBaseline.reliable,
        ],
      }));
      expect(view).toEqual([
        { instrument: "phq9", total: 20, previous: null, baseline: null },
        { instrument: "gad7", total: 7, previous: null, baseline: null },
        { instrument: "phq9", total: null, previous: null, baseline: null },
        { instrument: "phq9", total: 12, previous: [20, 12, -8, "improved", true], baseline: [20, -8, true] },
        {
          instrument: "phq9",
          total: 10,
          previous: [12, 10, -2, "improved", false],
          baseline: [20, -10, true],
        },
      ]);
      expect(items[4].change.fromPrevious).toMatchObject({
        responseId: items[3].response.id,
        date: "2024-03-01",
        threshold: 6,
      });
      expect(items[4].change.fromBaseline.responseId).toBe(items[0].response.id);
    },
  );

  it.skipIf(!!target.skip)(
    "describes every instrument for forms and charts, with licensed wording left out",
    async () => {
      const { items } = (await get("/api/measures")).json();
      expect(items.map((i: { id: string }) => i.id)).toEqual([
        "phq9",
        "gad7",
        "who5",
        "pcl5",
        "pss10",
        "symptom-profile",
      ]);
      const [phq, , who5, pcl5] = items;
      expect(phq).toMatchObject({
        title: "Patient Health Questionnaire-9",
        version: "1",
        recallPeriod: { days: 14 },
        total: { min: 0, max: 27, decimals: 0 },
        options: [
          { value: 0, label: "Not at all" },
          { value: 1, label: "Several days" },
          { value: 2, label: "More than half the days" },
          { value: 3, label: "Nearly every day" },
        ],
        reliableChange: { threshold: 6, comparison: ">=" },
        flags: [
          { id: "phq9-item9", item: 9, minimum: 1, kind: "answer-at-least" },
          { id: "phq9-item9-unanswered", item: 9, kind: "unanswered" },
        ],
      });
      expect(phq.items).toHaveLength(9);
      expect(phq.items[8]).toMatchObject({
        number: 9,
        optional: false,
        text: expect.stringContaining("better off dead"),
      });
      expect(phq.bands.map((b: Instrument["bands"][number]) => [b.label, b.min, b.max])).toEqual([
        ["minimal", 0, 4],
        ["mild", 5, 9],
        ["moderate", 10, 14],
        ["moderately severe", 15, 19],
        ["severe", 20, 27],
      ]);
      expect(phq.licence.text).toContain("Pfizer");
      // WHO-5 bands are published on the raw 0–25 score; charts plot the 0–100 total.
      expect(who5.total).toMatchObject({ min: 0, max: 100 });
      expect(who5.bands).toEqual([{ label: "poor wellbeing", min: 0, max: 48 }]);
      expect(pcl5.items.every((i: { text: string | null }) => i.text === null)).toBe(true);
      expect(pcl5.itemTextSource.length).toBeGreaterThan(10);
      expect(items[5].items.map((i: { optional: boolean }) => i.optional)).toEqual([
        false,
        true,
        false,
        false,
      ]);
    },
  );

  it.skipIf(!!target.skip)(
    "exports one client's responses as CSV, pinned to the byte, and audits the export",
    async () => {
      const id = (await post("/api/clients", { name: "Cora" })).json().id;
      await record(id, phq9([1, 2, null, 0, 0, 0, 0, 0, 1], "2024-02-01"));
      await record(id, gad7([3, 3, 3, 3, 3, 3, 3], "2024-01-01"));
      await record(id, { instrument: "pcl5", date: "2024-03-01", answers: Array(20).fill(2) });
      const res = await get(`/api/clients/${id}/measure-responses.csv`);
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toMatch(/^text\/csv/);
      expect(res.headers["content-disposition"]).toMatch(
        new RegExp(`^attachment; filename="tessera-measures-${id}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`),
      );
      expect(res.body).toBe(
        [
          "client_id,date,instrument,version,answers,complete,total,band,subscales,flags",
          ",2024-01-01,gad7,1,3;3;3;3;3;3;3,yes,21,severe,,",
          ",2024-02-01,phq9,1,1;2;;0;0;0;0;0;1,no,,,,phq9-item9",
          ",2024-03-01,pcl5,1,2;2;2;2;2;2;2;2;2;2;2;2;2;2;2;2;2;2;2;2,yes,40,,B=10;C=4;D=14;E=12,",
          "",
        ].join("\r\n"),
      );
      const [last] = await api.system.scoped(admin).listAudit({ limit: 1 });
      expect(last).toMatchObject({
        action: "export",
        resourceType: "measure-response",
        clientId: id,
        userId: admin.userId,
      });
    },
  );

  it.skipIf(!!target.skip)(
    "exports the whole practice with a client id column as strict RFC 4180, and audits it",
    async () => {
      const res = await get("/api/measure-responses.csv");
      expect(res.statusCode).toBe(200);
      const [last] = await api.system.scoped(admin).listAudit({ limit: 1 });
      expect(last).toMatchObject({ action: "export", resourceType: "measure-response", clientId: null });
      expect(res.headers["content-type"]).toMatch(/^text\/csv/);
      expect(res.headers["content-disposition"]).toMatch(
        /^attachment; filename="tessera-measures-practice-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      const rows = parseCsv(res.body);
      expect(rows[0]).toEqual([
        "client_id",
        "date",
        "instrument",
        "version",
        "answers",
        "complete",
        "total",
        "band",
        "subscales",
        "flags",
      ]);
      const data = rows.slice(1);
      expect(data.every((r) => r.length === 10)).toBe(true);
      const clientIds = new Set(data.map((r) => r[0]));
      expect(clientIds.has(wren) && clientIds.has(yara)).toBe(true);
      // The other practice's responses never appear.
      const mine = (await get("/api/clients")).json().items.map((c: { id: string }) => c.id);
      expect([...clientIds].every((c) => mine.includes(c))).toBe(true);
      const total = await Promise.all(
        mine.map(async (c: string) => (await get(`/api/clients/${c}/measure-responses`)).json().items.length),
      );
      expect(data.length).toBe(total.reduce((a: number, b: number) => a + b, 0));
      // Rows are grouped by client, each client's by date.
      const keys = data.map((r) => `${r[0]} ${r[1]}`);
      expect(keys).toEqual([...keys].sort());
    },
  );

  it.skipIf(!!target.skip)(
    "lets a client's portal login record its own response, but not another client's, and keeps flags and notes of staff from it",
    async () => {
      const system = api.system;
      await system.createUser(admin.practiceId, {
        name: "Wren",
        email: "wren@example.org",
        role: "client",
        clientId: wren,
        passwordHash: await hashPassword(PASSWORD),
      });
      const me = await api.login("wren@example.org", PASSWORD);
      const own = await record(wren, phq9([0, 0, 0, 0, 0, 0, 0, 0, 1], "2024-07-01"), me);
      expect(own.response.enteredBy).not.toBe(admin.userId);
      expect(own.score).toMatchObject({ total: 1, band: "minimal", flags: ["phq9-item9"] });

      const elsewhere = await post(`/api/clients/${yara}/measure-responses`, phq9(phq9Total(3)), me);
      expect(elsewhere.statusCode).toBe(404);
      expect((await get(`/api/clients/${yara}/measure-responses`, me)).statusCode).toBe(404);
      expect((await get("/api/safety-flags", me)).statusCode).toBe(403);
      expect((await get("/api/measure-responses.csv", me)).statusCode).toBe(403);
      expect(
        (await post(`/api/measure-responses/${own.response.id}/follow-up`, { note: "x" }, me)).statusCode,
      ).toBe(403);

      // The practitioner follows up; the client's own list shows the flag but never the note.
      expect(
        (await post(`/api/measure-responses/${own.response.id}/follow-up`, { note: NOTE })).statusCode,
      ).toBe(200);
      const mine = await get(`/api/clients/${wren}/measure-responses`, me);
      expect(mine.statusCode).toBe(200);
      expect(mine.body).not.toContain("Rang Wren");
      const item = (mine.json().items as Item[]).find((i) => i.response.id === own.response.id);
      expect(item!.response).toMatchObject({ flags: ["phq9-item9"], followUp: null });
      const staffView: Item[] = (await get(`/api/clients/${wren}/measure-responses`)).json().items;
      expect(staffView.find((i) => i.response.id === own.response.id)!.response.followUp!.note).toBe(NOTE);
      const csv = await get(`/api/clients/${wren}/measure-responses.csv`, me);
      expect(csv.statusCode).toBe(200);
      expect(csv.body).not.toContain("Rang Wren");
      expect((await get("/api/measures", me)).statusCode).toBe(200);
    },
  );
});

/** A strict RFC 4180 reader: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') {
        field += ch;
      } else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else {
        quoted = false;
      }
    } else if (ch === '"' && field === "") {
      quoted = true;
    } else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else if (ch === "\r" || ch === "\n") {
      throw new Error(`bare line break at ${i}`);
    } else {
      field += ch;
    }
  }
  if (field !== "" || row.length > 0) throw new Error("the file does not end with CRLF");
  return rows;
}
