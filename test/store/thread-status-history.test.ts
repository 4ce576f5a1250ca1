// A thread's status over time (issue 11): changing the status through updateThread records a
// change with the session (or date) it applies from, who and a note, in the same transaction; the
// history reads in the order changes apply, pages, feeds the threads view and the client's copy.
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { buildThreadsFromRows, type Session, type Thread } from "../../src/domain";
import type { ScopedStore, SystemStore } from "../../src/store/store";
import { threadUpdate } from "./capture-fixtures";
import { describeEachStore } from "./each-store";
import { clientLogin, expectDomainError, makePractice, sessionInput, type PracticeFixture } from "./fixtures";

describeEachStore("thread status history", (target) => {
  let system: SystemStore;
  let p: PracticeFixture;
  let s: ScopedStore;
  let clientId: string;
  let sessions: Session[];
  beforeAll(async () => {
    system = await target.open();
  });
  afterAll(async () => {
    await system?.close();
  });
  beforeEach(async () => {
    p = await makePractice(system);
    s = p.practitioner;
    clientId = (await s.createClient({ name: "Noor" })).id;
    sessions = [];
    for (const date of ["2024-01-10", "2024-02-07", "2024-03-06", "2024-04-03"])
      sessions.push(await s.createSession(clientId, sessionInput({ date })));
  });

  const change = (t: Thread, status: Thread["status"], extra: Record<string, string> = {}) =>
    s.updateThread(t.id, { ...threadUpdate(t, { status }), ...extra });

  it("opens a thread with its status applying from its first appearance, wherever its pieces begin", async () => {
    const thread = await s.createThread(clientId, { name: "jaw" });
    const { changes, total } = await s.listThreadStatusChanges(thread.id);
    expect(total).toBe(1);
    expect(changes[0]).toMatchObject({
      threadId: thread.id,
      status: "open",
      sessionId: null,
      sessionNumber: null,
      fromDate: null,
      changedBy: p.practitionerCaller.userId,
      changedByName: "Pia Practitioner",
      note: "",
    });
    // Pieces of earlier sessions linked later: the opening status follows them back.
    await s.addPiecesToThread(thread.id, { pieceIds: [sessions[1]!.pieces[0]!.id] });
    const card = buildThreadsFromRows(await s.readThreadsView(clientId)).threads[0]!;
    expect(card.statusStrip).toEqual([null, "open", "open", "open"]);
  });

  it("records each change of status with its session or date and note, in the order they apply", async () => {
    let thread = await s.createThreadFromPieces(clientId, {
      name: "jaw",
      pieceIds: [sessions[0]!.pieces[0]!.id],
    });
    thread = await change(thread, "understood", {
      statusSessionId: sessions[1]!.id,
      statusNote: "  the jaw holds the fall  ",
    });
    expect(thread.status).toBe("understood");
    // A rename alone records nothing.
    thread = await s.updateThread(thread.id, threadUpdate(thread, { name: "the jaw" }));
    thread = await change(thread, "resolved", { statusDate: "2024-03-20" });
    const { changes, total, offset } = await s.listThreadStatusChanges(thread.id);
    expect([total, offset]).toEqual([3, 0]);
    expect(changes.map((c) => [c.status, c.sessionNumber, c.fromDate, c.note])).toEqual([
      ["open", null, null, ""],
      ["understood", 2, "2024-02-07", "the jaw holds the fall"],
      ["resolved", null, "2024-03-20", ""],
    ]);
    expect(changes.every((c) => c.changedBy === p.practitionerCaller.userId)).toBe(true);

    // The latest page without an offset; a page from an offset.
    expect((await s.listThreadStatusChanges(thread.id, { limit: 2 })).changes.map((c) => c.status)).toEqual([
      "understood",
      "resolved",
    ]);
    expect(
      (await s.listThreadStatusChanges(thread.id, { offset: 0, limit: 1 })).changes.map((c) => c.status),
    ).toEqual(["open"]);
    expect((await s.listClientThreadStatusChanges(clientId)).map((c) => c.id)).toEqual(
      changes.map((c) => c.id),
    );
  });

  it("refuses a session of another client, a change before the latest one, a note without a change", async () => {
    const opened = await s.createThreadFromPieces(clientId, {
      name: "jaw",
      pieceIds: [sessions[0]!.pieces[0]!.id],
    });
    const thread = await change(opened, "understood", { statusSessionId: sessions[1]!.id });
    const other = await s.createClient({ name: "Dan" });
    const elsewhere = await s.createSession(other.id, sessionInput());
    const notHers = await expectDomainError(
      change(thread, "resolved", { statusSessionId: elsewhere.id }),
      "invalid",
    );
    expect(notHers.details.map((d) => d.path)).toEqual(["statusSessionId"]);
    const before = await expectDomainError(
      change(thread, "resolved", { statusSessionId: sessions[0]!.id }),
      "invalid",
    );
    expect(before.details[0]).toMatchObject({
      path: "statusSessionId",
      message: expect.stringMatching(/session 2/),
    });
    const early = await expectDomainError(
      change(thread, "resolved", { statusDate: "2024-01-01" }),
      "invalid",
    );
    expect(early.details.map((d) => d.path)).toEqual(["statusDate"]);
    const same = await expectDomainError(change(thread, "understood", { statusNote: "still" }), "invalid");
    expect(same.details.map((d) => d.path)).toEqual(["status"]);
    const both = await expectDomainError(
      change(thread, "resolved", { statusSessionId: sessions[2]!.id, statusDate: "2024-03-06" }),
      "invalid",
    );
    expect(both.details.map((d) => d.path)).toEqual(["statusDate"]);
    const long = await expectDomainError(
      change(thread, "resolved", { statusNote: "x".repeat(281) }),
      "invalid",
    );
    expect(long.details.map((d) => d.path)).toEqual(["statusNote"]);
    // Nothing of the refused changes was kept: neither the status nor a history row.
    expect((await s.listThreads(clientId)).find((t) => t.id === thread.id)!.status).toBe("understood");
    expect((await s.listThreadStatusChanges(thread.id)).total).toBe(2);
  });

  it("keeps no history row of a change refused as stale (one transaction with the thread)", async () => {
    const thread = await s.createThread(clientId, { name: "jaw" });
    await change(thread, "understood");
    await expectDomainError(change(thread, "resolved", { statusNote: "too late" }), "conflict");
    const { changes } = await s.listThreadStatusChanges(thread.id);
    expect(changes.map((c) => c.status)).toEqual(["open", "understood"]);
  });

  it("colours the threads view's strip by the status in effect at each session, and lists the changes", async () => {
    let thread = await s.createThreadFromPieces(clientId, {
      name: "jaw",
      pieceIds: sessions.map((x) => x.pieces[0]!.id),
    });
    thread = await change(thread, "understood", { statusSessionId: sessions[2]!.id, statusNote: "seen" });
    const untracked = await s.createThreadFromPieces(clientId, {
      name: "late",
      pieceIds: [sessions[3]!.pieces[1]!.id],
    });
    const view = buildThreadsFromRows(await s.readThreadsView(clientId));
    const card = view.threads.find((t) => t.id === thread.id)!;
    expect(card.statusStrip).toEqual(["open", "open", "understood", "understood"]);
    expect(card.statusChanges.map((c) => [c.status, c.sessionNumber, c.note])).toEqual([
      ["open", null, ""],
      ["understood", 3, "seen"],
    ]);
    expect(card.statusChangeCount).toBe(2);
    // Before its first recorded status a thread has none on the strip.
    expect(view.threads.find((t) => t.id === untracked.id)!.statusStrip).toEqual([null, null, null, "open"]);
  });

  it("gives the client their threads' status history in their own copy", async () => {
    const thread = await s.createThread(clientId, { name: "jaw" });
    await change(thread, "understood", { statusNote: "named together" });
    const me = await clientLogin(system, p.practiceId, clientId);
    const own = await me.exportOwnRecord(clientId);
    expect(own.threadStatusChanges.map((c) => [c.threadId, c.status, c.note])).toEqual([
      [thread.id, "open", ""],
      [thread.id, "understood", "named together"],
    ]);
    // The practitioner's working read stays staff-only.
    await expectDomainError(me.listThreadStatusChanges(thread.id), "forbidden");
  });
});
