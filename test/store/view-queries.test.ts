// The workspace views' store reads (issue 16) give the same first screen as the in-memory
// builders over every session: each view built from the aggregated rows equals the view built
// from listSessions on the same generated process (courses, characters and their messages,
// threads, memories with ages and periods, lateral regions, reflections, consents, measures).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  BODY_REGIONS,
  buildBodyMap,
  buildBodyMapFromRows,
  buildBodyMapSessions,
  buildBodyMapSessionsFromRows,
  buildCharacterMessages,
  buildLifeMemories,
  buildLifeMemoriesFromRows,
  buildThreadPieces,
  CARD_MESSAGES,
  LIFE_PAGE,
  buildBrief,
  buildBriefFromRows,
  buildCharacters,
  buildCharactersFromRows,
  buildContributions,
  buildContributionsFromRows,
  buildSharedReflectionsFromRows,
  buildSharedReflectionsPage,
  CONTRIBUTION_REFLECTIONS,
  buildLife,
  buildLifeFromRows,
  buildMeasuresAxis,
  buildMeasuresAxisFromRows,
  buildMosaic,
  buildMosaicFromRows,
  buildRegionPieces,
  buildRegionPiecesFromRows,
  buildThreads,
  buildThreadsFromRows,
  EMOTIONS,
  PERIODS,
  PIECE_KINDS,
  regionSide,
  type BodyMapQuery,
  type Character,
  type Thread,
  type BodyRegion,
  type BodySide,
  type PieceInput,
} from "../../src/domain";
import { briefScores, measurePoints } from "../../src/server/api/views/scores";
import type { ScopedStore, SystemStore } from "../../src/store/store";
import { threadUpdate } from "./capture-fixtures";
import { describeEachStore } from "./each-store";
import { clientLogin, makePractice, type PracticeFixture } from "./fixtures";

