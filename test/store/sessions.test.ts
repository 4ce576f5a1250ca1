// Sessions: numbering (also under concurrent inserts), pieces in their own table with ids and
// thread links kept on update, links only within the client, and signing.
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import type { Client } from "../../src/domain";
import type { SystemStore } from "../../src/store/store";
import { describeEachStore } from "./each-store";
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

  it("numbers sessions within their course, and apart from courses within the client", async () => {
    const course = await p.practitioner.createCourse(client.id, { startDate: "2024-01-01" });
    const loose1 = await p.practitioner.createSession(client.id, sessionInput());
    const inCourse1 = await p.practitioner.createSession(client.id, sessionInput({ courseId: course.id }));
    const loose2 = await p.practitioner.createSession(client.id, sessionInput());
    const inCourse2 = await p.practitioner.createSession(client.id, sessionInput({ courseId: course.id }));
    const other = await p.practitioner.createClient({ name: "Sami" });
    const otherFirst = await p.practitioner.createSession(other.id, sessionInput());
    expect([loose1.number, loose2.number, inCourse1.number, inCourse2.number, otherFirst.number]).toEqual([
      1, 2, 1, 2, 1,
    ]);
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

  it("moving a session into a course gives it the next number there", async () => {
    const course = await p.practitioner.createCourse(client.id, { startDate: "2024-01-01" });
    await p.practitioner.createSession(client.id, sessionInput({ courseId: course.id }));
    const loose = await p.practitioner.createSession(client.id, sessionInput());
    const moved = await p.practitioner.updateSession(loose.id, sessionInput({ courseId: course.id }));
    expect(moved.number).toBe(2);
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
      date: "2024-03-04",
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
    expect(await p.practitioner.getSession(created.id)).toEqual(updated);

    // Sending the piece without the thread unlinks it.
    await p.practitioner.updateSession(created.id, {
      date: "2024-03-04",
      pieces: [{ ...tight!, threadIds: [] }],
    });
    expect((await p.practitioner.listThreads(client.id))[0]!.pieceIds).toEqual([]);
  });

  it("refuses a piece id that is not one of this session's pieces", async () => {
    const a = await p.practitioner.createSession(client.id, sessionInput());
    const b = await p.practitioner.createSession(client.id, sessionInput());
    const err = await expectDomainError(
      p.practitioner.updateSession(b.id, {
        date: "2024-03-04",
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

  it("signs a session once; a signed session cannot be changed", async () => {
    const draft = await p.practitioner.createSession(client.id, sessionInput());
    const signed = await p.practitioner.signSession(draft.id);
    expect(signed).toMatchObject({ status: "signed", pieces: draft.pieces });
    expect(signed.signedAt).not.toBeNull();
    await expectDomainError(
      p.practitioner.updateSession(draft.id, sessionInput({ narrative: "changed" })),
      "conflict",
    );
    await expectDomainError(p.practitioner.signSession(draft.id), "conflict");
    expect((await p.practitioner.getSession(draft.id)).narrative).toBe(draft.narrative);
  });
});
