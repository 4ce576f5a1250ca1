// The scoped store is the access control: practice isolation for every resource, what a client
// login may do, admin-only audit log, and an audit record for every clinical read and write.
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import type { DomainError } from "../../src/domain";
import type { ScopedStore, SystemStore } from "../../src/store/store";
import {
  characterUpdate,
  clientUpdate,
  courseUpdate,
  lifeEventUpdate,
  sessionUpdate,
  threadUpdate,
} from "./capture-fixtures";
import { describeEachStore } from "./each-store";
import {
  clientLogin,
  expectDomainError,
  makePractice,
  piece,
  sessionInput,
  type PracticeFixture,
} from "./fixtures";

const SECRET = "Zanzibarquartz";

/** One client with a record of every kind, written by the practice's practitioner. */
async function seedRecord(system: SystemStore, p: PracticeFixture) {
  const s = p.practitioner;
  const client = await s.createClient({ name: `${SECRET} Client` });
  const thread = await s.createThread(client.id, { name: `${SECRET} thread` });
  const character = await s.createCharacter(client.id, { label: `${SECRET} wolf` });
  const course = await s.createCourse(client.id, { startDate: "2024-01-01", intention: SECRET });
  const lifeEvent = await s.createLifeEvent(client.id, { age: 6, title: `${SECRET} move` });
  const session = await s.createSession(client.id, {
    ...sessionInput({ courseId: course.id, narrative: `${SECRET} narrative` }),
    pieces: [piece("character", `${SECRET} piece`, { characterId: character.id, threadIds: [thread.id] })],
  });
  const signed = await s.signSession((await s.createSession(client.id, sessionInput())).id);
  const consent = await s.createConsent(client.id, {
    purpose: "treatment",
    granted: true,
    date: "2024-01-01",
  });
  // Item 9 above 0: the response carries a safety flag a practitioner can follow up.
  const measure = await s.createMeasureResponse(client.id, {
    instrument: "phq9",
    date: "2024-01-02",
    answers: [1, 1, 1, 1, 1, 1, 1, 1, 1],
    instrumentVersion: "1",
  });
  const me = await clientLogin(system, p.practiceId, client.id);
  const reflection = await me.createReflection(client.id, {
    date: "2024-01-03",
    text: `${SECRET} shared`,
    sharedWithPractitioner: true,
  });
  const privateReflection = await me.createReflection(client.id, {
    date: "2024-01-04",
    text: `${SECRET} private`,
    pieces: [piece("insight", "private insight", { threadIds: [thread.id] })],
  });
  // The client portal (issue 13)
  const { invitation } = await s.createInvitation(client.id, { email: `invited-${client.id}@example.org` });
  const assignment = await s.createQuestionnaireAssignment(client.id, {
    instrument: "phq9",
    schedule: "before-each-session",
  });
  const story = await s.createProcessStory(client.id, { title: `${SECRET} story`, text: `${SECRET} text` });
  return {
    creatorId: p.practitionerCaller.userId,
    invitation,
    assignment,
    story,
    client,
    thread,
    character,
    course,
    lifeEvent,
    session,
    signed,
    consent,
    measure,
    reflection,
    privateReflection,
    me,
  };
}
type Seeded = Awaited<ReturnType<typeof seedRecord>>;

/**
 * What each scoped method may do, for every method: the type makes the list exhaustive, so a
 * method added to ScopedStore without its case here fails to compile.
 */
interface Case {
  /** The call, aimed at the records of `r`. */
  call: (s: ScopedStore, r: Seeded) => Promise<unknown>;
  /** "record": names a client's record (another practice gets not_found); "practice": practice-wide. */
  scope: "record" | "practice";
  /** Who may call it: staff (practitioner and admin), admin only, or also the client on their own record. */
  access: "staff" | "admin" | "own-client" | "client-only";
}

