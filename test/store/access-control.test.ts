// The scoped store is the access control: practice isolation for every resource, what a client
// login may do, admin-only audit log, and an audit record for every clinical read and write.
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import type { DomainError } from "../../src/domain";
import type { ScopedStore, SystemStore } from "../../src/store/store";
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
  const signed = await s.createSession(client.id, sessionInput());
  await s.signSession(signed.id);
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
  return {
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

/** Every scoped method that names a record, aimed at the records of `r`. */
function callsOnRecord(s: ScopedStore, r: Seeded): Record<string, () => Promise<unknown>> {
  return {
    getClient: () => s.getClient(r.client.id),
    updateClient: () => s.updateClient(r.client.id, { name: "x" }),
    listLifeEvents: () => s.listLifeEvents(r.client.id),
    createLifeEvent: () => s.createLifeEvent(r.client.id, { title: "x" }),
    updateLifeEvent: () => s.updateLifeEvent(r.lifeEvent.id, { title: "x" }),
    deleteLifeEvent: () => s.deleteLifeEvent(r.lifeEvent.id),
    listCourses: () => s.listCourses(r.client.id),
    createCourse: () => s.createCourse(r.client.id, { startDate: "2024-01-01" }),
    updateCourse: () => s.updateCourse(r.course.id, { startDate: "2024-01-01" }),
    listSessions: () => s.listSessions(r.client.id),
    getSession: () => s.getSession(r.session.id),
    createSession: () => s.createSession(r.client.id, sessionInput()),
    updateSession: () => s.updateSession(r.session.id, sessionInput()),
    signSession: () => s.signSession(r.session.id),
    listCharacters: () => s.listCharacters(r.client.id),
    createCharacter: () => s.createCharacter(r.client.id, { label: "x" }),
    updateCharacter: () => s.updateCharacter(r.character.id, { label: "x" }),
    listThreads: () => s.listThreads(r.client.id),
    createThread: () => s.createThread(r.client.id, { name: "x" }),
    updateThread: () => s.updateThread(r.thread.id, { name: "x" }),
    listReflections: () => s.listReflections(r.client.id),
    createReflection: () => s.createReflection(r.client.id, { date: "2024-01-01", text: "x" }),
    listMeasureResponses: () => s.listMeasureResponses(r.client.id),
    createMeasureResponse: () =>
      s.createMeasureResponse(r.client.id, {
        instrument: "gad7",
        date: "2024-01-01",
        answers: [0, 0, 0, 0, 0, 0, 0],
        instrumentVersion: "1",
      }),
    recordFollowUp: () => s.recordFollowUp(r.measure.id, "x"),
    exportMeasureResponses: () => s.exportMeasureResponses(r.client.id),
    listConsents: () => s.listConsents(r.client.id),
    createConsent: () =>
      s.createConsent(r.client.id, { purpose: "research", granted: false, date: "2024-01-01" }),
    withdrawConsent: () => s.withdrawConsent(r.consent.id),
  };
}

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
      for (const [method, call] of Object.entries(callsOnRecord(outsider, record))) {
        const err = await failure(call);
        expect(err?.code, method).toBe("not_found");
        expect(err?.details, method).toEqual([]);
        expect(err?.message, method).not.toContain(SECRET);
      }
    }
    expect(await a.practitioner.listSessions(record.client.id)).toEqual(before);
    expect(await a.practitioner.listLifeEvents(record.client.id)).toEqual([record.lifeEvent]);
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
    const allowed = new Set([
      "getClient",
      "listReflections",
      "createReflection",
      "listMeasureResponses",
      "createMeasureResponse",
      "exportMeasureResponses",
      "listConsents",
    ]);
    for (const [method, call] of Object.entries(callsOnRecord(record.me, record))) {
      if (allowed.has(method)) continue;
      expect((await failure(call))?.code, method).toBe("forbidden");
    }
    await expectDomainError(record.me.listClients(), "forbidden");
    await expectDomainError(record.me.createClient({ name: "x" }), "forbidden");
    await expectDomainError(record.me.search(SECRET), "forbidden");
    await expectDomainError(record.me.listAudit({}), "forbidden");
    await expectDomainError(record.me.listOpenSafetyFlags(), "forbidden");
    await expectDomainError(record.me.exportPracticeMeasureResponses(), "forbidden");
  });

  it("treats another client's record as not found for a client login, even in the same practice", async () => {
    const neighbour = await seedRecord(system, a);
    for (const method of [
      "getClient",
      "listReflections",
      "createReflection",
      "listMeasureResponses",
      "createMeasureResponse",
      "exportMeasureResponses",
      "listConsents",
    ]) {
      const err = await failure(callsOnRecord(record.me, neighbour)[method]!);
      expect(err?.code, method).toBe("not_found");
    }
  });

  it("hides a client's private reflections, and their pieces in threads, from practitioners and admins", async () => {
    for (const staff of [a.practitioner, a.admin]) {
      expect((await staff.listReflections(record.client.id)).map((r) => r.id)).toEqual([
        record.reflection.id,
      ]);
      const [thread] = await staff.listThreads(record.client.id);
      expect(thread!.pieceIds).toEqual([record.session.pieces[0]!.id]);
    }
  });

  it("lets an admin do what a practitioner does, and only an admin read the audit log", async () => {
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
    await s.updateSession(session.id, sessionInput({ narrative: "changed" }));
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

  it("keeps clinical text out of the audit log, and leaves no record for refused or failed calls", async () => {
    const log = await a.admin.listAudit({ limit: 1000 });
    expect(JSON.stringify(log)).not.toContain(SECRET);
    const count = log.length;
    await failure(() => record.me.listSessions(record.client.id));
    await failure(() => b.practitioner.getClient(record.client.id));
    await failure(() => a.practitioner.createSession(record.client.id, { date: "not a date" }));
    await failure(() => a.practitioner.updateSession(record.signed.id, sessionInput()));
    expect((await a.admin.listAudit({ limit: 1000 })).length).toBe(count);
  });
});
