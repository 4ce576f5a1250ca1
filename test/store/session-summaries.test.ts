// The overview's session list (listSessionSummaries) says what listSessions says about each
// session (id, number, date, status, course, how many pieces) in the same order, counted in SQL:
// sessions without pieces, two on one day, dates not in creation order, signed ones, a course,
// a reflection's pieces (not a session's), and a neighbour client's and another practice's sessions.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { SystemStore } from "../../src/store/store";
import { describeEachStore } from "./each-store";
import { clientLogin, makePractice, piece, sessionInput, type PracticeFixture } from "./fixtures";

describeEachStore("session summaries", (target) => {
  let system: SystemStore;
  let p: PracticeFixture;
  let clientId: string;
  let emptyId: string;

  async function seed(practice: PracticeFixture, dates: string[]): Promise<string> {
    const s = practice.practitioner;
    const client = await s.createClient({ name: "Summary Client" });
    const course = await s.createCourse(client.id, { startDate: "2024-02-01", intention: "ease the jaw" });
    for (const [i, date] of dates.entries()) {
      const pieces = Array.from({ length: (i * 3) % 5 }, (_, k) => piece("body_sensation", `piece ${k}`));
      const created = await s.createSession(client.id, {
        ...sessionInput({ date, pieces }),
        courseId: date >= course.startDate ? course.id : null,
      });
      if (i % 2 === 0) await s.signSession(created.id);
    }
    return client.id;
  }

  beforeAll(async () => {
    system = await target.open();
    p = await makePractice(system);
    // Created out of date order, two on 2024-03-04; the first one has no pieces.
    clientId = await seed(p, [
      "2024-03-04",
      "2024-01-10",
      "2024-03-04",
      "2024-02-20",
      "2024-05-01",
      "2023-12-01",
    ]);
    const me = await clientLogin(system, p.practiceId, clientId);
    await me.createReflection(clientId, {
      date: "2024-03-05",
      text: "shared",
      sharedWithPractitioner: true,
      pieces: [{ kind: "insight", text: "my insight" }],
    });
    await seed(p, ["2024-03-04", "2024-03-06"]);
    await seed(await makePractice(system, "Other Practice"), ["2024-03-04"]);
    emptyId = (await p.practitioner.createClient({ name: "No sessions yet" })).id;
  }, 120_000);
  afterAll(async () => system?.close());

  it("answers each session's number, date, status, course and piece count in listSessions' order", async () => {
    const sessions = await p.practitioner.listSessions(clientId);
    const summaries = await p.practitioner.listSessionSummaries(clientId);
    expect(summaries).toEqual(
      sessions.map((x) => ({
        id: x.id,
        number: x.number,
        date: x.date,
        status: x.status,
        courseId: x.courseId,
        pieceCount: x.pieces.length,
      })),
    );
    // The data covers what the count must get right.
    expect(summaries.map((x) => x.pieceCount)).toContain(0);
    expect(new Set(summaries.map((x) => x.status))).toEqual(new Set(["draft", "signed"]));
    expect(summaries.map((x) => x.date)).toEqual([...summaries.map((x) => x.date)].sort());
    expect(summaries.some((x) => x.courseId !== null) && summaries.some((x) => x.courseId === null)).toBe(
      true,
    );
  });

  it("answers an empty list for a client without sessions", async () => {
    expect(await p.practitioner.listSessionSummaries(emptyId)).toEqual([]);
  });

  it("leaves one audit record per request", async () => {
    await p.practitioner.addCareTeamMember(clientId, p.adminCaller.userId);
    const before = (await p.admin.listAudit({ clientId, limit: 1000 })).length;
    await p.practitioner.listSessionSummaries(clientId);
    const log = await p.admin.listAudit({ clientId, limit: 1000 });
    expect(log.length - before).toBe(1);
    expect([log[0]!.action, log[0]!.resourceType, log[0]!.userId]).toEqual([
      "read",
      "session",
      p.practitionerCaller.userId,
    ]);
  });
});
