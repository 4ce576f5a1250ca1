// Measure responses in the store: safety flags scored and stored at creation, their follow-up
// (once, by staff of the practice, hidden from the client), the practice's open flags, and
// exports audited as exports.
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import type { MeasureResponseInput } from "../../src/domain";
import type { ScopedStore, SystemStore } from "../../src/store/store";
import { describeEachStore } from "./each-store";
import { clientLogin, expectDomainError, makePractice, type PracticeFixture } from "./fixtures";

const NOTE = "Telephoned Quillon the same day; safety plan agreed";

function phq9(
  answers: (number | null)[],
  date = "2024-05-01",
): MeasureResponseInput & { instrumentVersion: string } {
  return { instrument: "phq9", date, answers, instrumentVersion: "1" };
}
/** Total 1 (minimal), item 9 answered "several days". */
const ITEM9_ONLY = [0, 0, 0, 0, 0, 0, 0, 0, 1];
/** Total 24 (severe), item 9 "not at all". */
const SEVERE_NO_ITEM9 = [3, 3, 3, 3, 3, 3, 3, 3, 0];

describeEachStore("measure responses, safety flags and follow-up", (target) => {
  let system: SystemStore;
  let p: PracticeFixture;
  let s: ScopedStore;
  beforeAll(async () => {
    system = await target.open();
  });
  afterAll(async () => {
    await system?.close();
  });
  beforeEach(async () => {
    p = await makePractice(system);
    s = p.practitioner;
  });

  it("stores the item-9 flag whatever the total, and none for a severe total without item 9", async () => {
    const client = await s.createClient({ name: "Quillon" });
    const flagged = await s.createMeasureResponse(client.id, phq9(ITEM9_ONLY));
    const severe = await s.createMeasureResponse(client.id, phq9(SEVERE_NO_ITEM9));
    const incomplete = await s.createMeasureResponse(
      client.id,
      phq9([null, null, null, null, null, null, null, null, 3]),
    );
    expect(flagged).toMatchObject({ flags: ["phq9-item9"], followUp: null, instrumentVersion: "1" });
    expect(severe.flags).toEqual([]);
    expect(incomplete.flags).toEqual(["phq9-item9"]);
    expect((await s.listMeasureResponses(client.id)).map((r) => r.flags)).toEqual([
      ["phq9-item9"],
      [],
      ["phq9-item9"],
    ]);
  });

  it("refuses an unknown instrument, a bad answer and a version it does not score, naming the field", async () => {
    const client = await s.createClient({ name: "Rowan" });
    const unknown = await expectDomainError(
      s.createMeasureResponse(client.id, { ...phq9(ITEM9_ONLY), instrument: "PHQ-9" }),
      "invalid",
    );
    expect(unknown.details.map((d) => d.path)).toEqual(["instrument"]);
    const bad = await expectDomainError(
      s.createMeasureResponse(client.id, phq9([0, 0, 4, 0, 0, 0, 0, 0, 0])),
      "invalid",
    );
    expect(bad.details.map((d) => d.path)).toEqual(["answers.2"]);
    const short = await expectDomainError(s.createMeasureResponse(client.id, phq9([0, 0])), "invalid");
    expect(short.details.map((d) => d.path)).toEqual(["answers"]);
    const version = await expectDomainError(
      s.createMeasureResponse(client.id, { ...phq9(ITEM9_ONLY), instrumentVersion: "2" }),
      "invalid",
    );
    expect(version.details.map((d) => d.path)).toEqual(["instrumentVersion"]);
    expect(await s.listMeasureResponses(client.id)).toEqual([]);
  });

  it("lists open flags of the practice with the client's name until a practitioner follows them up", async () => {
    const ana = await s.createClient({ name: "Ana" });
    const ben = await s.createClient({ name: "Ben" });
    const first = await s.createMeasureResponse(ana.id, phq9(ITEM9_ONLY, "2024-05-01"));
    await s.createMeasureResponse(ana.id, phq9(SEVERE_NO_ITEM9, "2024-05-02"));
    const second = await s.createMeasureResponse(ben.id, phq9([1, 1, 1, 1, 1, 1, 1, 1, 2], "2024-04-01"));
    const other = await makePractice(system, "Elsewhere");
    const theirs = await other.practitioner.createClient({ name: "Cai" });
    await other.practitioner.createMeasureResponse(theirs.id, phq9(ITEM9_ONLY));

    expect(await s.listOpenSafetyFlags()).toEqual([
      {
        clientId: ben.id,
        clientName: "Ben",
        responseId: second.id,
        instrument: "phq9",
        date: "2024-04-01",
        flags: ["phq9-item9"],
        urgency: "high",
      },
      {
        clientId: ana.id,
        clientName: "Ana",
        responseId: first.id,
        instrument: "phq9",
        date: "2024-05-01",
        flags: ["phq9-item9"],
        urgency: "raised",
      },
    ]);
    // Trust (issue 14): an admin sees the flags of clients whose care team it is on.
    expect(await p.admin.listOpenSafetyFlags()).toHaveLength(0);
    for (const c of [ana, ben]) await s.addCareTeamMember(c.id, p.adminCaller.userId);
    expect(await p.admin.listOpenSafetyFlags()).toHaveLength(2);

    const followed = await s.recordFollowUp(first.id, `  ${NOTE} `);
    expect(followed.followUp).toEqual({
      at: expect.any(String),
      byUserId: p.practitionerCaller.userId,
      note: NOTE,
    });
    expect(followed.flags).toEqual(["phq9-item9"]);
    expect((await s.listOpenSafetyFlags()).map((f) => f.responseId)).toEqual([second.id]);
    expect((await s.listMeasureResponses(ana.id))[0]).toEqual(followed);
  });

  it("follows up once, only a response that raised a flag, and needs a note", async () => {
    const client = await s.createClient({ name: "Dara" });
    await s.addCareTeamMember(client.id, p.adminCaller.userId);
    const flagged = await s.createMeasureResponse(client.id, phq9(ITEM9_ONLY));
    const plain = await s.createMeasureResponse(client.id, phq9(SEVERE_NO_ITEM9));
    const empty = await expectDomainError(s.recordFollowUp(flagged.id, "   "), "invalid");
    expect(empty.details.map((d) => d.path)).toEqual(["note"]);
    await expectDomainError(s.recordFollowUp(plain.id, NOTE), "conflict");
    await s.recordFollowUp(flagged.id, NOTE);
    await expectDomainError(p.admin.recordFollowUp(flagged.id, "second note"), "conflict");
    expect((await s.listMeasureResponses(client.id))[0]!.followUp!.note).toBe(NOTE);
  });

  it("keeps two simultaneous follow-ups from both succeeding: one note is kept, the other is told", async () => {
    const client = await s.createClient({ name: "Esme" });
    await s.addCareTeamMember(client.id, p.adminCaller.userId);
    const flagged = await s.createMeasureResponse(client.id, phq9(ITEM9_ONLY));
    const results = await Promise.allSettled([
      s.recordFollowUp(flagged.id, "from the practitioner"),
      p.admin.recordFollowUp(flagged.id, "from the admin"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const kept = (
      results.find((r) => r.status === "fulfilled") as PromiseFulfilledResult<{ followUp: { note: string } }>
    ).value.followUp.note;
    expect((await s.listMeasureResponses(client.id))[0]!.followUp!.note).toBe(kept);
  });

  it("hides the follow-up from the client, who still sees their own flags and may record responses", async () => {
    const client = await s.createClient({ name: "Fen" });
    const me = await clientLogin(system, p.practiceId, client.id);
    const own = await me.createMeasureResponse(client.id, phq9(ITEM9_ONLY));
    expect(own).toMatchObject({ enteredBy: me.caller.userId, flags: ["phq9-item9"] });
    await s.recordFollowUp(own.id, NOTE);
    const seen = await me.listMeasureResponses(client.id);
    expect(seen[0]).toMatchObject({ id: own.id, flags: ["phq9-item9"], followUp: null });
    expect(JSON.stringify(seen)).not.toContain("Telephoned");
    expect(JSON.stringify(await me.exportMeasureResponses(client.id))).not.toContain("Telephoned");
    await expectDomainError(me.recordFollowUp(own.id, "x"), "forbidden");
    await expectDomainError(me.listOpenSafetyFlags(), "forbidden");
  });

  it("answers not_found to another practice following up this practice's response", async () => {
    const client = await s.createClient({ name: "Gil" });
    const flagged = await s.createMeasureResponse(client.id, phq9(ITEM9_ONLY));
    const other = await makePractice(system, "Elsewhere");
    await expectDomainError(other.practitioner.recordFollowUp(flagged.id, NOTE), "not_found");
    await expectDomainError(other.admin.recordFollowUp(flagged.id, NOTE), "not_found");
    expect((await s.listOpenSafetyFlags()).map((f) => f.responseId)).toEqual([flagged.id]);
  });

  it("exports one client's or the whole practice's responses, audited as exports without clinical text", async () => {
    const ana = await s.createClient({ name: "Ana" });
    const ben = await s.createClient({ name: "Ben" });
    const a1 = await s.createMeasureResponse(ana.id, phq9(ITEM9_ONLY, "2024-05-02"));
    const b1 = await s.createMeasureResponse(ben.id, phq9(SEVERE_NO_ITEM9, "2024-05-01"));
    const a0 = await s.createMeasureResponse(ana.id, phq9(SEVERE_NO_ITEM9, "2024-05-01"));
    await s.recordFollowUp(a1.id, NOTE);
    const other = await makePractice(system, "Elsewhere");
    const theirs = await other.practitioner.createClient({ name: "Cai" });
    await other.practitioner.createMeasureResponse(theirs.id, phq9(ITEM9_ONLY));

    expect((await s.exportMeasureResponses(ana.id)).map((r) => r.id)).toEqual([a0.id, a1.id]);
    const practice = await s.exportPracticeMeasureResponses();
    const byClient = [ana.id, ben.id].sort();
    expect(practice.map((r) => r.clientId)).toEqual(
      byClient.flatMap((id) => (id === ana.id ? [ana.id, ana.id] : [ben.id])),
    );
    expect(practice.map((r) => r.id)).toEqual(
      byClient.flatMap((id) => (id === ana.id ? [a0.id, a1.id] : [b1.id])),
    );

    const log = (await p.admin.listAudit({ limit: 3 })).reverse();
    expect(
      log.map(({ action, resourceType, clientId, userId }) => ({ action, resourceType, clientId, userId })),
    ).toEqual([
      {
        action: "update",
        resourceType: "measure-response",
        clientId: ana.id,
        userId: p.practitionerCaller.userId,
      },
      {
        action: "export",
        resourceType: "measure-response",
        clientId: ana.id,
        userId: p.practitionerCaller.userId,
      },
      {
        action: "export",
        resourceType: "measure-response",
        clientId: null,
        userId: p.practitionerCaller.userId,
      },
    ]);
    expect(log[0]!.resourceId).toBe(a1.id);
    expect(JSON.stringify(await p.admin.listAudit({ limit: 1000 }))).not.toContain("Telephoned");
  });

  it("audits reading the open flags, and the creation and follow-up of a response with its client", async () => {
    const client = await s.createClient({ name: "Hal" });
    const r = await s.createMeasureResponse(client.id, phq9(ITEM9_ONLY));
    await s.listOpenSafetyFlags();
    await s.recordFollowUp(r.id, NOTE);
    const log = (await p.admin.listAudit({ limit: 3 })).reverse();
    expect(
      log.map(({ action, resourceType, resourceId, clientId }) => ({
        action,
        resourceType,
        resourceId,
        clientId,
      })),
    ).toEqual([
      { action: "create", resourceType: "measure-response", resourceId: r.id, clientId: client.id },
      { action: "read", resourceType: "safety-flag", resourceId: null, clientId: null },
      { action: "update", resourceType: "measure-response", resourceId: r.id, clientId: client.id },
    ]);
  });
});
