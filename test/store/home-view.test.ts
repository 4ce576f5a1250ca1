// The home's one read: the caller's clients that are not archived, in name order, each with its
// session count and latest session in process order, and every draft among their sessions.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Session } from "../../src/domain";
import type { SystemStore } from "../../src/store/store";
import { describeEachStore } from "./each-store";
import { addColleague, makePractice, sessionInput, type PracticeFixture } from "./fixtures";

describeEachStore("home view", (target) => {
  let system: SystemStore;
  let p: PracticeFixture;
  beforeAll(async () => {
    system = await target.open();
    p = await makePractice(system);
  });
  afterAll(async () => {
    await system?.close();
  });

  const ref = (s: Session) => ({
    id: s.id,
    number: s.number,
    date: s.date,
    status: s.status,
    courseId: s.courseId,
  });

  it("reads each client's count and latest session, the drafts in order, and nothing archived or off the care team", async () => {
    const zoe = await p.practitioner.createClient({ name: "zoe" });
    const anna = await p.practitioner.createClient({ name: "Anna" });
    const idle = await p.practitioner.createClient({ name: "Mia" });
    const gone = await p.practitioner.createClient({ name: "Bea" });
    const older = await p.practitioner.createSession(anna.id, sessionInput({ date: "2024-01-10" }));
    const signed = await p.practitioner.signSession(
      (await p.practitioner.createSession(anna.id, sessionInput({ date: "2024-02-10" }))).id,
    );
    // Written later but earlier in the process: the latest is by date, not by writing.
    const backdated = await p.practitioner.createSession(anna.id, sessionInput({ date: "2023-12-01" }));
    const zoeDraft = await p.practitioner.createSession(zoe.id, sessionInput({ date: "2024-03-01" }));
    await p.practitioner.createSession(gone.id, sessionInput({ date: "2024-03-02" }));
    await p.practitioner.updateClient(gone.id, { ...gone, status: "archived" });
    const { store: theirs } = await addColleague(system, p);
    const other = await theirs.createClient({ name: "Aaron" });
    await theirs.createSession(other.id, sessionInput());

    const home = await p.practitioner.readHomeView();
    expect(home.clients).toEqual([
      { id: anna.id, name: "Anna", lastSession: ref(signed), sessions: 3 },
      { id: idle.id, name: "Mia", lastSession: null, sessions: 0 },
      { id: zoe.id, name: "zoe", lastSession: ref(zoeDraft), sessions: 1 },
    ]);
    expect(home.drafts).toEqual([
      { clientId: anna.id, session: ref(backdated) },
      { clientId: anna.id, session: ref(older) },
      { clientId: zoe.id, session: ref(zoeDraft) },
    ]);
    expect(await theirs.readHomeView()).toEqual({
      clients: [{ id: other.id, name: "Aaron", lastSession: expect.any(Object), sessions: 1 }],
      drafts: [{ clientId: other.id, session: expect.any(Object) }],
    });
  });
});
