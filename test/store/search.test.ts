// Full-text search over the practice's narratives, pieces and shared reflections, with user
// input that can never break the query.
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import type { Client, Session } from "../../src/domain";
import { SEARCH_WINDOW } from "../../src/store/dialect";
import type { SystemStore } from "../../src/store/store";
import { describeEachStore } from "./each-store";
import {
  addColleague,
  clientLogin,
  expectDomainError,
  makePractice,
  piece,
  type PracticeFixture,
} from "./fixtures";

describeEachStore("search", (target) => {
  let system: SystemStore;
  let p: PracticeFixture;
  let client: Client;
  beforeAll(async () => {
    system = await target.open();
  });
  afterAll(async () => {
    await system?.close();
  });
  beforeEach(async () => {
    p = await makePractice(system);
    client = await p.practitioner.createClient({ name: "Tara" });
  });

  it("finds a session by words of its narrative, stemmed, with the matches marked in a one-line snippet", async () => {
    const session = await p.practitioner.createSession(client.id, {
      date: "2024-02-01",
      narrative: "The diaphragm released slowly.\n\nShe was breathing into the whole ribcage.",
    });
    const hits = await p.practitioner.search("releasing breathe");
    expect(hits).toEqual([
      {
        clientId: client.id,
        sessionId: session.id,
        reflectionId: null,
        date: "2024-02-01",
        snippet: expect.any(String),
      },
    ]);
    expect(hits[0]!.snippet).toContain("«released»");
    expect(hits[0]!.snippet).toContain("«breathing»");
    expect(hits[0]!.snippet).not.toContain("\n");
  });

  it("finds only clients whose care team the caller is on, in hits and facets, and a client once shared", async () => {
    await p.practitioner.createSession(client.id, { date: "2024-03-01", narrative: "A kestrel hovered." });
    const { userId, store: colleague } = await addColleague(system, p);
    const own = await colleague.createClient({ name: "Uma" });
    const mine = await colleague.createSession(own.id, { date: "2024-03-02", narrative: "A kestrel again." });
    expect((await colleague.search("kestrel")).map((h) => h.sessionId)).toEqual([mine.id]);
    expect(await colleague.searchFacets("kestrel")).toMatchObject({
      total: 1,
      clients: [{ clientId: own.id }],
    });
    await p.practitioner.addCareTeamMember(client.id, userId);
    expect((await colleague.search("kestrel")).map((h) => h.clientId).sort()).toEqual(
      [client.id, own.id].sort(),
    );
    expect((await colleague.searchFacets("kestrel")).total).toBe(2);
  });

  it("ranks a practitioner's own recent matches even when colleagues' newer ones fill the practice's window", async () => {
    const { store: colleague } = await addColleague(system, p);
    const own = await colleague.createClient({ name: "Ilse" });
    // Older by date (PostgreSQL's window order) and by writing (SQLite's).
    const mine = await colleague.createSession(own.id, {
      date: "2020-01-01",
      narrative: "A heron stood still.",
    });
    for (let i = 0; i < SEARCH_WINDOW; i++) {
      await p.practitioner.createSession(client.id, { date: "2024-05-01", narrative: `Heron ${i}.` });
    }
    expect((await colleague.search("heron")).map((h) => h.sessionId)).toEqual([mine.id]);
    expect((await colleague.readSearchView("heron")).hits.map((h) => h.sessionId)).toEqual([mine.id]);
    expect(await p.practitioner.search("heron", 5)).toHaveLength(5);
  });

  it("finds the text of pieces, and follows a session's edits", async () => {
    const session = await p.practitioner.createSession(client.id, {
      date: "2024-02-01",
      pieces: [piece("visual", "a lighthouse on the cliff")],
    });
    expect((await p.practitioner.search("lighthouse")).map((h) => h.sessionId)).toEqual([session.id]);
    await p.practitioner.updateSession(session.id, {
      ...wholeDraft(session),
      pieces: [piece("visual", "an orchard in spring")],
    });
    expect(await p.practitioner.search("lighthouse")).toEqual([]);
    expect((await p.practitioner.search("orchard")).map((h) => h.sessionId)).toEqual([session.id]);
  });

  it("finds reflections the client shared and never the private ones", async () => {
    const me = await clientLogin(system, p.practiceId, client.id);
    const shared = await me.createReflection(client.id, {
      date: "2024-03-01",
      text: "I dreamt of a heron",
      sharedWithPractitioner: true,
    });
    await me.createReflection(client.id, { date: "2024-03-02", text: "another heron, just for me" });
    expect(await p.practitioner.search("heron")).toEqual([
      {
        clientId: client.id,
        sessionId: null,
        reflectionId: shared.id,
        date: "2024-03-01",
        snippet: expect.stringContaining("«heron»"),
      },
    ]);
  });

  it("reads the search page at once: the hits, their sessions' numbers and pieces in order, their clients' names", async () => {
    const first = await p.practitioner.createSession(client.id, {
      date: "2024-02-01",
      pieces: [
        piece("visual", "a heron by the water", { regions: ["chest"] }),
        piece("emotion", "sadness in the throat", { emotions: ["sadness"], regions: ["throat"] }),
      ],
    });
    await p.practitioner.createSession(client.id, { date: "2024-02-08", narrative: "Nothing of birds." });
    const other = await p.practitioner.createClient({ name: "Ines" });
    const second = await p.practitioner.createSession(other.id, {
      date: "2024-03-01",
      narrative: "The heron came back.",
    });
    const rows = await p.practitioner.readSearchView("heron");
    expect(rows.hits.map((h) => h.sessionId).sort()).toEqual([first.id, second.id].sort());
    // A snippet only where the page shows one: the narrative's match, not a session shown by its pieces.
    const snippetOf = (id: string) => rows.hits.find((h) => h.sessionId === id)!.snippet;
    expect(snippetOf(second.id)).toContain("«heron»");
    expect(snippetOf(first.id)).toBe("");
    expect(rows.sessions.sort((a, b) => a.number - b.number || (a.id < b.id ? -1 : 1))).toEqual(
      [
        {
          id: first.id,
          number: first.number,
          pieces: [
            {
              id: first.pieces[0]!.id,
              kind: "visual",
              text: "a heron by the water",
              regions: ["chest"],
              emotions: [],
              character: null,
            },
            {
              id: first.pieces[1]!.id,
              kind: "emotion",
              text: "sadness in the throat",
              regions: ["throat"],
              emotions: ["sadness"],
              character: null,
            },
          ],
        },
        { id: second.id, number: second.number, pieces: [] },
      ].sort((a, b) => a.number - b.number || (a.id < b.id ? -1 : 1)),
    );
    expect(rows.clients.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { id: other.id, name: "Ines" },
      { id: client.id, name: "Tara" },
    ]);
    // The page shows pieces of both clients: the audit trail names each of them.
    const read = await p.admin.listAudit({ limit: 2 });
    expect(read.map((r) => [r.action, r.resourceType, r.clientId].join(" ")).sort()).toEqual(
      [`read search ${client.id}`, `read search ${other.id}`].sort(),
    );
    expect(await p.practitioner.readSearchView("kingfisher")).toEqual({
      hits: [],
      sessions: [],
      clients: [],
    });
    expect((await p.admin.listAudit({ limit: 1 }))[0]).toMatchObject({
      resourceType: "search",
      clientId: null,
    });
    // A colleague off both care teams sees none of it.
    const user = await system.createUser(p.practiceId, {
      name: "Noor Colleague",
      email: `noor-${Date.now()}@example.org`,
      role: "practitioner",
      clientId: null,
      passwordHash: "hash",
    });
    const colleague = system.scoped({ ...p.practitionerCaller, userId: user.id });
    expect(await colleague.readSearchView("heron")).toEqual({ hits: [], sessions: [], clients: [] });
  });

  it("requires every word to match and honours the limit", async () => {
    for (let i = 0; i < 5; i++) {
      await p.practitioner.createSession(client.id, {
        date: `2024-01-0${i + 1}`,
        narrative: `warmth in the sacrum ${i}`,
      });
    }
    await p.practitioner.createSession(client.id, { date: "2024-02-01", narrative: "warmth in the feet" });
    expect(await p.practitioner.search("warmth sacrum")).toHaveLength(5);
    expect(await p.practitioner.search("warmth sacrum", 2)).toHaveLength(2);
    expect(await p.practitioner.search("warmth")).toHaveLength(6);
  });

  it("reads quotes, operators and punctuation typed by the user as plain words, never as query syntax", async () => {
    await p.practitioner.createSession(client.id, {
      date: "2024-02-01",
      narrative: "Fear AND relief came together; NEAR the end, calm.",
    });
    const inputs = [
      '"foo',
      "AND OR",
      "NOT",
      "fear OR",
      "(calm",
      "calm*",
      "relief:",
      "NEAR(fear calm)",
      "'; drop table sessions; --",
      "^fear",
      "fear -calm",
      "\\",
      "{}[]",
      "",
      "   ",
      "🙂",
      "a".repeat(5000),
    ];
    for (const input of inputs) {
      await expect(p.practitioner.search(input), input).resolves.toBeInstanceOf(Array);
    }
    expect(await p.practitioner.search('"fear')).toHaveLength(1);
    expect(await p.practitioner.search("(calm")).toHaveLength(1);
    expect(await p.practitioner.search("")).toEqual([]);
    expect(await p.practitioner.listClients()).toHaveLength(1);
  });

  it("is for practitioners only", async () => {
    const me = await clientLogin(system, p.practiceId, client.id);
    await expectDomainError(me.search("anything"), "forbidden");
    await expectDomainError(me.searchFacets("anything"), "forbidden");
  });

  it("counts every match per client and per year, whatever the limit, and only this practice's", async () => {
    const other = await p.practitioner.createClient({ name: "Uma" });
    for (const [who, date] of [
      [client, "2023-05-01"],
      [client, "2024-01-02"],
      [client, "2024-03-04"],
      [other, "2024-06-01"],
    ] as const) {
      await p.practitioner.createSession(who.id, { date, narrative: "pulsing warmth at the jaw" });
    }
    await p.practitioner.createSession(other.id, { date: "2024-07-01", narrative: "cold feet" });
    const elsewhere = await makePractice(system);
    const stranger = await elsewhere.practitioner.createClient({ name: "Vic" });
    await elsewhere.practitioner.createSession(stranger.id, { date: "2024-01-01", narrative: "jaw" });

    expect(await p.practitioner.search("jaw", 1)).toHaveLength(1);
    expect(await p.practitioner.searchFacets("jaw")).toEqual({
      total: 4,
      clients: [
        { clientId: client.id, count: 3 },
        { clientId: other.id, count: 1 },
      ],
      years: [
        { year: "2024", count: 3 },
        { year: "2023", count: 1 },
      ],
    });
    expect(await p.practitioner.searchFacets("")).toEqual({ total: 0, clients: [], years: [] });
  });

  it("follows an edit of a session's date alone, and drops a session whose text is emptied", async () => {
    const session = await p.practitioner.createSession(client.id, {
      date: "2023-05-01",
      narrative: "a spiral of warmth",
    });
    const moved = await p.practitioner.updateSession(session.id, {
      ...wholeDraft(session),
      date: "2024-02-01",
    });
    expect((await p.practitioner.searchFacets("spiral")).years).toEqual([{ year: "2024", count: 1 }]);
    expect((await p.practitioner.search("spiral")).map((h) => h.date)).toEqual(["2024-02-01"]);
    await p.practitioner.updateSession(session.id, { ...wholeDraft(moved), narrative: "" });
    expect(await p.practitioner.search("spiral")).toEqual([]);
    expect((await p.practitioner.searchFacets("spiral")).total).toBe(0);
  });

  it("narrows hits and facets to the client and the year picked", async () => {
    const other = await p.practitioner.createClient({ name: "Uma" });
    await p.practitioner.createSession(client.id, { date: "2023-05-01", narrative: "spiral unwinding" });
    const mine2024 = await p.practitioner.createSession(client.id, {
      date: "2024-05-01",
      narrative: "spiral",
    });
    await p.practitioner.createSession(other.id, { date: "2024-06-01", narrative: "spiral" });

    const hits = await p.practitioner.search("spiral", 20, { clientId: client.id, year: "2024" });
    expect(hits.map((h) => h.sessionId)).toEqual([mine2024.id]);
    expect(
      (await p.practitioner.search("spiral", 20, { year: "2024" })).map((h) => h.clientId).sort(),
    ).toEqual([client.id, other.id].sort());
    const facets = await p.practitioner.searchFacets("spiral", { clientId: client.id });
    expect(facets.total).toBe(2);
    expect(facets.clients).toEqual([{ clientId: client.id, count: 2 }]);
    await expectDomainError(p.practitioner.search("spiral", 20, { year: "last" }), "invalid");
  });

  it("ranks the best matches first: a document naming the words more often comes before one naming them once", async () => {
    const once = await p.practitioner.createSession(client.id, {
      date: "2024-01-01",
      narrative: "a long note about many things, the shoulders, the breath, the feet, and once the sacrum",
    });
    const often = await p.practitioner.createSession(client.id, {
      date: "2023-01-01",
      narrative: "sacrum sacrum sacrum",
    });
    expect((await p.practitioner.search("sacrum")).map((h) => h.sessionId)).toEqual([often.id, once.id]);
  });
});

/** The whole draft as an update sends it: every field, with the version it started from. */
function wholeDraft(session: Session) {
  return {
    courseId: session.courseId,
    date: session.date,
    durationMinutes: session.durationMinutes,
    checkIn: session.checkIn,
    techniques: session.techniques,
    narrative: session.narrative,
    pieces: session.pieces,
    insights: session.insights,
    integration: session.integration,
    version: session.version,
  };
}
