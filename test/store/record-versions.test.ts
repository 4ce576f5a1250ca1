// Versions on every editable record (store level, both stores): each change raises the version;
// a change from an older version is a VersionConflict carrying the record as it is; withdrawing a
// consent names its version too. Drafts are the author's alone and replaced on each save.
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { VersionConflict, type Client } from "../../src/domain";
import type { SystemStore } from "../../src/store/store";
import {
  characterUpdate,
  clientUpdate,
  courseUpdate,
  lifeEventUpdate,
  sessionUpdate,
  threadUpdate,
} from "./capture-fixtures";
import { describeEachStore } from "./each-store";
import { expectDomainError, makePractice, sessionInput, type PracticeFixture } from "./fixtures";

describeEachStore("record versions and drafts", (target) => {
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

  it("refuses a change from an older version of every editable record, with the record as it is", async () => {
    const s = p.practitioner;
    const c = await s.createClient({ name: "Mara" });
    const course = await s.createCourse(client.id, { startDate: "2024-01-01" });
    const session = await s.createSession(client.id, sessionInput());
    const character = await s.createCharacter(client.id, { label: "wolf" });
    const thread = await s.createThread(client.id, { name: "throat" });
    const event = await s.createLifeEvent(client.id, { title: "moved" });
    const edits: Array<[string, (v: number) => Promise<{ version: number }>]> = [
      ["client", (v) => s.updateClient(c.id, { ...clientUpdate(c, { pronouns: `p${v}` }), version: v })],
      [
        "course",
        (v) => s.updateCourse(course.id, { ...courseUpdate(course, { intention: `i${v}` }), version: v }),
      ],
      [
        "session",
        (v) => s.updateSession(session.id, { ...sessionUpdate(session, { narrative: `n${v}` }), version: v }),
      ],
      [
        "character",
        (v) =>
          s.updateCharacter(character.id, {
            ...characterUpdate(character, { description: `d${v}` }),
            version: v,
          }),
      ],
      [
        "thread",
        (v) => s.updateThread(thread.id, { ...threadUpdate(thread, { description: `d${v}` }), version: v }),
      ],
      [
        "life event",
        (v) => s.updateLifeEvent(event.id, { ...lifeEventUpdate(event, { notes: `n${v}` }), version: v }),
      ],
    ];
    for (const [what, edit] of edits) {
      expect((await edit(1)).version, what).toBe(2);
      const err = await expectDomainError(edit(1), "conflict");
      expect(err, what).toBeInstanceOf(VersionConflict);
      expect((err as VersionConflict).current, what).toMatchObject({ version: 2 });
      expect((await edit(2)).version, what).toBe(3);
    }
    const consent = await s.createConsent(client.id, {
      purpose: "research",
      granted: true,
      date: "2024-01-01",
    });
    await expectDomainError(s.withdrawConsent(consent.id, 2), "conflict");
    expect(await s.withdrawConsent(consent.id, 1)).toMatchObject({ version: 2 });
  });

  it("keeps each user's drafts to themselves, one per form, replaced on each save", async () => {
    await p.practitioner.saveDraft(client.id, "session-new", { content: { narrative: "first" } });
    await p.practitioner.saveDraft(client.id, "session-new", {
      content: { narrative: "second" },
      baseVersion: 3,
    });
    const mine = await p.practitioner.listDrafts(client.id);
    expect(mine).toEqual([
      {
        key: "session-new",
        clientId: client.id,
        content: { narrative: "second" },
        baseVersion: 3,
        savedAt: expect.any(String),
      },
    ]);
    expect(await p.admin.listDrafts(client.id).catch(() => [])).toEqual([]);
    await expectDomainError(p.practitioner.saveDraft(client.id, "Not A Key", { content: {} }), "invalid");
    await p.practitioner.deleteDraft(client.id, "session-new");
    expect(await p.practitioner.listDrafts(client.id)).toEqual([]);
  });
});