/** A small deterministic generator, so a failure names the same data every run. */
function seeded(seed: number) {
  let x = seed >>> 0;
  const next = () => {
    x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return x / 2 ** 32;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}

const SOME_REGIONS: BodyRegion[] = [
  "jaw",
  "throat",
  "chest",
  "hands",
  "shoulders",
  "sacrum",
  "lower-back",
  "eyes",
];

/** A client's process of `sessions` sessions, written through the scoped store as a practitioner would. */
async function seedProcess(system: SystemStore, p: PracticeFixture, sessions: number, seed: number) {
  const r = seeded(seed);
  const s = p.practitioner;
  const client = await s.createClient({ name: `View Client ${seed}`, dateOfBirth: "1979-03-14" });
  const characters: Character[] = [];
  for (const [label, aspect] of [
    ["boy in the attic", "child"],
    ["old woman", "guide"],
    ["wolf", "animal"],
    ["never seen", "other"],
  ] as const)
    characters.push(await s.createCharacter(client.id, { label, aspect }));
  const threads: Thread[] = [];
  for (const name of ["breath", "father", "the attic", "an empty thread"])
    threads.push(await s.createThread(client.id, { name }));
  await s.updateThread(threads[1]!.id, threadUpdate(threads[1]!, { status: "resolved" }));
  await s.createLifeEvent(client.id, { age: 6, title: "moved house" });
  await s.createLifeEvent(client.id, { date: "1995-06-01", title: "school change" });
  await s.createLifeEvent(client.id, { title: "undated" });

  const courseStarts = ["2021-01-04", "2021-09-06", "2022-05-02"];
  const courses = [];
  for (const startDate of courseStarts)
    courses.push(await s.createCourse(client.id, { startDate, intention: `course from ${startDate}` }));

  for (let i = 0; i < sessions; i++) {
    // Dates not in creation order, two sessions on one day: process order is date, then number.
    const day = i === 7 ? 6 : i;
    const date = new Date(Date.UTC(2021, 0, 4) + (day * 11 + (i % 3 === 0 ? 2 : 0)) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const course = courses.filter((c) => c.startDate <= date).at(-1) ?? null;
    const pieces: PieceInput[] = Array.from({ length: r.int(9) + (i === 4 ? 0 : 1) * 2 }, (_, k) => {
      const kind = r.pick(PIECE_KINDS);
      const character =
        kind === "character" || kind === "message" || r.chance(0.1) ? r.pick(characters.slice(0, 3)) : null;
      return {
        kind,
        text: `${kind} ${k} of session ${i}: ${"words that go on ".repeat(r.int(8))}and end here`,
        regions: r.chance(0.3)
          ? []
          : [r.pick(SOME_REGIONS), ...(r.chance(0.3) ? [r.pick(SOME_REGIONS)] : [])],
        laterality: r.chance(0.5) ? null : r.pick(["left", "right", "both"] as const),
        age: kind === "memory" && r.chance(0.6) ? r.int(40) : null,
        period: kind === "memory" && r.chance(0.5) ? r.pick(PERIODS) : null,
        emotions: kind === "emotion" ? [r.pick(EMOTIONS), ...(r.chance(0.4) ? [r.pick(EMOTIONS)] : [])] : [],
        colours: kind === "visual" ? ["blue"] : [],
        character: character ? character.label : null,
        aspect: kind === "character" && character ? character.aspect : null,
        characterId: character ? character.id : null,
        threadIds: [
          ...new Set(
            r.chance(0.3) ? [r.pick(threads).id, ...(r.chance(0.3) ? [r.pick(threads).id] : [])] : [],
          ),
        ],
      };
    });
    const created = await s.createSession(client.id, {
      date,
      courseId: course?.id ?? null,
      narrative: `Session ${i}.`,
      insights: `insight ${i}`,
      integration: `Next time ${i}`,
      pieces,
    });
    if (i < sessions - 2) await s.signSession(created.id);
  }

  const me = await clientLogin(system, p.practiceId, client.id);
  await me.createReflection(client.id, {
    date: "2021-02-01",
    text: "early, shared",
    sharedWithPractitioner: true,
  });
  await me.createReflection(client.id, {
    date: "2099-01-01",
    text: "after the last session, shared, ".repeat(12),
    sharedWithPractitioner: true,
    pieces: [{ kind: "insight", text: "my insight", threadIds: [threads[0]!.id] }],
  });
  await me.createReflection(client.id, {
    date: "2099-01-02",
    text: "private",
    pieces: [{ kind: "memory", text: "a private memory", age: 3, threadIds: [threads[0]!.id] }],
  });
  await s.createConsent(client.id, { purpose: "treatment", granted: true, date: "2021-01-04" });
  const withdrawn = await s.createConsent(client.id, {
    purpose: "research",
    granted: true,
    date: "2021-01-05",
  });
  await s.withdrawConsent(withdrawn.id);
  await s.createConsent(client.id, { purpose: "portal-sharing", granted: false, date: "2021-01-06" });
  for (let m = 0; m < 6; m++) {
    const instrument = m % 2 === 0 ? "phq9" : "gad7";
    await s.createMeasureResponse(client.id, {
      instrument,
      instrumentVersion: "1",
      date: `2021-0${m + 2}-01`,
      answers: Array.from({ length: instrument === "phq9" ? 9 : 7 }, (_, k) => (m + k) % 3),
    });
  }
  return client;
}

describeEachStore("workspace view queries", (target) => {
  let system: SystemStore;
  let p: PracticeFixture;
  let s: ScopedStore;
  let clientId: string;
  let emptyId: string;
  let longId: string;
  let loaded: Awaited<ReturnType<typeof loadAll>>;

  /** What the in-memory builders were given before: every session with every piece. */
  async function loadAll(id: string) {
    const [client, sessions, characters, threads, reflections, consents, responses, lifeEvents, courses] =
      await Promise.all([
        s.getClient(id),
        s.listSessions(id),
        s.listCharacters(id),
        s.listThreads(id),
        s.listReflections(id),
        s.listConsents(id),
        s.listMeasureResponses(id),
        s.listLifeEvents(id),
        s.listCourses(id),
      ]);
    return { client, sessions, characters, threads, reflections, consents, responses, lifeEvents, courses };
  }

  beforeAll(async () => {
    system = await target.open();
    p = await makePractice(system);
    s = p.practitioner;
    // A neighbour in the same practice and a process in another: neither may leak into the views.
    await seedProcess(system, p, 6, 7);
    const other = await makePractice(system, "Other Practice");
    await seedProcess(system, other, 4, 9);
    clientId = (await seedProcess(system, p, 34, 1)).id;
    // Longer than a strip (STRIP_CELLS, LIFE_ROWS): its cards' cells each hold several sessions.
    longId = (await seedProcess(system, p, 75, 3)).id;
    emptyId = (await s.createClient({ name: "No sessions yet" })).id;
    loaded = await loadAll(clientId);
  }, 240_000);
  afterAll(async () => system?.close());

  it("gives the brief the same last session, recent characters, open threads, reflections, scores and consents", async () => {
    for (const id of [clientId, emptyId]) {
      const all = id === clientId ? loaded : await loadAll(id);
      const rows = await s.readBriefView(id);
      expect(buildBriefFromRows(rows, briefScores(rows.responses))).toEqual(
        buildBrief({
          client: { id: all.client.id, name: all.client.name },
          sessions: all.sessions,
          characters: all.characters,
          threads: all.threads,
          reflections: all.reflections,
          consents: all.consents,
          scores: briefScores(all.responses),
        }),
      );
    }
    const brief = buildBriefFromRows(await s.readBriefView(clientId), []);
    expect(brief.recentCharacters.length).toBeGreaterThan(0);
    expect(brief.reflectionsSince.length).toBe(1);
  });

  it("scores the brief from each instrument's latest responses as from all of them", async () => {
    const client = await s.createClient({ name: "Many responses" });
    const respond = (instrument: "phq9" | "gad7" | "pcl5", date: string, answers: Array<number | null>) =>
      s.createMeasureResponse(client.id, { instrument, instrumentVersion: "1", date, answers });
    // PCL-5 once, long ago; PHQ-9 every month; GAD-7 complete, then five left unfinished, then
    // complete again: its previous complete response lies beyond the first few read.
    await respond(
      "pcl5",
      "2020-01-01",
      Array.from({ length: 20 }, (_, k) => k % 5),
    );
    for (let m = 1; m <= 9; m++)
      await respond(
        "phq9",
        `2021-0${m}-01`,
        Array.from({ length: 9 }, (_, k) => (m + k) % 4),
      );
    await respond("gad7", "2021-01-15", [3, 3, 2, 2, 3, 3, 2]);
    for (let m = 2; m <= 6; m++) await respond("gad7", `2021-0${m}-15`, [1, null, 1, 1, 1, 1, 1]);
    await respond("gad7", "2021-07-15", [0, 1, 0, 1, 0, 1, 0]);
    const all = await s.listMeasureResponses(client.id);
    const rows = await s.readBriefView(client.id);
    expect(briefScores(rows.responses)).toEqual(briefScores(all));
    expect(briefScores(rows.responses).map((x) => [x.instrument, x.change])).toEqual([
      ["phq9", expect.any(Number)],
      ["gad7", -15],
      ["pcl5", null],
    ]);
    expect(rows.responses.length).toBeLessThan(all.length);
  });

  it("finds an open thread's latest session both for a thread of few links and one of many", async () => {
    const client = await s.createClient({ name: "Many links" });
    const many = await s.createThread(client.id, { name: "runs through everything" });
    const few = await s.createThread(client.id, { name: "once, early" });
    for (let i = 0; i < 22; i++)
      await s.createSession(client.id, {
        date: `2022-02-${String(i + 1).padStart(2, "0")}`,
        pieces: Array.from({ length: 10 }, (_, k) => ({
          kind: "insight" as const,
          text: `insight ${k}`,
          threadIds: i < 21 ? [many.id, ...(i === 1 && k === 0 ? [few.id] : [])] : [],
        })),
      });
    const all = await loadAll(client.id);
    const rows = await s.readBriefView(client.id);
    expect(rows.openThreads.map((t) => [t.name, t.lastSession?.date])).toEqual(
      [many, few]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((t) => [t.name, t.id === many.id ? "2022-02-21" : "2022-02-02"]),
    );
    expect(buildBriefFromRows(rows, [])).toEqual(
      buildBrief({ ...all, client: { id: client.id, name: client.name }, scores: [] }),
    );
  });

  it("pages the mosaic and counts its months as the builder over every session does", async () => {
    const pages = [
      { offset: 0, limit: 40 },
      { offset: 0, limit: 5 },
      { offset: 5, limit: 5 },
      { offset: 30, limit: 10 },
      { offset: 33, limit: 1 },
      { offset: 34, limit: 3 },
      { offset: 50, limit: 3 },
    ];
    for (const page of pages) {
      const view = buildMosaicFromRows(await s.readMosaicView(clientId, page), page);
      expect(view, JSON.stringify(page)).toEqual(buildMosaic({ ...loaded, ...page }));
    }
    const empty = { offset: 0, limit: 40 };
    expect(buildMosaicFromRows(await s.readMosaicView(emptyId, empty), empty)).toEqual(
      buildMosaic({ ...(await loadAll(emptyId)), ...empty }),
    );
  });

  it("counts the body map by region and side over the range, filtered, as the builder does", async () => {
    for (const f of bodyFilters()) {
      expect(buildBodyMapFromRows(await s.readBodyMapView(clientId, f)), JSON.stringify(f)).toEqual(
        buildBodyMap(loaded.sessions, f),
      );
    }
    expect(buildBodyMap(loaded.sessions, {}).pieces).toBeGreaterThan(20);
    expect(buildBodyMapFromRows(await s.readBodyMapView(clientId, {})).sessionCount).toBe(34);
  });

  it("gives the stepper any window of sessions with their own counts, filtered, as the builder does", async () => {
    const windows = [
      { offset: 0, limit: 20 },
      { offset: 0, limit: 1 },
      { offset: 17, limit: 1 },
      { offset: 30, limit: 10 },
      { offset: 40, limit: 5 },
    ];
    for (const f of bodyFilters())
      for (const w of windows) {
        const q = { ...f, ...w };
        expect(
          buildBodyMapSessionsFromRows(await s.readBodyMapSessionsView(clientId, q)),
          JSON.stringify(q),
        ).toEqual(buildBodyMapSessions(loaded.sessions, q));
      }
    const one = buildBodyMapSessionsFromRows(
      await s.readBodyMapSessionsView(clientId, { offset: 3, limit: 1 }),
    );
    expect(one.sessions.map((x) => x.id)).toEqual([loaded.sessions[3]!.id]);
    expect(Object.keys(one.sessions[0]!.counts).length).toBeGreaterThan(0);
  });

  function bodyFilters(): Array<z.output<typeof BodyMapQuery>> {
    return [
      {},
      { kind: "body_sensation" },
      { kind: "emotion", emotion: loadedEmotion() },
      { emotion: loadedEmotion() },
      { from: loaded.sessions[5]!.date, to: loaded.sessions[20]!.date },
      { kind: "memory", from: loaded.sessions[10]!.date },
    ];
  }

  it("lists a region's pieces by session, for either side and filtered, as the builder does", async () => {
    const cases: Array<
      [
        BodyRegion,
        {
          side?: BodySide;
          kind?: (typeof PIECE_KINDS)[number];
          from?: string;
          offset?: number;
          limit?: number;
        },
      ]
    > = [];
    for (const region of [...SOME_REGIONS, "heart" as const])
      for (const side of [undefined, "left", "right", "centre"] as const)
        cases.push([region, side ? { side } : {}]);
    cases.push(
      ["jaw", { kind: "body_sensation" }],
      ["chest", { side: "left", from: loaded.sessions[12]!.date }],
      ["jaw", { limit: 3 }],
      ["jaw", { offset: 3, limit: 3 }],
      ["chest", { side: "right", offset: 5, limit: 4 }],
      ["throat", { offset: 500 }],
    );
    for (const [region, f] of cases) {
      const view = buildRegionPiecesFromRows(
        await s.readBodyRegionView(clientId, region, f),
        region,
        regionSide(region, f.side),
      );
      expect(view, `${region} ${JSON.stringify(f)}`).toEqual(buildRegionPieces(loaded.sessions, region, f));
    }
    // Pages follow on: the second starts where the first ended, and together they are the first 6.
    const page = (offset: number, limit: number) =>
      s.readBodyRegionView(clientId, "jaw", { offset, limit }).then((r) => r.pieces.map((p) => p.tile.id));
    expect([...(await page(0, 3)), ...(await page(3, 3))]).toEqual(await page(0, 6));
  });

  it("builds the same character cards, with counts, first and last session, strip and latest messages", async () => {
    const view = buildCharactersFromRows(await s.readCharactersView(clientId));
    expect(view).toEqual(buildCharacters(loaded.sessions, loaded.characters));
    expect(view.characters.some((c) => c.messageCount > CARD_MESSAGES)).toBe(true);
    expect(view.characters.every((c) => c.messages.length <= CARD_MESSAGES)).toBe(true);
    const never = view.characters.find((c) => c.label === "never seen")!;
    expect([never.sessionsSeen, never.strip.every((x) => x.present === 0)]).toEqual([0, true]);
  });

  it("pages a character's messages in session order, the latest page without an offset", async () => {
    for (const c of loaded.characters)
      for (const page of [
        {},
        { limit: 3 },
        { offset: 0, limit: 4 },
        { offset: 2, limit: 2 },
        { offset: 99 },
      ]) {
        const limit = (page as { limit?: number }).limit ?? 20;
        expect(
          await s.readCharacterMessagesView(clientId, c.id, page),
          `${c.label} ${JSON.stringify(page)}`,
        ).toEqual(buildCharacterMessages(loaded.sessions, c.id, { ...page, limit }));
      }
    const other = (await s.listCharacters((await s.listClients()).find((x) => x.id !== clientId)!.id))[0];
    if (other) await expect(s.readCharacterMessagesView(clientId, other.id)).rejects.toThrow(/not found/);
  });

  it("builds the same thread cards from session pieces only, never a reflection's", async () => {
    const view = buildThreadsFromRows(await s.readThreadsView(clientId));
    expect(view).toEqual(
      buildThreads(loaded.sessions, loaded.threads, await s.listClientThreadStatusChanges(clientId)),
    );
    expect(JSON.stringify(view)).not.toContain("my insight");
    expect(view.threads.some((t) => t.pieceCount > t.pieces.length)).toBe(true);
  });

  it("finds a character's last messages when they lie far apart in a process of over 500 sessions", async () => {
    // Messages only in the first and last sessions: the latest cells hold too few, so the card
    // reads back to the first cell (over 500 sessions, beyond those named by id).
    const client = await s.createClient({ name: "Sparse voice" });
    const voice = await s.createCharacter(client.id, { label: "the quiet one", aspect: "child" });
    const day = (i: number) => new Date(Date.UTC(2010, 0, 1 + i)).toISOString().slice(0, 10);
    for (let i = 0; i < 520; i++)
      await s.createSession(client.id, {
        date: day(i),
        pieces:
          i < 3 || i === 519
            ? [{ kind: "message" as const, text: `word ${i}`, characterId: voice.id }]
            : [{ kind: "insight" as const, text: `insight ${i}` }],
      });
    const all = await loadAll(client.id);
    const view = buildCharactersFromRows(await s.readCharactersView(client.id));
    expect(view).toEqual(buildCharacters(all.sessions, all.characters));
    expect(view.characters[0]!.messages.map((m) => m.text)).toEqual([
      "word 0",
      "word 1",
      "word 2",
      "word 519",
    ]);
  }, 120_000);

  it("builds the same cards and life chart over a process longer than the strip, its cells grouped", async () => {
    const long = await loadAll(longId);
    const threads = buildThreadsFromRows(await s.readThreadsView(longId));
    expect(threads.threads[0]!.strip.some((c) => c.sessions > 1)).toBe(true);
    expect(threads).toEqual(
      buildThreads(long.sessions, long.threads, await s.listClientThreadStatusChanges(longId)),
    );
    expect(buildCharactersFromRows(await s.readCharactersView(longId))).toEqual(
      buildCharacters(long.sessions, long.characters),
    );
    expect(buildLifeFromRows(await s.readLifeView(longId))).toEqual(
      buildLife({
        dateOfBirth: long.client.dateOfBirth,
        sessions: long.sessions,
        lifeEvents: long.lifeEvents,
      }),
    );
  });

  it("pages a thread's pieces in session order, the latest page without an offset", async () => {
    for (const t of loaded.threads)
      for (const page of [
        {},
        { limit: 3 },
        { offset: 0, limit: 4 },
        { offset: 5, limit: 5 },
        { offset: 999 },
      ]) {
        const limit = (page as { limit?: number }).limit ?? 20;
        expect(
          await s.readThreadPiecesView(clientId, t.id, page),
          `${t.name} ${JSON.stringify(page)}`,
        ).toEqual(buildThreadPieces(loaded.sessions, t, { ...page, limit }));
      }
  });

  it("places the same memories on the life timeline, counts the unplaced, and orders the life events", async () => {
    for (const id of [clientId, emptyId]) {
      const all = id === clientId ? loaded : await loadAll(id);
      expect(buildLifeFromRows(await s.readLifeView(id))).toEqual(
        buildLife({
          dateOfBirth: all.client.dateOfBirth,
          sessions: all.sessions,
          lifeEvents: all.lifeEvents,
        }),
      );
    }
    const life = buildLifeFromRows(await s.readLifeView(clientId));
    expect(life.cells.some((m) => m.placedBy === "period")).toBe(true);
    expect(life.cells.some((m) => m.placedBy === "age")).toBe(true);
    expect(life.cells.reduce((n, c) => n + c.count, 0)).toBe(life.memoryCount);
    expect(life.recent.length).toBeGreaterThan(0);
  });

  it("picks the first memories by age and the latest recalls from many, ties at one age in session order", async () => {
    const client = await s.createClient({ name: "Many memories", dateOfBirth: "1980-01-01" });
    const ages = [8, 3, null, 14, 8, 3] as const;
    for (let i = 0; i < 14; i++)
      await s.createSession(client.id, {
        date: `2023-0${1 + (i % 9)}-${String(10 + i).padStart(2, "0")}`,
        pieces: ages.map((age, k) => ({
          kind: "memory" as const,
          text: `memory ${k} of session ${i}`,
          age,
          // Period childhood is placed at 8, as age 8 is: a tie across the two.
          period: age === null ? ("childhood" as const) : null,
        })),
      });
    const all = await loadAll(client.id);
    const life = buildLifeFromRows(await s.readLifeView(client.id));
    expect(life).toEqual(
      buildLife({ dateOfBirth: all.client.dateOfBirth, sessions: all.sessions, lifeEvents: all.lifeEvents }),
    );
    expect([life.memoryCount, life.memories.length, life.recent.length]).toEqual([84, LIFE_PAGE, 10]);
    expect(
      buildLifeMemoriesFromRows(await s.readLifeMemoriesView(client.id, { offset: 35, limit: 20 })),
    ).toEqual(buildLifeMemories(all.sessions, { offset: 35, limit: 20 }));
  });

  it("picks the first memories by age when the page ends among memories placed by a period (age 1.625)", async () => {
    const client = await s.createClient({ name: "Infant memories", dateOfBirth: "1980-01-01" });
    for (let i = 0; i < 9; i++)
      await s.createSession(client.id, {
        date: `2023-0${1 + i}-10`,
        pieces: [
          ...Array.from({ length: 6 }, (_, k) => ({
            kind: "memory" as const,
            text: `infant memory ${k} of session ${i}`,
            period: "infancy" as const,
          })),
          { kind: "memory" as const, text: `at birth, session ${i}`, period: "birth" as const },
          { kind: "memory" as const, text: `age two, session ${i}`, age: 2 },
        ],
      });
    const all = await loadAll(client.id);
    const life = buildLifeFromRows(await s.readLifeView(client.id));
    expect(life).toEqual(
      buildLife({ dateOfBirth: all.client.dateOfBirth, sessions: all.sessions, lifeEvents: all.lifeEvents }),
    );
    // 9 at birth, then 54 placed at infancy's middle: the page of 40 ends among those.
    expect(life.memories.at(-1)!.placedAge).toBe(1.625);
  });

  it("pages the memories by age at the event as the builder does", async () => {
    for (const page of [
      { offset: 0, limit: LIFE_PAGE },
      { offset: 0, limit: 5 },
      { offset: 5, limit: 5 },
      { offset: 12, limit: 200 },
      { offset: 500, limit: 5 },
    ])
      expect(
        buildLifeMemoriesFromRows(await s.readLifeMemoriesView(clientId, page)),
        JSON.stringify(page),
      ).toEqual(buildLifeMemories(loaded.sessions, page));
  });

  it("gives the measures axis and the contributions the same answers", async () => {
    for (const page of [
      { offset: 0, limit: 60 },
      { offset: 0, limit: 10 },
      { offset: 10, limit: 10 },
      { offset: 30, limit: 10 },
      { offset: 0, limit: 1 },
      { offset: 33, limit: 5 },
      { offset: 40, limit: 10 },
    ]) {
      const rows = await s.readMeasuresView(clientId, page);
      expect(buildMeasuresAxisFromRows(rows, measurePoints(rows.responses)), JSON.stringify(page)).toEqual(
        buildMeasuresAxis(loaded.sessions, loaded.responses, measurePoints, page),
      );
    }
    // Windows next to each other share no response and together hold them all.
    const ids = async (offset: number, limit: number) =>
      (await s.readMeasuresView(clientId, { offset, limit })).responses.map((r) => r.id);
    expect([...(await ids(20, 20)), ...(await ids(0, 20))].sort()).toEqual(
      loaded.responses.map((r) => r.id).sort(),
    );
    expect(buildContributionsFromRows(await s.readContributionsView(clientId))).toEqual(
      buildContributions({
        reflections: loaded.reflections,
        consents: loaded.consents,
        courses: loaded.courses,
      }),
    );
  });

  it("sends the latest shared reflections first and the earlier ones a page at a time", async () => {
    const me = await clientLogin(system, p.practiceId, longId);
    for (let i = 0; i < 27; i++)
      await me.createReflection(longId, {
        // Several on one day: the order written is date, then creation.
        date: `2021-0${1 + (i % 5)}-1${i % 3}`,
        text: `between sessions ${i}`,
        sharedWithPractitioner: i % 9 !== 4,
        pieces: i % 4 === 0 ? [{ kind: "insight", text: `insight ${i}` }] : [],
      });
    const all = await loadAll(longId);
    const view = buildContributionsFromRows(await s.readContributionsView(longId));
    expect(view).toEqual(buildContributions(all));
    const shared = all.reflections.filter((r) => r.sharedWithPractitioner).length;
    expect(view.reflectionCount).toBe(shared);
    expect(view.reflections).toHaveLength(CONTRIBUTION_REFLECTIONS);
    expect(view.reflectionsOffset).toBe(shared - CONTRIBUTION_REFLECTIONS);
    expect(view.reflections.map((r) => r.date)).toEqual(
      view.reflections
        .map((r) => r.date)
        .sort()
        .reverse(),
    );
    for (const page of [
      {},
      { offset: 0, limit: 5 },
      { offset: 3, limit: 20 },
      { offset: shared, limit: 5 },
    ]) {
      const got = buildSharedReflectionsFromRows(await s.readSharedReflectionsView(longId, page));
      expect(got, JSON.stringify(page)).toEqual(
        buildSharedReflectionsPage(all.reflections, { limit: 20, ...page }),
      );
    }
    expect(JSON.stringify(view)).not.toContain('between sessions 4"');
    await expect(s.readSharedReflectionsView(longId, { limit: 0 })).rejects.toMatchObject({
      code: "invalid",
      details: [expect.objectContaining({ path: "limit" })],
    });
  });

  it("leaves one audit record per view read", async () => {
    await p.practitioner.addCareTeamMember(clientId, p.adminCaller.userId);
    const before = (await p.admin.listAudit({ clientId, limit: 1000 })).length;
    await s.readBriefView(clientId);
    await s.readMosaicView(clientId, { offset: 0, limit: 40 });
    await s.readBodyMapView(clientId, {});
    await s.readBodyRegionView(clientId, "jaw", {});
    await s.readCharactersView(clientId);
    await s.readThreadsView(clientId);
    await s.readLifeView(clientId);
    await s.readMeasuresView(clientId);
    await s.readContributionsView(clientId);
    await s.readBodyMapSessionsView(clientId, { offset: 2, limit: 1 });
    await s.readCharacterMessagesView(clientId, loaded.characters[0]!.id);
    await s.readThreadPiecesView(clientId, loaded.threads[0]!.id);
    await s.readLifeMemoriesView(clientId, { offset: 5 });
    const log = await p.admin.listAudit({ clientId, limit: 1000 });
    // The admin's own listAudit leaves no record: the thirteen reads left thirteen.
    expect(log.length - before).toBe(13);
    expect(log.slice(0, 13).map((r) => [r.action, r.resourceType, r.userId])).toEqual([
      ...Array.from({ length: 4 }, () => ["read", "session", p.practitionerCaller.userId]),
      ["read", "reflection", p.practitionerCaller.userId],
      ["read", "measure-response", p.practitionerCaller.userId],
      ...Array.from({ length: 7 }, () => ["read", "session", p.practitionerCaller.userId]),
    ]);
  });

  function loadedEmotion() {
    const counts = new Map<string, number>();
    for (const x of loaded.sessions)
      for (const q of x.pieces) for (const e of q.emotions) counts.set(e, (counts.get(e) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]![0] as (typeof EMOTIONS)[number];
  }
});

describe("view queries test data", () => {
  it("uses only region ids of the vocabulary", () => {
    expect(SOME_REGIONS.every((r) => (BODY_REGIONS as readonly string[]).includes(r))).toBe(true);
  });
});
