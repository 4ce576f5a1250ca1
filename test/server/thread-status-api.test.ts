// A thread's status over time over HTTP on the demo practice (issue 11): the threads view's cards
// carry the status strip on the session axis and the latest changes; PUT /api/threads/:id takes
// the session a change applies from and a note; earlier changes are read a page at a time.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { ThreadCard, ThreadsView, ThreadStatusChangesPage } from "../../src/domain";
import { describeEachStore } from "../store/each-store";
import { openDemoApi, type Api } from "./api-harness";

describeEachStore("thread status history API", (target) => {
  let api: Api;
  let cookie: string;
  let tomas: string;
  beforeAll(async () => {
    ({ api, cookie, tomas } = await openDemoApi(await target.open()));
  }, 120_000);
  afterAll(async () => api?.close());

  const call = (method: string, url: string, body?: unknown) => api.request(method, url, body, cookie);
  const threads = async (): Promise<ThreadCard[]> =>
    ((await call("GET", `/api/clients/${tomas}/views/threads`)).json() as ThreadsView).threads;

  it("gives each card its status over the 46 sessions and the changes that made it", async () => {
    const grief = (await threads()).find((t) => t.name === "Grief for Erik")!;
    expect(grief.status).toBe("resolved");
    expect(grief.statusChanges.map((c) => [c.status, c.sessionNumber])).toEqual([
      ["open", null],
      ["understood", 14],
      ["resolved", 38],
    ]);
    expect(grief.statusChanges[1]!.note).toMatch(/sobbed/);
    expect(grief.statusChanges[1]!.changedByName).toBeTruthy();
    expect(grief.statusStrip.length).toBe(grief.strip.length);
    expect(grief.statusStrip.at(-1)).toBe("resolved");
    expect(grief.statusStrip).toContain("understood");
    // Before the thread first appears it has no status on the axis.
    const first = grief.strip.findIndex((c) => c.present > 0);
    expect(grief.statusStrip.slice(0, first).every((x) => x === null)).toBe(true);
    expect(grief.statusStrip[first]).toBe("open");
    const father = (await threads()).find((t) => t.name === "Meeting his father as an adult")!;
    expect(father.statusChanges.map((c) => c.status)).toEqual(["open", "understood", "open"]);
  });

  it("records a change from the session chosen with its note, and pages the changes", async () => {
    const attic = (await threads()).find((t) => t.name === "The boy in the attic")!;
    const sessions = (await call("GET", `/api/clients/${tomas}/views/mosaic?limit=2`)).json().sessions;
    const latest = sessions.at(-1) as { id: string; number: number };
    const put = await call("PUT", `/api/threads/${attic.id}`, {
      name: attic.name,
      description: attic.description,
      status: "resolved",
      version: attic.version,
      statusSessionId: latest.id,
      statusNote: "He leaves the door open now.",
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().status).toBe("resolved");

    const page = (
      await call("GET", `/api/threads/${attic.id}/status-changes?limit=2`)
    ).json() as ThreadStatusChangesPage;
    expect([page.total, page.offset]).toEqual([3, 1]);
    expect(page.changes.map((c) => [c.status, c.sessionNumber, c.note])).toEqual([
      ["understood", 17, expect.stringMatching(/attic/)],
      ["resolved", latest.number, "He leaves the door open now."],
    ]);
    const earlier = (await call("GET", `/api/threads/${attic.id}/status-changes?offset=0&limit=1`)).json();
    expect(earlier.changes.map((c: { status: string }) => c.status)).toEqual(["open"]);
  });

  it("answers 400 at the field for a session of another client or a note without a change, 404 for no thread", async () => {
    const breath = (await threads()).find((t) => t.name === "Breath held in the diaphragm")!;
    const clients = (await call("GET", "/api/clients")).json().items as { id: string; name: string }[];
    const other = clients.find((c) => c.id !== tomas)!;
    const theirs = (await call("GET", `/api/clients/${other.id}/views/mosaic?limit=1`)).json().sessions[0];
    const body = { name: breath.name, description: breath.description, version: breath.version };
    const foreign = await call("PUT", `/api/threads/${breath.id}`, {
      ...body,
      status: "open",
      statusSessionId: theirs.id,
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.details.map((d: { path: string }) => d.path)).toEqual(["statusSessionId"]);
    const noChange = await call("PUT", `/api/threads/${breath.id}`, {
      ...body,
      status: "resolved",
      statusNote: "x",
    });
    expect(noChange.statusCode).toBe(400);
    expect(noChange.json().error.details.map((d: { path: string }) => d.path)).toEqual(["status"]);
    expect((await call("GET", "/api/threads/no-such-thread/status-changes")).statusCode).toBe(404);
  });
});
