// Sessions: numbering per client across courses (also under concurrent inserts), pieces in their
// own table with ids and thread links kept on update, links only within the client, versions,
// signing exactly the version seen, and amendments beside the original.
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import type { Client, VersionConflict } from "../../src/domain";
import type { SystemStore } from "../../src/store/store";
import { describeEachStore } from "./each-store";
import { sessionUpdate } from "./capture-fixtures";
import { expectDomainError, makePractice, piece, sessionInput, type PracticeFixture } from "./fixtures";

describeEachStore("sessions", (target) => {
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
    client = await p.practitioner.createClient({ name: "Rosa" });
  });

  it("numbers sessions per client across courses; a course shows its own sequence beside it", async () => {
    const course = await p.practitioner.createCourse(client.id, { startDate: "2024-01-01" });
    const loose1 = await p.practitioner.createSession(client.id, sessionInput({ courseId: null }));
    const inCourse1 = await p.practitioner.createSession(client.id, sessionInput({ courseId: course.id }));
    const loose2 = await p.practitioner.createSession(client.id, sessionInput({ courseId: null }));
    const inCourse2 = await p.practitioner.createSession(client.id, sessionInput({ courseId: course.id }));
    const other = await p.practitioner.createClient({ name: "Sami" });
    const otherFirst = await p.practitioner.createSession(other.id, sessionInput());
    expect([loose1, inCourse1, loose2, inCourse2, otherFirst].map((s) => s.number)).toEqual([1, 2, 3, 4, 1]);
    expect([loose1, inCourse1, loose2, inCourse2].map((s) => s.courseNumber)).toEqual([null, 1, null, 2]);
    expect((await p.practitioner.listCourses(client.id))[0]!.sessionCount).toBe(2);
  });

  it("gives a client's twelfth session number 12, in the open course by default", async () => {
    const closed = await p.practitioner.createCourse(client.id, {
      startDate: "2023-01-01",
      endDate: "2023-06-30",
    });
    for (let i = 1; i <= 6; i++)
      await p.practitioner.createSession(
        client.id,
        sessionInput({ date: `2023-0${i}-01`, courseId: closed.id }),
      );
    const open = await p.practitioner.createCourse(client.id, {
      startDate: "2024-01-01",
      intention: "settle the jaw",
      plannedSessions: 8,
    });
    for (let i = 1; i <= 5; i++)
      await p.practitioner.createSession(client.id, sessionInput({ date: `2024-0${i}-01` }));
    const { courseId: _omitted, ...noCourse } = sessionInput({ date: "2024-06-01" });
    const twelfth = await p.practitioner.createSession(client.id, noCourse);
    expect(twelfth).toMatchObject({ number: 12, courseId: open.id, courseNumber: 6 });
    const outside = await p.practitioner.createSession(client.id, sessionInput({ courseId: null }));
    expect(outside).toMatchObject({ number: 13, courseId: null, courseNumber: null });
  });

  it("a new session answers as a read of it does, and names only a course of its own client", async () => {
    const course = await p.practitioner.createCourse(client.id, { startDate: "2024-01-01" });
    for (let i = 0; i < 3; i++)
      await p.practitioner.createSession(client.id, sessionInput({ courseId: course.id }));
    const named = await p.practitioner.createSession(client.id, sessionInput({ courseId: course.id }));
    expect(named).toMatchObject({ number: 4, courseId: course.id, courseNumber: 4 });
    expect(named).toEqual(await p.practitioner.getSession(named.id));
    const other = await p.practitioner.createClient({ name: "Sami" });
    const othersCourse = await p.practitioner.createCourse(other.id, { startDate: "2024-01-01" });
    const refused = await expectDomainError(
      p.practitioner.createSession(client.id, sessionInput({ courseId: othersCourse.id })),
      "invalid",
    );
    expect(refused.details.map((d) => d.path)).toEqual(["courseId"]);
    const unknown = await expectDomainError(
      p.practitioner.createSession(client.id, sessionInput({ courseId: "no-such-course" })),
      "invalid",
    );
    expect(unknown.details.map((d) => d.path)).toEqual(["courseId"]);
    expect((await p.practitioner.listSessions(client.id)).map((s) => s.number)).toEqual([1, 2, 3, 4]);
  });

  it("lists sessions a page at a time, the latest page without an offset, each as a read of it gives", async () => {
    const course = await p.practitioner.createCourse(client.id, { startDate: "2024-01-01" });
    const made = [];
    for (let i = 1; i <= 5; i++)
      made.push(
        await p.practitioner.createSession(
          client.id,
          sessionInput({ date: `2024-0${i}-01`, courseId: i % 2 ? course.id : null }),
        ),
      );
    const signed = await p.practitioner.signSession(made[3]!.id, made[3]!.version);
    await p.practitioner.amendSession(signed.id, {
      version: signed.version,
      reason: "a word was wrong",
      changes: { narrative: "amended words" },
    });
    const other = await p.practitioner.createClient({ name: "Sami" });
    await p.practitioner.createSession(other.id, sessionInput());

    const latest = await p.practitioner.listSessionsPage(client.id, { limit: 2 });
    expect({ total: latest.total, offset: latest.offset }).toEqual({ total: 5, offset: 3 });
    const whole = await p.practitioner.listSessions(client.id);
    expect(latest.items).toEqual(whole.slice(3));
    expect(latest.items[0]).toEqual(await p.practitioner.getSession(made[3]!.id));
    expect(latest.items[0]!.amendments).toHaveLength(1);
    expect(latest.items[0]!.signedByName).not.toBeNull();
    const first = await p.practitioner.listSessionsPage(client.id, { offset: 0, limit: 2 });
    expect(first.items).toEqual(whole.slice(0, 2));
    expect(first.items.map((s) => s.courseNumber)).toEqual([1, null]);
    expect((await p.practitioner.listSessionsPage(client.id, { offset: 5 })).items).toEqual([]);
    expect((await p.practitioner.listSessionsPage(client.id)).items).toEqual(whole);
    const refused = await expectDomainError(
      p.practitioner.listSessionsPage(client.id, { limit: 500 }),
      "invalid",
    );
    expect(refused.details.map((d) => d.path)).toEqual(["limit"]);
  });

  it("lists a long process whole, beyond one stretch of reading, as its pages give it", async () => {
    const course = await p.practitioner.createCourse(client.id, { startDate: "2020-01-01" });
    // Two sessions share each date, so the order within a date (by number) is exercised too.
    for (let i = 0; i < 205; i++) {
      const day = new Date(Date.UTC(2020, 0, 1 + Math.floor(i / 2))).toISOString().slice(0, 10);
      await p.practitioner.createSession(
        client.id,
        sessionInput({ date: day, courseId: i % 3 ? course.id : null, pieces: [] }),
      );
    }
    const whole = await p.practitioner.listSessions(client.id);
    expect(whole.map((s) => s.number)).toEqual(Array.from({ length: 205 }, (_, i) => i + 1));
    const pages = [];
    for (let offset = 0; offset < 205; offset += 200)
      pages.push(...(await p.practitioner.listSessionsPage(client.id, { offset, limit: 200 })).items);
    expect(whole).toEqual(pages);
    const inCourse = whole.filter((s) => s.courseId === course.id);
    expect(inCourse.map((s) => s.courseNumber)).toEqual(inCourse.map((_, i) => i + 1));
  });

  it("gives concurrent new sessions distinct consecutive numbers", async () => {
    const created = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        p.practitioner.createSession(client.id, sessionInput({ narrative: `session ${i}` })),
      ),
    );
    expect(created.map((s) => s.number).sort((a, b) => a - b)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
  });

  it("moving a session into a course keeps its number and gives it its place in the course", async () => {
    const course = await p.practitioner.createCourse(client.id, { startDate: "2024-01-01" });
    await p.practitioner.createSession(client.id, sessionInput({ courseId: course.id }));
    const loose = await p.practitioner.createSession(client.id, sessionInput({ courseId: null }));
    const moved = await p.practitioner.updateSession(loose.id, sessionUpdate(loose, { courseId: course.id }));
    expect(moved).toMatchObject({ number: 2, courseNumber: 2, version: 2 });
  });

  it("stores a draft with its pieces in order, normalised for their kind", async () => {
    const session = await p.practitioner.createSession(client.id, {
      date: "2024-03-04",
      durationMinutes: 75,
      pieces: [
        piece("emotion", "grief rose in the throat", {
          emotions: ["sadness", "sadness"],
          age: 5,
          regions: ["throat", "throat"],
        }),
        piece("visual", "a red and gold light", { colours: ["red", "gold"], start: 10, end: 30 }),
      ],
    });
    expect(session).toMatchObject({
      clientId: client.id,
      practitionerId: p.practitionerCaller.userId,
      status: "draft",
      signedAt: null,
      courseId: null,
      durationMinutes: 75,
      checkIn: "",
      techniques: [],
    });
    expect(session.pieces).toMatchObject([
      {
        kind: "emotion",
        emotions: ["sadness"],
        age: null,
        regions: ["throat"],
        position: 0,
        sessionId: session.id,
        reflectionId: null,
      },
      { kind: "visual", colours: ["red", "gold"], start: 10, end: 30, position: 1 },
    ]);
    expect(await p.practitioner.getSession(session.id)).toEqual(session);
  });

  it("lists a client's sessions oldest first, each with its own pieces", async () => {
    const late = await p.practitioner.createSession(client.id, sessionInput({ date: "2024-05-01" }));
    const early = await p.practitioner.createSession(
      client.id,
      sessionInput({ date: "2024-02-01", pieces: [piece("insight", "I can rest")] }),
    );
    const listed = await p.practitioner.listSessions(client.id);
    expect(listed).toEqual([early, late]);
    expect(listed[0]!.pieces.map((x) => x.text)).toEqual(["I can rest"]);
  });

  it("on update keeps the id and thread links of each piece sent with its id, adds new pieces and drops missing ones", async () => {
    const thread = await p.practitioner.createThread(client.id, { name: "throat" });
    const character = await p.practitioner.createCharacter(client.id, {
      label: "little girl",
      aspect: "child",
    });
    const created = await p.practitioner.createSession(client.id, {
      date: "2024-03-04",
      pieces: [
        piece("body_sensation", "tight throat", { threadIds: [thread.id] }),
        piece("character", "a little girl in the corner", {
          character: "little girl",
          aspect: "child",
          characterId: character.id,
        }),
        piece("release", "a long sigh"),
      ],
    });
    const [tight, girl, sigh] = created.pieces;
    expect(tight!.threadIds).toEqual([thread.id]);

    const updated = await p.practitioner.updateSession(created.id, {
      ...sessionUpdate(created),
      narrative: "edited",
      pieces: [
        { ...girl!, text: "a little girl, six years old" },
        tight!,
        piece("insight", "my voice matters", { threadIds: [thread.id] }),
      ],
    });
    expect(updated.pieces.map((x) => x.id).slice(0, 2)).toEqual([girl!.id, tight!.id]);
    expect(updated.pieces.map((x) => x.position)).toEqual([0, 1, 2]);
    expect(updated.pieces[0]).toMatchObject({
      text: "a little girl, six years old",
      characterId: character.id,
      createdAt: girl!.createdAt,
    });
    expect(updated.pieces[1]!.threadIds).toEqual([thread.id]);
    expect(updated.pieces.some((x) => x.id === sigh!.id)).toBe(false);
    const insight = updated.pieces[2]!;

    const [listedThread] = await p.practitioner.listThreads(client.id);
    expect([...listedThread!.pieceIds].sort()).toEqual([tight!.id, insight.id].sort());
    // The session form's choices: the same thread, without the ids of its pieces.
    const { pieceIds: _, ...own } = listedThread!;
    expect(await p.practitioner.listThreadSummaries(client.id)).toEqual([own]);
    expect(await p.practitioner.getSession(created.id)).toEqual(updated);

    // Sending the piece without the thread unlinks it.
    await p.practitioner.updateSession(created.id, {
      ...sessionUpdate(updated),
      pieces: [{ ...tight!, threadIds: [] }],
    });
    expect((await p.practitioner.listThreads(client.id))[0]!.pieceIds).toEqual([]);
  });

  it("refuses a piece id that is not one of this session's pieces", async () => {
    const a = await p.practitioner.createSession(client.id, sessionInput());
    const b = await p.practitioner.createSession(client.id, sessionInput());
    const err = await expectDomainError(
      p.practitioner.updateSession(b.id, {
        ...sessionUpdate(b),
        pieces: [piece("insight", "x"), { ...a.pieces[0]! }],
      }),
      "invalid",
    );
    expect(err.details).toEqual([{ path: "pieces.1.id", message: expect.any(String) }]);
  });

  it("refuses links to another client's character or thread, naming the piece field", async () => {
    const other = await p.practitioner.createClient({ name: "Other" });
    const theirThread = await p.practitioner.createThread(other.id, { name: "theirs" });
    const theirCharacter = await p.practitioner.createCharacter(other.id, { label: "wolf" });
    const ownThread = await p.practitioner.createThread(client.id, { name: "mine" });
    const err = await expectDomainError(
      p.practitioner.createSession(client.id, {
        date: "2024-03-04",
        pieces: [
          piece("insight", "fine"),
          piece("body_sensation", "x", { threadIds: [ownThread.id, theirThread.id] }),
          piece("character", "a wolf", { characterId: theirCharacter.id }),
        ],
      }),
      "invalid",
    );
    expect(err.details.map((d) => d.path)).toEqual(["pieces.1.threadIds.1", "pieces.2.characterId"]);
    expect(await p.practitioner.listSessions(client.id)).toEqual([]);
  });

  it("refuses a course of another client", async () => {
    const other = await p.practitioner.createClient({ name: "Other" });
    const theirCourse = await p.practitioner.createCourse(other.id, { startDate: "2024-01-01" });
    const err = await expectDomainError(
      p.practitioner.createSession(client.id, sessionInput({ courseId: theirCourse.id })),
      "invalid",
    );
    expect(err.details[0]?.path).toBe("courseId");
  });

  it("signs a session once, saying who signed; a signed session cannot be changed", async () => {
    const draft = await p.practitioner.createSession(client.id, sessionInput());
    const signed = await p.practitioner.signSession(draft.id, draft.version);
    expect(signed).toMatchObject({
      status: "signed",
      pieces: draft.pieces,
      signedBy: p.practitionerCaller.userId,
      signedByName: "Pia Practitioner",
      number: draft.number,
      version: draft.version + 1,
    });
    expect(signed.signedAt).not.toBeNull();
    await expectDomainError(
      p.practitioner.updateSession(draft.id, sessionUpdate(signed, { narrative: "changed" })),
      "conflict",
    );
    await expectDomainError(p.practitioner.signSession(draft.id, signed.version), "conflict");
    expect((await p.practitioner.getSession(draft.id)).narrative).toBe(draft.narrative);
  });

  it("a stale update answers a conflict with the current record and the fields that differ", async () => {
    const opened = await p.practitioner.createSession(client.id, sessionInput());
    const theirs = await p.practitioner.updateSession(
      opened.id,
      sessionUpdate(opened, { narrative: "theirs" }),
    );
    const err = await expectDomainError(
      p.practitioner.updateSession(
        opened.id,
        sessionUpdate(opened, { narrative: "mine", insights: "mine too" }),
      ),
      "conflict",
    );
    expect((err as VersionConflict).current).toEqual(theirs);
    expect(err.details.map((d) => d.path)).toEqual(["narrative", "insights"]);
    expect((await p.practitioner.getSession(opened.id)).narrative).toBe("theirs");
  });

  it("a sign with a stale version is a conflict and leaves the draft as it is", async () => {
    const opened = await p.practitioner.createSession(client.id, sessionInput());
    await p.practitioner.updateSession(opened.id, sessionUpdate(opened, { narrative: "edited meanwhile" }));
    const err = await expectDomainError(p.practitioner.signSession(opened.id, opened.version), "conflict");
    expect((err as VersionConflict).current).toMatchObject({
      narrative: "edited meanwhile",
      status: "draft",
    });
    expect((await p.practitioner.getSession(opened.id)).status).toBe("draft");
  });

  it("an update leaving out a field is refused rather than resetting it", async () => {
    const opened = await p.practitioner.createSession(client.id, sessionInput({ insights: "keep me" }));
    const { insights: _left, ...partial } = sessionUpdate(opened);
    const err = await expectDomainError(p.practitioner.updateSession(opened.id, partial as never), "invalid");
    expect(err.details.map((d) => d.path)).toEqual(["insights"]);
    expect((await p.practitioner.getSession(opened.id)).insights).toBe("keep me");
  });

  it("an edit racing a sign never leaves a signed record holding text the signer did not see", async () => {
    for (let i = 0; i < 20; i++) {
      const seen = await p.practitioner.createSession(client.id, sessionInput({ narrative: "as seen" }));
      const results = await Promise.allSettled([
        p.practitioner.updateSession(seen.id, sessionUpdate(seen, { narrative: `edit ${i}` })),
        p.practitioner.signSession(seen.id, seen.version),
      ]);
      const after = await p.practitioner.getSession(seen.id);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      if (after.status === "signed") expect(after.narrative).toBe("as seen");
      else expect(after.narrative).toBe(`edit ${i}`);
    }
  });

  it("amends a signed session with a reason, signed, keeping the original beside it", async () => {
    const draft = await p.practitioner.createSession(client.id, sessionInput({ narrative: "original" }));
    const signed = await p.practitioner.signSession(draft.id, draft.version);
    await expectDomainError(
      p.practitioner.amendSession(draft.id, {
        version: draft.version,
        reason: "typo",
        changes: { narrative: "x" },
      }),
      "conflict",
    );
    const amended = await p.practitioner.amendSession(draft.id, {
      version: signed.version,
      reason: "the client corrected her age",
      changes: { narrative: "original, corrected" },
    });
    expect(amended).toMatchObject({ narrative: "original", status: "signed", version: signed.version + 1 });
    expect(amended.amendments).toEqual([
      {
        id: expect.any(String),
        reason: "the client corrected her age",
        changes: { narrative: "original, corrected" },
        signedBy: p.practitionerCaller.userId,
        signedByName: "Pia Practitioner",
        signedAt: expect.any(String),
      },
    ]);
    expect(await p.practitioner.getSession(draft.id)).toEqual(amended);
    await expectDomainError(
      p.practitioner.amendSession(draft.id, {
        version: amended.version,
        reason: "",
        changes: { narrative: "y" },
      }),
      "invalid",
    );
    const trail = await p.admin.listAudit({ clientId: client.id });
    expect(trail.filter((a) => a.resourceId === draft.id).map((a) => a.action)).toEqual(
      expect.arrayContaining(["create", "sign", "update"]),
    );
  });
});