const CASES: Record<Exclude<keyof ScopedStore, "caller">, Case> = {
  listClients: { scope: "practice", access: "staff", call: (s) => s.listClients() },
  getClient: { scope: "record", access: "own-client", call: (s, r) => s.getClient(r.client.id) },
  createClient: { scope: "practice", access: "staff", call: (s) => s.createClient({ name: "x" }) },
  updateClient: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.updateClient(r.client.id, clientUpdate(r.client, { name: "x" })),
  },
  listLifeEvents: { scope: "record", access: "staff", call: (s, r) => s.listLifeEvents(r.client.id) },
  createLifeEvent: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.createLifeEvent(r.client.id, { title: "x" }),
  },
  updateLifeEvent: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.updateLifeEvent(r.lifeEvent.id, lifeEventUpdate(r.lifeEvent, { title: "x" })),
  },
  deleteLifeEvent: { scope: "record", access: "staff", call: (s, r) => s.deleteLifeEvent(r.lifeEvent.id) },
  listCourses: { scope: "record", access: "staff", call: (s, r) => s.listCourses(r.client.id) },
  createCourse: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.createCourse(r.client.id, { startDate: "2024-01-01" }),
  },
  updateCourse: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.updateCourse(r.course.id, courseUpdate(r.course, { startDate: "2024-01-01" })),
  },
  listSessions: { scope: "record", access: "staff", call: (s, r) => s.listSessions(r.client.id) },
  listSessionsPage: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.listSessionsPage(r.client.id, { limit: 5 }),
  },
  getSession: { scope: "record", access: "staff", call: (s, r) => s.getSession(r.session.id) },
  createSession: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.createSession(r.client.id, sessionInput()),
  },
  updateSession: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.updateSession(r.session.id, sessionUpdate(r.session)),
  },
  signSession: { scope: "record", access: "staff", call: (s, r) => s.signSession(r.session.id) },
  amendSession: {
    scope: "record",
    access: "staff",
    call: (s, r) =>
      s.amendSession(r.signed.id, { version: r.signed.version, reason: "x", changes: { narrative: "y" } }),
  },
  listDrafts: { scope: "record", access: "staff", call: (s, r) => s.listDrafts(r.client.id) },
  saveDraft: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.saveDraft(r.client.id, "session-new", { content: { narrative: "x" } }),
  },
  deleteDraft: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.deleteDraft(r.client.id, "session-new"),
  },
  listCharacters: { scope: "record", access: "staff", call: (s, r) => s.listCharacters(r.client.id) },
  createCharacter: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.createCharacter(r.client.id, { label: "x" }),
  },
  updateCharacter: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.updateCharacter(r.character.id, characterUpdate(r.character, { label: "y" })),
  },
  listThreads: { scope: "record", access: "staff", call: (s, r) => s.listThreads(r.client.id) },
  listThreadSummaries: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.listThreadSummaries(r.client.id),
  },
  createThread: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.createThread(r.client.id, { name: "x" }),
  },
  updateThread: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.updateThread(r.thread.id, threadUpdate(r.thread, { name: "x" })),
  },
  listReflections: {
    scope: "record",
    access: "own-client",
    call: (s, r) => s.listReflections(r.client.id),
  },
  createReflection: {
    scope: "record",
    access: "own-client",
    call: (s, r) => s.createReflection(r.client.id, { date: "2024-01-01", text: "x" }),
  },
  listMeasureResponses: {
    scope: "record",
    access: "own-client",
    call: (s, r) => s.listMeasureResponses(r.client.id),
  },
  createMeasureResponse: {
    scope: "record",
    access: "own-client",
    call: (s, r) =>
      s.createMeasureResponse(r.client.id, {
        instrument: "gad7",
        date: "2024-01-01",
        answers: [0, 0, 0, 0, 0, 0, 0],
        instrumentVersion: "1",
      }),
  },
  recordFollowUp: { scope: "record", access: "staff", call: (s, r) => s.recordFollowUp(r.measure.id, "x") },
  listOpenSafetyFlags: { scope: "practice", access: "staff", call: (s) => s.listOpenSafetyFlags() },
  exportMeasureResponses: {
    scope: "record",
    access: "own-client",
    call: (s, r) => s.exportMeasureResponses(r.client.id),
  },
  exportPracticeMeasureResponses: {
    scope: "practice",
    access: "staff",
    call: (s) => s.exportPracticeMeasureResponses(),
  },
  listConsents: { scope: "record", access: "own-client", call: (s, r) => s.listConsents(r.client.id) },
  createConsent: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.createConsent(r.client.id, { purpose: "research", granted: false, date: "2024-01-01" }),
  },
  withdrawConsent: { scope: "record", access: "staff", call: (s, r) => s.withdrawConsent(r.consent.id) },
  search: { scope: "practice", access: "staff", call: (s) => s.search(SECRET) },
  searchFacets: { scope: "practice", access: "staff", call: (s) => s.searchFacets(SECRET) },
  readSearchView: { scope: "practice", access: "staff", call: (s) => s.readSearchView(SECRET) },
  readHomeView: { scope: "practice", access: "staff", call: (s) => s.readHomeView() },
  listAudit: { scope: "practice", access: "admin", call: (s) => s.listAudit({}) },
  // Trust (issue 14): care teams and accounts.
  listCareTeam: { scope: "record", access: "staff", call: (s, r) => s.listCareTeam(r.client.id) },
  addCareTeamMember: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.addCareTeamMember(r.client.id, r.creatorId),
  },
  removeCareTeamMember: {
    scope: "record",
    access: "staff",
    // Someone not on the team: the call is allowed and changes nothing the other cases need.
    call: (s, r) => s.removeCareTeamMember(r.client.id, r.me.caller.userId),
  },
  listAccounts: { scope: "practice", access: "admin", call: (s) => s.listAccounts() },
  createAccount: { scope: "practice", access: "admin", call: (s) => newAccount(s) },
  disableAccount: {
    scope: "practice",
    access: "admin",
    call: async (s) => s.disableAccount((await newAccount(s)).id),
  },
  enableAccount: {
    scope: "practice",
    access: "admin",
    call: async (s) => s.enableAccount((await newAccount(s)).id),
  },
  setAccountRole: {
    scope: "practice",
    access: "admin",
    call: async (s) => s.setAccountRole((await newAccount(s)).id, "admin"),
  },
  startPasswordReset: {
    scope: "practice",
    access: "admin",
    call: async (s) =>
      s.startPasswordReset((await newAccount(s)).id, `reset-${Math.random()}`, "2999-01-01T00:00:00.000Z"),
  },
  // Trust (issue 14), second factor
  resetSecondFactor: {
    scope: "practice",
    access: "admin",
    call: async (s) => s.resetSecondFactor((await newAccount(s)).id),
  },
  // The client portal (issue 13)
  createInvitation: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.createInvitation(r.client.id, { email: "again@example.org" }),
  },
  listInvitations: { scope: "record", access: "staff", call: (s, r) => s.listInvitations(r.client.id) },
  revokeInvitation: { scope: "record", access: "staff", call: (s, r) => s.revokeInvitation(r.invitation.id) },
  updateReflection: {
    scope: "record",
    access: "client-only",
    call: (s, r) =>
      s.updateReflection(r.client.id, r.privateReflection.id, { date: "2024-01-05", text: "changed" }),
  },
  listSharedReflectionsSince: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.listSharedReflectionsSince(r.client.id, "2024-01-01"),
  },
  listQuestionnaireAssignments: {
    scope: "record",
    access: "own-client",
    call: (s, r) => s.listQuestionnaireAssignments(r.client.id),
  },
  createQuestionnaireAssignment: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.createQuestionnaireAssignment(r.client.id, { instrument: "gad7", schedule: "once" }),
  },
  endQuestionnaireAssignment: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.endQuestionnaireAssignment(r.assignment.id),
  },
  listOverdueQuestionnaires: {
    scope: "practice",
    access: "staff",
    call: (s) => s.listOverdueQuestionnaires(),
  },
  listProcessStories: {
    scope: "record",
    access: "own-client",
    call: (s, r) => s.listProcessStories(r.client.id),
  },
  createProcessStory: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.createProcessStory(r.client.id, { title: "x", text: "y" }),
  },
  updateProcessStory: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.updateProcessStory(r.story.id, { title: "x", text: "y", shared: true }),
  },
  draftProcessStory: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.draftProcessStory(r.client.id, r.course.id),
  },
  getPracticeSettings: { scope: "practice", access: "staff", call: (s) => s.getPracticeSettings() },
  updatePracticeSettings: {
    scope: "practice",
    access: "admin",
    call: (s) => s.updatePracticeSettings({ crisisText: "Call us." }),
  },
  getCrisisText: { scope: "record", access: "own-client", call: (s, r) => s.getCrisisText(r.client.id) },
  listRecordAccess: {
    scope: "record",
    access: "own-client",
    call: (s, r) => s.listRecordAccess(r.client.id),
  },
  giveOwnConsent: {
    scope: "record",
    access: "own-client",
    call: (s, r) => s.giveOwnConsent(r.client.id, { purpose: "research" }),
  },
  withdrawOwnConsent: {
    scope: "record",
    access: "own-client",
    // A consent of its own, so withdrawConsent's case does not find this one withdrawn already.
    call: async (s, r) =>
      s.withdrawOwnConsent(r.client.id, (await r.me.giveOwnConsent(r.client.id, { purpose: "research" })).id),
  },
  // Open data (issue 15)
  exportOwnRecord: { scope: "record", access: "client-only", call: (s, r) => s.exportOwnRecord(r.client.id) },
  confirmErasure: {
    scope: "record",
    access: "admin",
    // The name as it is now (updateClient's case renames the client).
    call: async (s, r) => s.confirmErasure(r.client.id, (await r.me.getClient(r.client.id)).name),
  },
  // The workspace (issue 11)
  createThreadFromPieces: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.createThreadFromPieces(r.client.id, { name: "x", pieceIds: [r.session.pieces[0]!.id] }),
  },
  addPiecesToThread: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.addPiecesToThread(r.thread.id, { pieceIds: [r.session.pieces[0]!.id] }),
  },
  mergeCharacters: {
    scope: "record",
    access: "staff",
    // A character of its own merged into the seeded one, which therefore stays for the other cases.
    call: async (s, r) => {
      const kept = (await s.listCharacters(r.client.id)).find((c) => c.id === r.character.id)!;
      const gone = await s.createCharacter(r.client.id, { label: `merged ${accounts++}` });
      return s.mergeCharacters(kept.id, { mergedId: gone.id, version: kept.version, mergedVersion: 1 });
    },
  },
  listUnreadReflections: { scope: "practice", access: "staff", call: (s) => s.listUnreadReflections() },
  markReflectionsRead: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.markReflectionsRead(r.client.id, { reflectionIds: [r.reflection.id] }),
  },
  // Workspace views at scale (issues 11, 16)
  readBriefView: { scope: "record", access: "staff", call: (s, r) => s.readBriefView(r.client.id) },
  readMosaicView: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.readMosaicView(r.client.id, { offset: 0, limit: 40 }),
  },
  readBodyMapView: { scope: "record", access: "staff", call: (s, r) => s.readBodyMapView(r.client.id) },
  readBodyRegionView: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.readBodyRegionView(r.client.id, "throat", { side: "left" }),
  },
  readCharactersView: { scope: "record", access: "staff", call: (s, r) => s.readCharactersView(r.client.id) },
  readThreadsView: { scope: "record", access: "staff", call: (s, r) => s.readThreadsView(r.client.id) },
  readLifeView: { scope: "record", access: "staff", call: (s, r) => s.readLifeView(r.client.id) },
  readMeasuresView: { scope: "record", access: "staff", call: (s, r) => s.readMeasuresView(r.client.id) },
  readContributionsView: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.readContributionsView(r.client.id),
  },
  readSharedReflectionsView: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.readSharedReflectionsView(r.client.id, { limit: 5 }),
  },
  readBodyMapSessionsView: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.readBodyMapSessionsView(r.client.id, { offset: 0, limit: 1 }),
  },
  readCharacterMessagesView: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.readCharacterMessagesView(r.client.id, r.character.id),
  },
  readThreadPiecesView: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.readThreadPiecesView(r.client.id, r.thread.id),
  },
  readLifeMemoriesView: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.readLifeMemoriesView(r.client.id),
  },
  // Care-team card
  listStaff: { scope: "practice", access: "staff", call: (s) => s.listStaff() },
  // The overview's session list
  listSessionSummaries: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.listSessionSummaries(r.client.id),
  },
  // A thread's status over time (issue 11)
  listThreadStatusChanges: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.listThreadStatusChanges(r.thread.id),
  },
  listClientThreadStatusChanges: {
    scope: "record",
    access: "staff",
    call: (s, r) => s.listClientThreadStatusChanges(r.client.id),
  },
};

