// Create, read, update (and where the interface has it, delete) for every clinical record,
// with defaults, ordering and validation by path.
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import type { SystemStore } from "../../src/store/store";
import { describeEachStore } from "./each-store";
import {
  characterUpdate,
  clientUpdate,
  courseUpdate,
  lifeEventUpdate,
  threadUpdate,
} from "./capture-fixtures";
import { clientLogin, expectDomainError, makePractice, piece, type PracticeFixture } from "./fixtures";

describeEachStore("clinical records", (target) => {
  let system: SystemStore;
  let p: PracticeFixture;
  beforeAll(async () => {
    system = await target.open();
  });
  afterAll(async () => {
    await system?.close();
  });
  beforeEach(async () => {
    p = await makePractice(system);
  });

  it("creates a client with the schema's defaults, reads and updates it", async () => {
    const client = await p.practitioner.createClient({
      name: "  Hana Weiss ",
      presentingConcerns: [{ category: "pain", description: "my neck locks up" }],
    });
    expect(client).toMatchObject({
      practiceId: p.practiceId,
      name: "Hana Weiss",
      dateOfBirth: null,
      pronouns: "",
      contact: { email: "", phone: "", address: "" },
      presentingConcerns: [{ category: "pain", description: "my neck locks up" }],
      holisticFactors: { personal: "", environmental: "" },
      status: "active",
    });
    expect(await p.practitioner.getClient(client.id)).toEqual(client);

    const updated = await p.practitioner.updateClient(
      client.id,
      clientUpdate(client, { name: "Hana Weiss", dateOfBirth: "1980-02-29", status: "archived" }),
    );
    expect(updated).toMatchObject({
      id: client.id,
      dateOfBirth: "1980-02-29",
      status: "archived",
      createdAt: client.createdAt,
    });
    expect(await p.practitioner.getClient(client.id)).toEqual(updated);
  });

  it("lists clients by name regardless of letter case", async () => {
    for (const name of ["zed", "Amir", "bea", "Carla"]) await p.practitioner.createClient({ name });
    expect((await p.practitioner.listClients()).map((c) => c.name)).toEqual(["Amir", "bea", "Carla", "zed"]);
  });

  it("rejects bad input as invalid, naming each bad field by its path", async () => {
    const err = await expectDomainError(
      p.practitioner.createClient({
        name: "",
        dateOfBirth: "1980-13-01",
        contact: { email: "not-an-email" },
      }),
      "invalid",
    );
    expect(err.details.map((d) => d.path).sort()).toEqual(["contact.email", "dateOfBirth", "name"]);
  });

  it("keeps life events: dated ones by date first, then those known only by age; updates and deletes them", async () => {
    const client = await p.practitioner.createClient({ name: "Ines" });
    const byAge = await p.practitioner.createLifeEvent(client.id, { age: 7, title: "moved to the city" });
    const later = await p.practitioner.createLifeEvent(client.id, {
      date: "2010-05-01",
      title: "car accident",
    });
    const earlier = await p.practitioner.createLifeEvent(client.id, {
      date: "1999-09-01",
      title: "parents separated",
      notes: "n",
    });
    expect((await p.practitioner.listLifeEvents(client.id)).map((e) => e.id)).toEqual([
      earlier.id,
      later.id,
      byAge.id,
    ]);

    const changed = await p.practitioner.updateLifeEvent(
      later.id,
      lifeEventUpdate(later, { date: "2011-05-01", title: "car accident (whiplash)" }),
    );
    expect(changed).toMatchObject({
      id: later.id,
      clientId: client.id,
      date: "2011-05-01",
      age: null,
      notes: "",
    });
    await p.practitioner.deleteLifeEvent(earlier.id);
    expect((await p.practitioner.listLifeEvents(client.id)).map((e) => e.title)).toEqual([
      "car accident (whiplash)",
      "moved to the city",
    ]);
    await expectDomainError(p.practitioner.deleteLifeEvent(earlier.id), "not_found");
  });

  it("keeps courses of treatment, ordered by start", async () => {
    const client = await p.practitioner.createClient({ name: "Jon" });
    const second = await p.practitioner.createCourse(client.id, {
      startDate: "2024-06-01",
      intention: "sleep",
    });
    const first = await p.practitioner.createCourse(client.id, { startDate: "2023-01-10" });
    expect(first).toMatchObject({ clientId: client.id, intention: "", endDate: null });
    const ended = await p.practitioner.updateCourse(
      first.id,
      courseUpdate(first, { startDate: "2023-01-10", endDate: "2023-05-01", intention: "neck pain" }),
    );
    expect(ended).toMatchObject({ endDate: "2023-05-01", intention: "neck pain" });
    expect(await p.practitioner.listCourses(client.id)).toEqual([ended, second]);
  });

  it("keeps characters with lower-case labels, one label per client", async () => {
    const client = await p.practitioner.createClient({ name: "Kai" });
    const girl = await p.practitioner.createCharacter(client.id, { label: "Little Girl", aspect: "child" });
    expect(girl).toMatchObject({
      label: "little girl",
      aspect: "child",
      description: "",
      clientId: client.id,
    });
    const wolf = await p.practitioner.createCharacter(client.id, { label: "wolf" });
    expect(wolf.aspect).toBe("other");
    const described = await p.practitioner.updateCharacter(
      wolf.id,
      characterUpdate(wolf, { label: "grey wolf", aspect: "animal", description: "guards the door" }),
    );
    expect(await p.practitioner.listCharacters(client.id)).toEqual([girl, described]);
    await expectDomainError(p.practitioner.createCharacter(client.id, { label: "LITTLE GIRL" }), "conflict");
  });

  it("keeps threads with a status; a new thread holds no pieces", async () => {
    const client = await p.practitioner.createClient({ name: "Lale" });
    const thread = await p.practitioner.createThread(client.id, { name: "holding my breath" });
    expect(thread).toMatchObject({ status: "open", description: "", pieceIds: [] });
    const understood = await p.practitioner.updateThread(
      thread.id,
      threadUpdate(thread, { name: "holding my breath", status: "understood" }),
    );
    expect(understood.status).toBe("understood");
    expect(await p.practitioner.listThreads(client.id)).toEqual([understood]);
  });

  it("keeps a client's reflections with their pieces; practitioners see only the shared ones", async () => {
    const client = await p.practitioner.createClient({ name: "Mo" });
    const me = await clientLogin(system, p.practiceId, client.id);
    const shared = await me.createReflection(client.id, {
      date: "2024-03-06",
      text: "I dreamt of the sea.",
      sharedWithPractitioner: true,
      pieces: [piece("visual", "the sea was deep blue", { colours: ["blue", "blue"] })],
    });
    const kept = await me.createReflection(client.id, { date: "2024-03-05", text: "Only for me." });
    expect(shared).toMatchObject({
      clientId: client.id,
      authorId: me.caller.userId,
      sharedWithPractitioner: true,
    });
    expect(shared.pieces).toMatchObject([
      { kind: "visual", colours: ["blue"], reflectionId: shared.id, sessionId: null, position: 0 },
    ]);
    expect(kept.sharedWithPractitioner).toBe(false);

    expect(await me.listReflections(client.id)).toEqual([kept, shared]);
    expect(await p.practitioner.listReflections(client.id)).toEqual([shared]);
    // Trust (issue 14): an admin reads a client's records as a member of their care team.
    await p.practitioner.addCareTeamMember(client.id, p.adminCaller.userId);
    expect(await p.admin.listReflections(client.id)).toEqual([shared]);
  });

  it("keeps measure responses with who entered them, by date", async () => {
    const client = await p.practitioner.createClient({ name: "Nia" });
    const me = await clientLogin(system, p.practiceId, client.id);
    const later = await me.createMeasureResponse(client.id, {
      instrument: "phq9",
      date: "2024-04-01",
      answers: [1, 2, null, 0, 0, 0, 0, 0, 0],
      instrumentVersion: "1",
    });
    const earlier = await p.practitioner.createMeasureResponse(client.id, {
      instrument: "gad7",
      date: "2024-03-01",
      answers: [3, 3, 3, 3, 3, 3, 3],
      instrumentVersion: "1",
    });
    expect(later).toMatchObject({
      enteredBy: me.caller.userId,
      answers: [1, 2, null, 0, 0, 0, 0, 0, 0],
      labels: [],
    });
    expect(earlier.enteredBy).toBe(p.practitionerCaller.userId);
    expect(await p.practitioner.listMeasureResponses(client.id)).toEqual([earlier, later]);
    expect(await me.listMeasureResponses(client.id)).toEqual([earlier, later]);
    await expectDomainError(
      p.practitioner.createMeasureResponse(client.id, {
        instrument: "phq9",
        date: "2024-04-01",
        answers: [11, 0, 0, 0, 0, 0, 0, 0, 0],
        instrumentVersion: "1",
      }),
      "invalid",
    );
  });

  it("keeps consents and their withdrawal, which happens once", async () => {
    const client = await p.practitioner.createClient({ name: "Oli" });
    const consent = await p.practitioner.createConsent(client.id, {
      purpose: "treatment",
      granted: true,
      date: "2024-01-01",
    });
    expect(consent).toMatchObject({ granted: true, notes: "", withdrawnAt: null });
    const withdrawn = await p.practitioner.withdrawConsent(consent.id);
    expect(withdrawn.withdrawnAt).not.toBeNull();
    expect(await p.practitioner.listConsents(client.id)).toEqual([withdrawn]);
    await expectDomainError(p.practitioner.withdrawConsent(consent.id), "conflict");
  });

  it("answers not_found for an unknown id of every kind of record", async () => {
    const s = p.practitioner;
    const missing = "00000000-0000-7000-8000-000000000000";
    await expectDomainError(s.getClient(missing), "not_found");
    await expectDomainError(s.listSessions(missing), "not_found");
    await expectDomainError(s.getSession(missing), "not_found");
    const v = { version: 1 };
    await expectDomainError(
      s.updateLifeEvent(missing, { ...v, title: "x", age: null, date: null, notes: "" }),
      "not_found",
    );
    await expectDomainError(
      s.updateCourse(missing, {
        ...v,
        startDate: "2024-01-01",
        intention: "",
        endDate: null,
        plannedSessions: null,
      }),
      "not_found",
    );
    await expectDomainError(
      s.updateCharacter(missing, { ...v, label: "x", aspect: "other", description: "" }),
      "not_found",
    );
    await expectDomainError(
      s.updateThread(missing, { ...v, name: "x", description: "", status: "open" }),
      "not_found",
    );
    await expectDomainError(s.withdrawConsent(missing), "not_found");
  });
});
