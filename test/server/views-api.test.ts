// The workspace views over HTTP on the demo practice: each answers its first screen, small and
// aggregated, for the long demo process (46 sessions).
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachStore } from "../store/each-store";
import { openDemoApi, type Api } from "./api-harness";

describeEachStore("workspace views", (target) => {
  let api: Api;
  let cookie: string;
  let tomas: string;
  beforeAll(async () => {
    ({ api, cookie, tomas } = await openDemoApi(await target.open()));
  }, 120_000);
  afterAll(async () => api?.close());

  const get = async (url: string) => {
    const res = await api.request("GET", url, undefined, cookie);
    expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
    return res.json();
  };

  it("gives the brief the last session's notes for next time and the open threads", async () => {
    const brief = await get(`/api/clients/${tomas}/views/brief`);
    expect(brief.lastSession.number).toBe(46);
    expect(brief.lastSession.integration).toMatch(/^Next time: .*\(session 46\)$/);
    expect(brief.openThreads.map((t: { name: string }) => t.name)).toContain(
      "Meeting his father as an adult",
    );
    expect(brief.activeConsents.map((c: { purpose: string }) => c.purpose)).not.toContain("research");
  });

  it("pages the mosaic from the latest session back, with a month overview of the whole process", async () => {
    const first = await get(`/api/clients/${tomas}/views/mosaic?limit=10`);
    expect(first.total).toBe(46);
    expect(first.sessions.map((s: { number: number }) => s.number)).toEqual([
      37, 38, 39, 40, 41, 42, 43, 44, 45, 46,
    ]);
    expect(first.olderOffset).toBe(10);
    expect(first.months.length).toBeGreaterThan(20);
    const older = await get(`/api/clients/${tomas}/views/mosaic?limit=10&offset=40`);
    expect(older.sessions.map((s: { number: number }) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(older.olderOffset).toBeNull();
  });

  it("counts body regions by side and lists a region's pieces by session", async () => {
    const map = await get(`/api/clients/${tomas}/views/body-map`);
    expect(map.counts["diaphragm"]).toBeGreaterThan(3);
    expect(map.counts["arms:left"]).toBeGreaterThan(map.counts["arms:right"] ?? 0);
    expect(map.sessionCount).toBe(46);
    const step = await get(`/api/clients/${tomas}/views/body-map-sessions?offset=45&limit=1`);
    expect([step.total, step.sessions.map((s: { number: number }) => s.number)]).toEqual([46, [46]]);
    const region = await get(`/api/clients/${tomas}/views/body-map/diaphragm`);
    expect(region.sessions.length).toBeGreaterThan(3);
    expect(region.sessions[0].pieces[0].regions).toContain("diaphragm");
    const firstTwo = await get(`/api/clients/${tomas}/views/body-map/diaphragm?limit=2`);
    const next = await get(`/api/clients/${tomas}/views/body-map/diaphragm?limit=2&offset=2`);
    expect([firstTwo.total, next.offset]).toEqual([region.total, 2]);
    const ids = (r: { sessions: Array<{ pieces: Array<{ id: string }> }> }) =>
      r.sessions.flatMap((x) => x.pieces.map((p) => p.id));
    expect([...ids(firstTwo), ...ids(next)]).toEqual(ids(region).slice(0, 4));
    const filtered = await get(`/api/clients/${tomas}/views/body-map?kind=release`);
    expect(filtered.pieces).toBeLessThan(map.pieces);
  });

  it("shows each character's messages in order and the life timeline's memories at their ages", async () => {
    const chars = await get(`/api/clients/${tomas}/views/characters`);
    const boy = chars.characters.find((c: { label: string }) => c.label === "boy in the attic");
    expect(boy.sessionsSeen).toBeGreaterThanOrEqual(10);
    expect(boy.strip.reduce((n: number, c: { present: number }) => n + c.present, 0)).toBe(boy.sessionsSeen);
    const earliest = await get(`/api/clients/${tomas}/views/characters/${boy.id}/messages?offset=0&limit=2`);
    expect(earliest.messages[0].text).toContain("Don't open the door");
    const latest = await get(`/api/clients/${tomas}/views/characters/${boy.id}/messages`);
    expect(latest.messages.at(-1)).toEqual(boy.messages.at(-1));
    const life = await get(`/api/clients/${tomas}/views/life`);
    const all = await get(`/api/clients/${tomas}/views/life/memories?limit=200`);
    expect(all.total).toBe(life.memoryCount);
    const drowned = all.memories.find((m: { words: string }) => m.words.includes("Erik drowned"));
    expect(drowned).toMatchObject({ age: 14, placedAge: 14, placedBy: "age" });
    expect(life.memories.some((m: { period: string }) => m.period === "prenatal")).toBe(true);
    expect(life.cells.some((c: { placedAge: number }) => c.placedAge === 14)).toBe(true);
  });

  it("answers threads, measures, contributions, home, search with facets and the audit trail", async () => {
    const threads = await get(`/api/clients/${tomas}/views/threads`);
    expect(threads.threads[0].status).toBe("open");
    const t = threads.threads[0];
    const pieces = await get(`/api/clients/${tomas}/views/threads/${t.id}/pieces?offset=0&limit=200`);
    expect(pieces.total).toBe(t.pieceCount);
    expect(pieces.pieces.slice(-t.pieces.length)).toEqual(t.pieces);
    const measures = await get(`/api/clients/${tomas}/views/measures`);
    expect(measures.series.map((s: { instrument: string }) => s.instrument).sort()).toEqual(["gad7", "phq9"]);
    expect([measures.sessions.length, measures.olderOffset, measures.newerOffset]).toEqual([46, null, null]);
    const window = await get(`/api/clients/${tomas}/views/measures/window?offset=10&limit=10`);
    expect([window.sessions.length, window.olderOffset, window.newerOffset]).toEqual([10, 20, 0]);
    const contrib = await get(`/api/clients/${tomas}/views/contributions`);
    expect(contrib.reflections.length).toBe(5);
    const home = await get(`/api/views/home`);
    expect(home.drafts.length).toBeGreaterThanOrEqual(4);
    expect(
      home.recentClients.find((c: { name: string }) => c.name === "Tomas Berg")?.sessions,
    ).toBeGreaterThan(40);
    // Unread reflections come from /api/reflections/unread (read receipts), not a date guess here.
    expect(home).not.toHaveProperty("unreadReflections");
    const all = await get(`/api/views/search?q=attic`);
    const narrowed = await get(`/api/views/search?q=attic&kind=memory`);
    expect(narrowed.total).toBeGreaterThan(0);
    expect(narrowed.total).toBeLessThan(all.total);
    expect(narrowed.hits[0].snippet).toContain("«attic»");
    const audit = await get(`/api/views/audit?action=read&clientId=${tomas}`);
    expect(audit.records.every((r: { action: string }) => r.action === "read")).toBe(true);
  });
});
