// The workspace (issue 11), both stores: threads made from pieces chosen in the mosaic (signed
// sessions' pieces too), merging two characters (links move, written text stays), and shared
// reflections unread per person until opened.
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import type { SystemStore } from "../../src/store/store";
import { describeEachStore } from "./each-store";
import {
  clientLogin,
  expectDomainError,
  makePractice,
  piece,
  sessionInput,
  type PracticeFixture,
} from "./fixtures";

describeEachStore("threads from pieces, merged characters, unread reflections", (target) => {
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

  async function clientWithSessions() {
    const s = p.practitioner;
    const client = await s.createClient({ name: "Lena" });
    const girl = await s.createCharacter(client.id, {
      label: "little girl",
      aspect: "child",
      description: "Shy.",
    });
    const child = await s.createCharacter(client.id, { label: "child", aspect: "other" });
    const signed = await s.signSession(
      (
        await s.createSession(client.id, {
          ...sessionInput({ date: "2024-02-01", narrative: "A little girl by the sea. My jaw softened." }),
          pieces: [
            piece("character", "A little girl by the sea", {
              character: "little girl",
              characterId: girl.id,
            }),
            piece("release", "My jaw softened", { regions: ["jaw"] }),
          ],
        })
      ).id,
    );
    const draft = await s.createSession(client.id, {
      ...sessionInput({ date: "2024-03-01", narrative: "The child said: stay." }),
      pieces: [piece("message", "The child said: stay", { character: "child", characterId: child.id })],
    });
    return { client, girl, child, signed, draft };
  }

  it("creates a thread holding pieces of a signed session and a draft, leaving the signed session as signed", async () => {
    const s = p.practitioner;
    const { client, signed, draft } = await clientWithSessions();
    const ids = [signed.pieces[1]!.id, draft.pieces[0]!.id];
    const thread = await s.createThreadFromPieces(client.id, {
      name: "Jaw and staying",
      pieceIds: [...ids, ids[0]!],
    });
    expect(thread).toMatchObject({ name: "Jaw and staying", status: "open", version: 1 });
    expect(thread.pieceIds).toEqual([...ids].sort());
    const after = await s.getSession(signed.id);
    expect(after.version).toBe(signed.version);
    expect(after.narrative).toBe(signed.narrative);
    expect(after.pieces[1]!.threadIds).toEqual([thread.id]);
    expect((await s.listThreads(client.id)).find((t) => t.id === thread.id)?.pieceIds).toEqual(
      thread.pieceIds,
    );
  });

  it("adds chosen pieces to an existing thread, keeping the links it had", async () => {
    const s = p.practitioner;
    const { client, signed, draft } = await clientWithSessions();
    const thread = await s.createThreadFromPieces(client.id, {
      name: "Sea",
      pieceIds: [signed.pieces[0]!.id],
    });
    const more = await s.addPiecesToThread(thread.id, {
      pieceIds: [signed.pieces[0]!.id, draft.pieces[0]!.id],
    });
    expect(more.pieceIds).toEqual([signed.pieces[0]!.id, draft.pieces[0]!.id].sort());
    expect(more.version).toBe(thread.version);
  });

  it("refuses pieces of another client and of a reflection the client kept private, naming each", async () => {
    const s = p.practitioner;
    const { client, signed } = await clientWithSessions();
    const other = await clientWithSessions();
    const me = await clientLogin(system, p.practiceId, client.id);
    const privateOne = await me.createReflection(client.id, {
      date: "2024-03-02",
      text: "Only mine.",
      pieces: [piece("insight", "Only mine")],
    });
    const err = await expectDomainError(
      s.createThreadFromPieces(client.id, {
        name: "x",
        pieceIds: [signed.pieces[0]!.id, other.signed.pieces[0]!.id, privateOne.pieces[0]!.id],
      }),
      "invalid",
    );
    expect(err.details.map((d) => d.path)).toEqual(["pieceIds.1", "pieceIds.2"]);
    expect((await s.listThreads(client.id)).length).toBe(0);
  });

  it("merges a character into another: pieces re-pointed with their written label, notes and aspect kept, the merged one gone and audited", async () => {
    const s = p.practitioner;
    const { client, girl, child, signed, draft } = await clientWithSessions();
    await s.saveDraft(client.id, "session-new", { content: { pieces: [{ characterId: child.id }] } });
    const kept = await s.mergeCharacters(girl.id, { mergedId: child.id, version: 1, mergedVersion: 1 });
    expect(kept).toMatchObject({ id: girl.id, label: "little girl", aspect: "child", version: 2 });
    expect(kept.description).toMatch(
      /^Shy\.\n\nMerged on \d{4}-\d\d-\d\d with “child” \(seen then as other\)\.$/,
    );
    expect((await s.listCharacters(client.id)).map((c) => c.id)).toEqual([girl.id]);
    const moved = (await s.getSession(draft.id)).pieces[0]!;
    expect(moved).toMatchObject({ characterId: girl.id, character: "child", text: "The child said: stay" });
    expect((await s.listDrafts(client.id))[0]!.content).toEqual({ pieces: [{ characterId: girl.id }] });
    const stillSigned = await s.getSession(signed.id);
    expect(stillSigned.version).toBe(signed.version);
    expect(stillSigned.pieces[0]).toMatchObject({ characterId: girl.id, character: "little girl" });

    await p.practitioner.addCareTeamMember(client.id, p.adminCaller.userId);
    const log = await p.admin.listAudit({ clientId: client.id, limit: 50 });
    const changes = log.filter((r) => r.resourceType === "character" && r.action !== "read");
    // Newest first: the merged one's removal and the kept one's update, after the two creations.
    expect(changes.slice(0, 2).map((r) => [r.action, r.resourceId])).toEqual(
      expect.arrayContaining([
        ["update", girl.id],
        ["delete", child.id],
      ]),
    );
  });

  it("refuses a merge from a stale version or into itself, changing nothing", async () => {
    const s = p.practitioner;
    const { client, girl, child, draft } = await clientWithSessions();
    await expectDomainError(
      s.mergeCharacters(girl.id, { mergedId: child.id, version: 1, mergedVersion: 2 }),
      "conflict",
    );
    await expectDomainError(
      s.mergeCharacters(girl.id, { mergedId: girl.id, version: 1, mergedVersion: 1 }),
      "invalid",
    );
    expect((await s.listCharacters(client.id)).length).toBe(2);
    expect((await s.getSession(draft.id)).pieces[0]!.characterId).toBe(child.id);
  });

  it("lists a shared reflection as unread for each practitioner until that one marks it read", async () => {
    const s = p.practitioner;
    const { client } = await clientWithSessions();
    await s.addCareTeamMember(client.id, p.adminCaller.userId);
    const me = await clientLogin(system, p.practiceId, client.id);
    const shared = await me.createReflection(client.id, {
      date: "2024-01-15",
      text: "After the session I dreamt of the sea.",
      sharedWithPractitioner: true,
    });
    await me.createReflection(client.id, { date: "2024-03-05", text: "Kept to myself." });
    // Dated before the latest session, still unread: reading is per person, not by date.
    expect(await s.listUnreadReflections()).toEqual([
      {
        id: shared.id,
        clientId: client.id,
        clientName: "Lena",
        date: "2024-01-15",
        excerpt: "After the session I dreamt of the sea.",
      },
    ]);
    expect(
      await s.markReflectionsRead(client.id, { reflectionIds: [shared.id, "not-a-reflection"] }),
    ).toEqual({ marked: 1, reflectionIds: [shared.id] });
    expect(await s.listUnreadReflections()).toEqual([]);
    expect((await p.admin.listUnreadReflections()).map((r) => r.id)).toEqual([shared.id]);
    expect(await s.markReflectionsRead(client.id, { reflectionIds: [shared.id] })).toEqual({
      marked: 0,
      reflectionIds: [],
    });
  });

  it("shows no unread reflection of a client whose care team one is not on", async () => {
    const { client } = await clientWithSessions();
    const me = await clientLogin(system, p.practiceId, client.id);
    await me.createReflection(client.id, {
      date: "2024-01-15",
      text: "Shared.",
      sharedWithPractitioner: true,
    });
    expect(await p.admin.listUnreadReflections()).toEqual([]);
  });
});
