// Saving a session with many pieces: new and changed pieces are written together, unchanged
// ones are left as they are, and whatever mix of edits one update carries, the session read back
// afterwards is exactly what was sent (ids, creation times and thread links kept), on each store.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Client, PieceInput, Session } from "../../src/domain";
import type { SystemStore } from "../../src/store/store";
import { sessionUpdate } from "./capture-fixtures";
import { describeEachStore } from "./each-store";
import { makePractice, piece, sessionInput, type PracticeFixture } from "./fixtures";

describeEachStore("saving a session with many pieces", (target) => {
  let system: SystemStore;
  let p: PracticeFixture;
  let client: Client;
  beforeAll(async () => {
    system = await target.open();
    p = await makePractice(system);
    client = await p.practitioner.createClient({ name: "Noor" });
  });
  afterAll(async () => {
    await system?.close();
  });

  const thirty = (): PieceInput[] =>
    Array.from({ length: 30 }, (_, i) =>
      piece("body_sensation", `warmth ${i} in the jaw`, { regions: ["jaw"] }),
    );
  const asSent = (s: Session) =>
    s.pieces.map(({ id, kind, text, regions, emotions, threadIds, createdAt }) => ({
      id,
      kind,
      text,
      regions,
      emotions,
      threadIds,
      createdAt,
    }));

  it("an update that edits, reorders, removes and adds pieces at once reads back as sent", async () => {
    const thread = await p.practitioner.createThread(client.id, { name: "jaw" });
    const created = await p.practitioner.createSession(client.id, sessionInput({ pieces: thirty() }));
    const [first, second, third, ...rest] = created.pieces;
    const sent: PieceInput[] = [
      { ...third!, kind: "emotion", text: "the jaw let go", emotions: ["relief"], threadIds: [thread.id] },
      { ...first! },
      ...rest.slice(0, 20).map((x) => ({ ...x })),
      piece("insight", "I can rest"),
    ];
    const updated = await p.practitioner.updateSession(created.id, sessionUpdate(created, { pieces: sent }));
    expect(updated.pieces).toHaveLength(23);
    expect(updated.pieces[0]).toMatchObject({
      id: third!.id,
      text: "the jaw let go",
      emotions: ["relief"],
      threadIds: [thread.id],
      createdAt: third!.createdAt,
    });
    expect(updated.pieces[1]).toMatchObject({ id: first!.id, position: 1, createdAt: first!.createdAt });
    expect(updated.pieces.map((x) => x.id)).not.toContain(second!.id);
    expect(updated.pieces[22]).toMatchObject({ kind: "insight", text: "I can rest" });
    const reread = await p.practitioner.getSession(created.id);
    expect(asSent(reread)).toEqual(asSent(updated));
    expect(reread.pieces.map((x) => x.position)).toEqual([...Array(23).keys()]);
  });

  it("an update that changes no piece keeps every piece and its search hits", async () => {
    const created = await p.practitioner.createSession(
      client.id,
      sessionInput({ date: "2023-05-06", pieces: [piece("visual", "a lighthouse on the cliff")] }),
    );
    const moved = await p.practitioner.updateSession(
      created.id,
      sessionUpdate(created, { date: "2022-05-06", durationMinutes: 75 }),
    );
    expect(asSent(moved)).toEqual(asSent(created));
    expect(moved).toMatchObject({ date: "2022-05-06", durationMinutes: 75 });
    const hits = await p.practitioner.search("lighthouse", 10, { year: "2022" });
    expect(hits.map((h) => h.sessionId)).toContain(created.id);
    expect(await p.practitioner.search("lighthouse", 10, { year: "2023" })).toEqual([]);
  });
});
