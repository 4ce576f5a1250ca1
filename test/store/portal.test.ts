// The client portal's store methods on both stores: invitations (only a hash kept, accepted once),
// a client's own reflections, questionnaires on a schedule, process stories, the crisis text, who
// opened the record, consents from the portal, and open flags graded by urgency.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { DEFAULT_CRISIS_TEXT } from "../../src/domain";
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

const sha256 = (t: string) => createHash("sha256").update(t).digest("hex");
const today = () => new Date().toISOString().slice(0, 10);

describeEachStore("client portal", (target) => {
  let system: SystemStore;
  let a: PracticeFixture;
  let clientId: string;
  let me: ScopedStore;
  beforeAll(async () => {
    system = await target.open();
  });
  afterAll(async () => {
    await system?.close();
  });
  beforeEach(async () => {
    a = await makePractice(system);
    clientId = (await a.practitioner.createClient({ name: "Maria Keller" })).id;
    me = await clientLogin(system, a.practiceId, clientId);
  });

  it("keeps only the hash of an invitation's token and accepts it once, creating the client's login", async () => {
    const other = (await a.practitioner.createClient({ name: "Jonas Weber" })).id;
    const { invitation, token } = await a.practitioner.createInvitation(other, {
      email: "Jonas@Example.org",
    });
    expect(invitation).toMatchObject({ status: "pending", email: "jonas@example.org", acceptedAt: null });
    expect(JSON.stringify(invitation)).not.toContain(token);
    expect(await system.findInvitation(token)).toBeNull();
    const found = await system.findInvitation(sha256(token));
    expect(found).toMatchObject({ clientName: "Jonas Weber", practiceName: "Still Point Practice" });

    const user = await system.acceptInvitation(sha256(token), "hash");
    expect(user).toMatchObject({
      role: "client",
      clientId: other,
      email: "jonas@example.org",
      name: "Jonas Weber",
    });
    await expectDomainError(system.acceptInvitation(sha256(token), "hash"), "conflict");
    const [listed] = await a.practitioner.listInvitations(other);
    expect(listed!.status).toBe("accepted");
    await expectDomainError(a.practitioner.revokeInvitation(listed!.id), "conflict");
  });

  it("refuses a revoked or expired invitation, and one for a client who already has a login", async () => {
    const other = (await a.practitioner.createClient({ name: "Jonas Weber" })).id;
    const revoked = await a.practitioner.createInvitation(other, { email: "j1@example.org" });
    expect((await a.practitioner.revokeInvitation(revoked.invitation.id)).status).toBe("revoked");
    await expectDomainError(system.acceptInvitation(sha256(revoked.token), "hash"), "conflict");

    const late = await a.practitioner.createInvitation(other, { email: "j2@example.org" });
    const eightDays = new Date(Date.now() + 8 * 24 * 3600 * 1000).toISOString();
    expect((await system.findInvitation(sha256(late.token), eightDays))!.invitation.status).toBe("expired");
    await expectDomainError(system.acceptInvitation(sha256(late.token), "hash", eightDays), "conflict");

    // Maria already has a login (me).
    const again = await a.practitioner.createInvitation(clientId, { email: "maria2@example.org" });
    await expectDomainError(system.acceptInvitation(sha256(again.token), "hash"), "conflict");
    expect((await a.practitioner.listInvitations(clientId))[0]!.status).toBe("pending");
  });

  it("lets the client change a private reflection and share it, then no more; staff never change one", async () => {
    const r = await me.createReflection(clientId, { date: "2026-03-02", text: "first words" });
    const changed = await me.updateReflection(clientId, r.id, {
      date: "2026-03-03",
      text: "Quillwort and the tide",
      pieces: [piece("insight", "I can rest")],
    });
    expect(changed).toMatchObject({
      text: "Quillwort and the tide",
      sharedWithPractitioner: false,
      date: "2026-03-03",
    });
    expect(await a.practitioner.listReflections(clientId)).toEqual([]);
    expect(await a.practitioner.search("Quillwort")).toEqual([]);

    await me.updateReflection(clientId, r.id, {
      date: "2026-03-03",
      text: "Quillwort and the tide",
      sharedWithPractitioner: true,
    });
    expect((await a.practitioner.listReflections(clientId)).map((x) => x.id)).toEqual([r.id]);
    expect((await a.practitioner.search("Quillwort")).length).toBe(1);
    await expectDomainError(
      me.updateReflection(clientId, r.id, { date: "2026-03-03", text: "later" }),
      "conflict",
    );
    await expectDomainError(
      a.practitioner.updateReflection(clientId, r.id, { date: "2026-03-03", text: "x" }),
      "forbidden",
    );
  });

  it("lists the shared reflections dated since a day, for the brief before the next session", async () => {
    await me.createReflection(clientId, { date: "2026-02-01", text: "old", sharedWithPractitioner: true });
    const recent = await me.createReflection(clientId, {
      date: "2026-03-01",
      text: "new",
      sharedWithPractitioner: true,
    });
    await me.createReflection(clientId, { date: "2026-03-02", text: "private" });
    expect(
      (await a.practitioner.listSharedReflectionsSince(clientId, "2026-03-01")).map((r) => r.id),
    ).toEqual([recent.id]);
  });

  it("lists a questionnaire sent before every session as due until the client answers it", async () => {
    const sent = await a.practitioner.createQuestionnaireAssignment(clientId, {
      instrument: "phq9",
      schedule: "before-each-session",
    });
    expect(sent.due).toMatchObject({ dueFrom: today(), overdue: false });
    const [mine] = await me.listQuestionnaireAssignments(clientId);
    expect(mine!.due).not.toBeNull();
    await me.createMeasureResponse(clientId, {
      instrument: "phq9",
      date: today(),
      answers: [0, 0, 0, 0, 0, 0, 0, 0, 0],
      instrumentVersion: "1",
    });
    expect((await me.listQuestionnaireAssignments(clientId))[0]!.due).toBeNull();
    await expectDomainError(
      a.practitioner.createQuestionnaireAssignment(clientId, { instrument: "nope", schedule: "once" }),
      "invalid",
    );
    const err = await expectDomainError(
      a.practitioner.createQuestionnaireAssignment(clientId, {
        instrument: "gad7",
        schedule: "every-n-weeks",
      }),
      "invalid",
    );
    expect(err.details.map((d) => d.path)).toEqual(["everyWeeks"]);
  });

  it("shows the practice what is overdue, by client, and forgets an assignment once ended", async () => {
    const late = await a.practitioner.createQuestionnaireAssignment(clientId, {
      instrument: "gad7",
      schedule: "once",
      dueDate: "2020-01-01",
    });
    await a.practitioner.createQuestionnaireAssignment(clientId, { instrument: "who5", schedule: "once" });
    expect(await a.practitioner.listOverdueQuestionnaires()).toEqual([
      {
        assignmentId: late.id,
        clientId,
        clientName: "Maria Keller",
        instrument: "gad7",
        schedule: "once",
        dueFrom: today(),
        dueBy: "2020-01-01",
      },
    ]);
    expect((await a.practitioner.endQuestionnaireAssignment(late.id)).endedAt).not.toBeNull();
    expect(await a.practitioner.listOverdueQuestionnaires()).toEqual([]);
    expect((await me.listQuestionnaireAssignments(clientId)).map((x) => x.instrument)).toEqual(["who5"]);
  });

  it("shows the client only shared stories, and drafts one from the characters, threads and insights", async () => {
    const wolf = await a.practitioner.createCharacter(clientId, { label: "the wolf", aspect: "protector" });
    await a.practitioner.createThread(clientId, { name: "holding on" });
    const course = await a.practitioner.createCourse(clientId, {
      startDate: "2026-01-01",
      intention: "to sleep again",
    });
    await a.practitioner.createSession(clientId, {
      ...sessionInput({ courseId: course.id, date: "2026-01-08" }),
      pieces: [
        piece("character", "a wolf at the door", { characterId: wolf.id }),
        piece("insight", "I can let go"),
      ],
    });
    const draft = await a.practitioner.draftProcessStory(clientId, course.id);
    expect(draft.title).toBe("Your process: to sleep again");
    expect(draft.text).toContain("the wolf (protector)");
    expect(draft.text).toContain("- holding on");
    expect(draft.text).toContain("- I can let go");

    const story = await a.practitioner.createProcessStory(clientId, { ...draft, courseId: course.id });
    expect(story.sharedAt).toBeNull();
    expect(await me.listProcessStories(clientId)).toEqual([]);
    const shared = await a.practitioner.updateProcessStory(story.id, {
      ...draft,
      courseId: course.id,
      shared: true,
    });
    expect(shared.sharedAt).not.toBeNull();
    expect(await me.listProcessStories(clientId)).toEqual([shared]);
    const elsewhere = (await a.practitioner.createClient({ name: "Other" })).id;
    const otherCourse = await a.practitioner.createCourse(elsewhere, { startDate: "2026-01-01" });
    const err = await expectDomainError(
      a.practitioner.createProcessStory(clientId, { title: "x", text: "y", courseId: otherCourse.id }),
      "invalid",
    );
    expect(err.details.map((d) => d.path)).toEqual(["courseId"]);
  });

  it("gives the client the default crisis text until an admin sets the practice's own", async () => {
    expect(await me.getCrisisText(clientId)).toEqual({ text: DEFAULT_CRISIS_TEXT });
    await expectDomainError(a.practitioner.updatePracticeSettings({ crisisText: "x" }), "forbidden");
    const set = await a.admin.updatePracticeSettings({ crisisText: "Ring the practice line: 0123 456." });
    expect(set).toMatchObject({ customCrisisText: true, practiceName: "Still Point Practice" });
    expect(await me.getCrisisText(clientId)).toEqual({ text: "Ring the practice line: 0123 456." });
    await a.admin.updatePracticeSettings({ crisisText: "" });
    expect((await a.practitioner.getPracticeSettings()).crisisText).toBe(DEFAULT_CRISIS_TEXT);
  });

  it("tells the client which staff opened their record, without their own actions or another client's", async () => {
    await a.practitioner.getClient(clientId);
    await a.practitioner.listSessions(clientId);
    await me.listReflections(clientId);
    const other = (await a.practitioner.createClient({ name: "Other" })).id;
    await a.practitioner.getClient(other);
    const access = await me.listRecordAccess(clientId);
    expect(access.map((x) => [x.who, x.action, x.resourceType])).toEqual([
      ["Pia Practitioner", "read", "session"],
      ["Pia Practitioner", "read", "client"],
      ["Pia Practitioner", "create", "client"],
    ]);
  });

  it("lets the client give and withdraw a consent from the portal", async () => {
    const given = await me.giveOwnConsent(clientId, { purpose: "research" });
    expect(given).toMatchObject({ purpose: "research", granted: true, date: today(), withdrawnAt: null });
    const withdrawn = await me.withdrawOwnConsent(clientId, given.id);
    expect(withdrawn.withdrawnAt).not.toBeNull();
    await expectDomainError(me.withdrawOwnConsent(clientId, given.id), "conflict");
  });

  it("grades open safety flags by their most urgent flag, so routine ones can stay quiet", async () => {
    const rec = (instrument: string, answers: (number | null)[]) =>
      me.createMeasureResponse(clientId, { instrument, date: "2026-03-01", answers, instrumentVersion: "1" });
    const nearly = await rec("phq9", [0, 0, 0, 0, 0, 0, 0, 0, 3]);
    const blank = await rec("phq9", [0, 0, 0, 0, 0, 0, 0, 0, null]);
    const low = await rec("who5", [1, 4, 4, 4, 4]);
    const urgency = Object.fromEntries(
      (await a.practitioner.listOpenSafetyFlags()).map((f) => [f.responseId, f.urgency]),
    );
    expect(urgency).toEqual({ [nearly.id]: "highest", [blank.id]: "raised", [low.id]: "routine" });
  });
});