let accounts = 0;
const newAccount = (s: ScopedStore) =>
  s.createAccount(
    { name: "New", email: `new-${accounts++}-${Date.now()}@example.org`, role: "practitioner" },
    "h",
  );

const cases = (keep: (c: Case) => boolean) =>
  Object.entries(CASES).filter(([, c]) => keep(c)) as Array<[string, Case]>;

async function failure(call: () => Promise<unknown>): Promise<DomainError | null> {
  return call().then(
    () => null,
    (e: DomainError) => e,
  );
}

describeEachStore("access control and audit", (target) => {
  let system: SystemStore;
  let a: PracticeFixture;
  let b: PracticeFixture;
  let record: Seeded;
  beforeAll(async () => {
    system = await target.open();
  });
  afterAll(async () => {
    await system?.close();
  });
  beforeEach(async () => {
    a = await makePractice(system, "Practice A");
    b = await makePractice(system, "Practice B");
    record = await seedRecord(system, a);
  });

  it("answers not_found, with no data, to another practice's practitioner and admin for every record", async () => {
    const before = await a.practitioner.listSessions(record.client.id);
    for (const outsider of [b.practitioner, b.admin]) {
      for (const [method, { call }] of cases((c) => c.scope === "record")) {
        const err = await failure(() => call(outsider, record));
        expect(err?.code, method).toBe("not_found");
        expect(err?.details, method).toEqual([]);
        expect(err?.message, method).not.toContain(SECRET);
      }
    }
    expect(await a.practitioner.listSessions(record.client.id)).toEqual(before);
    expect(await a.practitioner.listLifeEvents(record.client.id)).toEqual([record.lifeEvent]);
  });

  it("lets the practice's practitioner call every staff method on its records, and refuses the admin-only ones", async () => {
    for (const [method, { call, access }] of Object.entries(CASES)) {
      const err = await failure(() => call(a.practitioner, record));
      expect(err?.code ?? null, method).toBe(
        access === "admin" || access === "client-only" ? "forbidden" : null,
      );
    }
  });

  it("lets the practice's admin call every method on its records once on the client's care team", async () => {
    // Trust (issue 14): an admin reads clinical records only as a member of the client's care team.
    await a.practitioner.addCareTeamMember(record.client.id, a.adminCaller.userId);
    for (const [method, { call }] of Object.entries(CASES)) {
      const err = await failure(() => call(a.admin, record));
      expect(err?.code ?? null, method).toBe(
        CASES[method as keyof typeof CASES].access === "client-only" ? "forbidden" : null,
      );
    }
  });

  it("gives another practice's admin nothing of this practice from any practice-wide method", async () => {
    for (const [method, { call }] of cases((c) => c.scope === "practice")) {
      const text = JSON.stringify(await call(b.admin, record));
      expect(text, method).not.toContain(record.client.id);
      expect(text, method).not.toContain(SECRET);
    }
  });

  it("shows another practice none of this practice's records in lists, search or audit log", async () => {
    const own = await b.practitioner.createClient({ name: "B client" });
    expect((await b.practitioner.listClients()).map((c) => c.id)).toEqual([own.id]);
    expect(await b.practitioner.search(SECRET)).toEqual([]);
    expect(await a.practitioner.search(SECRET)).not.toEqual([]);
    const bLog = await b.admin.listAudit({});
    expect(bLog.every((e) => e.practiceId === b.practiceId)).toBe(true);
    expect(await b.admin.listAudit({ clientId: record.client.id })).toEqual([]);
  });

  it("refuses to link another practice's thread or character to a piece", async () => {
    const own = await b.practitioner.createClient({ name: "B client" });
    const err = await expectDomainError(
      b.practitioner.createSession(own.id, {
        date: "2024-01-01",
        pieces: [piece("insight", "x", { threadIds: [record.thread.id], characterId: record.character.id })],
      }),
      "invalid",
    );
    expect(err.details.map((d) => d.path)).toEqual(["pieces.0.characterId", "pieces.0.threadIds.0"]);
  });

  it("lets a client read their own record, reflections, measures and consents, and write reflections and measures", async () => {
    const me = record.me;
    expect((await me.getClient(record.client.id)).id).toBe(record.client.id);
    expect((await me.listReflections(record.client.id)).map((r) => r.id)).toEqual([
      record.reflection.id,
      record.privateReflection.id,
    ]);
    expect(await me.listMeasureResponses(record.client.id)).toEqual([record.measure]);
    expect(await me.listConsents(record.client.id)).toEqual([record.consent]);
    await me.createMeasureResponse(record.client.id, {
      instrument: "gad7",
      date: "2024-02-01",
      answers: [0, 0, 0, 0, 0, 0, 0],
      instrumentVersion: "1",
    });
    expect((await me.exportMeasureResponses(record.client.id)).length).toBe(2);
  });

  it("forbids a client everything else: sessions, pieces, history, threads, characters, search, audit", async () => {
    for (const [method, { call }] of cases((c) => c.access !== "own-client" && c.access !== "client-only")) {
      expect((await failure(() => call(record.me, record)))?.code, method).toBe("forbidden");
    }
  });

  it("treats another client's record as not found for a client login, even in the same practice", async () => {
    const neighbour = await seedRecord(system, a);
    for (const [method, { call }] of cases((c) => c.access === "own-client" || c.access === "client-only")) {
      expect((await failure(() => call(record.me, neighbour)))?.code, method).toBe("not_found");
    }
  });

  it("lets a client call every own-client and client-only method on their own record", async () => {
    for (const [method, { call }] of cases((c) => c.access === "own-client" || c.access === "client-only")) {
      expect(await failure(() => call(record.me, record)), method).toBeNull();
    }
  });

  it("hides a client's private reflections, and their pieces in threads, from practitioners and admins", async () => {
    await a.practitioner.addCareTeamMember(record.client.id, a.adminCaller.userId);
    for (const staff of [a.practitioner, a.admin]) {
      expect((await staff.listReflections(record.client.id)).map((r) => r.id)).toEqual([
        record.reflection.id,
      ]);
      const [thread] = await staff.listThreads(record.client.id);
      expect(thread!.pieceIds).toEqual([record.session.pieces[0]!.id]);
    }
  });

  it("lets an admin do what a practitioner does, and only an admin read the audit log", async () => {
    await a.practitioner.addCareTeamMember(record.client.id, a.adminCaller.userId);
    const session = await a.admin.createSession(record.client.id, sessionInput());
    expect(session.practitionerId).toBe(a.adminCaller.userId);
    await expectDomainError(a.practitioner.listAudit({}), "forbidden");
    expect((await a.admin.listAudit({ limit: 5 })).length).toBe(5);
  });

  it("writes an audit record naming action, resource, client and user for every clinical read and write", async () => {
    const s = a.practitioner;
    const clientId = record.client.id;
    const user = a.practitionerCaller.userId;
    await s.getClient(clientId);
    await s.listSessions(clientId);
    const session = await s.createSession(clientId, sessionInput());
    await s.updateSession(session.id, sessionUpdate(session, { narrative: "changed" }));
    await s.signSession(session.id);
    await s.deleteLifeEvent(record.lifeEvent.id);
    await s.search(SECRET);
    await record.me.listReflections(clientId);

    const log = (await a.admin.listAudit({ limit: 8 })).reverse();
    expect(
      log.map(({ action, resourceType, resourceId, clientId: c, userId }) => ({
        action,
        resourceType,
        resourceId,
        clientId: c,
        userId,
      })),
    ).toEqual([
      { action: "read", resourceType: "client", resourceId: clientId, clientId, userId: user },
      { action: "read", resourceType: "session", resourceId: null, clientId, userId: user },
      { action: "create", resourceType: "session", resourceId: session.id, clientId, userId: user },
      { action: "update", resourceType: "session", resourceId: session.id, clientId, userId: user },
      { action: "sign", resourceType: "session", resourceId: session.id, clientId, userId: user },
      {
        action: "delete",
        resourceType: "life-event",
        resourceId: record.lifeEvent.id,
        clientId,
        userId: user,
      },
      { action: "read", resourceType: "search", resourceId: null, clientId: null, userId: user },
      {
        action: "read",
        resourceType: "reflection",
        resourceId: null,
        clientId,
        userId: record.me.caller.userId,
      },
    ]);
    expect((await a.admin.listAudit({ clientId })).every((e) => e.clientId === clientId)).toBe(true);
  });

  it("keeps clinical text out of the audit log, records refused calls as denied, and failed ones not at all", async () => {
    const log = await a.admin.listAudit({ limit: 1000 });
    expect(JSON.stringify(log)).not.toContain(SECRET);
    const count = log.length;
    await failure(() => record.me.listSessions(record.client.id));
    await failure(() => b.practitioner.getClient(record.client.id));
    await failure(() => a.practitioner.createSession(record.client.id, { date: "not a date" }));
    await failure(() => a.practitioner.updateSession(record.signed.id, sessionUpdate(record.signed)));
    await failure(() => a.practitioner.search(`${SECRET} as a query`));
    const after = await a.admin.listAudit({ limit: 1000 });
    // Trust (issue 14): the client's refused read is recorded in its practice, the outsider's in theirs.
    // One denied record, and the search's ordinary read record.
    expect(after.length).toBe(count + 2);
    expect(after.find((e) => e.action === "denied")).toMatchObject({
      resourceType: "session",
      userId: record.me.caller.userId,
    });
    expect(JSON.stringify(after)).not.toContain(SECRET);
    const outsider = await b.admin.listAudit({ limit: 10 });
    expect(outsider[0]).toMatchObject({
      action: "denied",
      resourceType: "client",
      resourceId: record.client.id,
    });
  });

  it("shows a practitioner only the clients whose care team they are on, and an admin none it is not on", async () => {
    const user = await system.createUser(a.practiceId, {
      name: "Colleague",
      email: `colleague-${Date.now()}@example.org`,
      role: "practitioner",
      clientId: null,
      passwordHash: "h",
    });
    const colleague = system.scoped({
      userId: user.id,
      practiceId: a.practiceId,
      role: "practitioner",
      clientId: null,
    });
    const admin = a.admin;
    for (const outsider of [colleague, admin]) {
      expect((await outsider.listClients()).map((c) => c.id)).not.toContain(record.client.id);
      for (const [method, { call }] of cases((c) => c.scope === "record" && c.access !== "client-only")) {
        if (outsider === admin && /CareTeam/.test(method)) continue;
        expect((await failure(() => call(outsider, record)))?.code, method).toBe("not_found");
      }
      for (const [method, { call }] of cases((c) => c.scope === "practice" && c.access !== "admin")) {
        const text = JSON.stringify(await call(outsider, record));
        expect(text, method).not.toContain(record.client.id);
        expect(text, method).not.toContain(SECRET);
      }
    }
    await a.practitioner.addCareTeamMember(record.client.id, colleague.caller.userId);
    expect((await colleague.listClients()).map((c) => c.id)).toContain(record.client.id);
    expect((await colleague.getClient(record.client.id)).id).toBe(record.client.id);
  });
});
