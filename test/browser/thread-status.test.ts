// A thread's status over time in the threads view (issue 11), on the demo practice and each
// store: the band and the list show the demo history in order; a change made in the form with a
// session and a note adds a segment with that note and survives a reload; a change before the
// latest one is refused at the session field; earlier changes come a page at a time; the page
// fits a phone and axe finds nothing serious.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { describeEachStoreInBrowser } from "./support/each-store-browser";
import { openDemoWorkspace, type DemoWorkspace } from "./support/demo-workspace";
import { seriousAxeViolations } from "./support/axe-check";

const FATHER = "Meeting his father as an adult";
const ATTIC = "The boy in the attic";

describeEachStoreInBrowser("a thread's status over time", (target) => {
  let ws: DemoWorkspace;
  let page: Page;
  let tomas: string;
  /** Tomas's session ids by number. */
  let sessionIds: Map<number, string>;

  beforeAll(async () => {
    ws = await openDemoWorkspace(target);
    // bypassCSP: axe-core is injected as a script.
    page = (await ws.newPage(1360, { bypassCSP: true })).page;
    tomas = ws.clients.get("Tomas Berg")!;
    const listed = (await (await page.request.get(`/api/clients/${tomas}/session-summaries`)).json())
      .items as Array<{ id: string; number: number }>;
    sessionIds = new Map(listed.map((s) => [s.number, s.id]));
  }, 120_000);
  afterAll(async () => ws?.close());

  const card = (name: string) => page.locator(`.thread-card[data-thread="${name}"]`);
  /** The band's segments as "status | from where", left to right (the unseen stretch left out). */
  const band = (thread: Locator) =>
    thread
      .locator(".status-band__run:not(.status-band__run--unseen)")
      .evaluateAll((runs) =>
        runs.map(
          (r) =>
            `${r.querySelector(".status-band__word")!.textContent} | ${r.querySelector(".status-band__from")!.textContent!.replace(/^, /, "")}`,
        ),
      );
  const changes = (thread: Locator) => thread.locator(".status-changes > li");
  /** A fresh load of the threads view: going to the same hash again would keep the page as it is. */
  const openThreads = async () => {
    await page.goto("about:blank");
    await page.goto(`/#/clients/${tomas}/threads`);
    await card(FATHER).locator(".status-band").waitFor();
  };
  const editForm = async (name: string) => {
    await card(name).getByText("Edit the name, status or description").click();
    return page.getByRole("form", { name: `Edit ${name}` });
  };

  it("shows the demo thread's history in order on the band and in the list, sessions linked", async () => {
    await openThreads();
    const father = card(FATHER);
    expect(await band(father)).toEqual([
      "open | from session 5",
      "understood | from session 28",
      "open | from session 41",
    ]);
    // A segment wide enough names the session it began in as a link to it.
    await expect(
      father.locator(".status-band").getByRole("link", { name: "from session 28" }).getAttribute("href"),
    ).resolves.toBe(`#/sessions/${sessionIds.get(28)}`);
    const items = changes(father);
    expect(await items.locator(".badge").allTextContents()).toEqual(["open", "understood", "open"]);
    await expect(items.nth(0).textContent()).resolves.toContain("from its first appearance, session 5");
    const understood = items.nth(1);
    await expect(understood.locator(".status-change__note").textContent()).resolves.toBe(
      "The judge speaks with his father's voice; the anger found words.",
    );
    await expect(understood.getByRole("link", { name: "session 28" }).getAttribute("href")).resolves.toBe(
      `#/sessions/${sessionIds.get(28)}`,
    );
    await expect(items.nth(2).locator(".status-change__note").textContent()).resolves.toContain(
      "his father's illness worsened",
    );
    await expect(father.textContent()).resolves.toContain("open since session 41");
  });

  it("refuses a change applying before the latest one, next to the session field", async () => {
    await openThreads();
    const form = await editForm(FATHER);
    await form.getByLabel("Status", { exact: true }).selectOption("resolved");
    const session = form.getByLabel("Changed in session");
    // The sessions are read once the status changes; then the latest is the one chosen.
    await expect.poll(() => session.inputValue()).toBe(sessionIds.get(46));
    await session.selectOption(sessionIds.get(30)!);
    await form.getByRole("button", { name: "Save" }).click();
    const error = form.locator('[data-error-for="statusSessionId"]');
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain("session 41");
    await expect(session.getAttribute("aria-invalid")).resolves.toBe("true");
    expect(await changes(card(FATHER)).count()).toBe(3);
  });

  it("adds a segment with the note when the status changes in a chosen session, kept after a reload", async () => {
    await openThreads();
    const note = "He visited his father in hospital and said what he had needed to say.";
    const form = await editForm(FATHER);
    await form.getByLabel("Status", { exact: true }).selectOption("resolved");
    await form.getByLabel("Changed in session").selectOption(sessionIds.get(44)!);
    await form.getByLabel("Note on the change (optional)").fill(note);
    await form.getByRole("button", { name: "Save" }).click();
    const father = card(FATHER);
    await changes(father).nth(3).waitFor();
    const expected = [
      "open | from session 5",
      "understood | from session 28",
      "open | from session 41",
      "resolved | from session 44",
    ];
    expect(await band(father)).toEqual(expected);
    await expect(changes(father).nth(3).locator(".status-change__note").textContent()).resolves.toBe(note);
    await expect(form.getByRole("status").textContent()).resolves.toBe("Saved.");

    await page.reload();
    await father.locator(".status-band").waitFor();
    expect(await band(father)).toEqual(expected);
    await expect(changes(father).nth(3).textContent()).resolves.toContain(note);
    await expect(father.locator(".section-head .badge").textContent()).resolves.toBe("resolved");
    // The page after the change, with the edit form open, as a practitioner leaves it.
    await editForm(FATHER);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("shows the latest changes of a long history and reads the earlier ones on demand", async () => {
    // Twelve changes in all: the opening, the demo's one and ten made here in the latest session.
    const headers = { "x-tessera-request": "1" };
    const threads = (await (await page.request.get(`/api/clients/${tomas}/threads`)).json()).items as Array<{
      id: string;
      name: string;
      description: string;
      version: number;
    }>;
    const attic = threads.find((t) => t.name === ATTIC)!;
    let version = attic.version;
    for (let i = 0; i < 10; i++) {
      const res = await page.request.put(`/api/threads/${attic.id}`, {
        headers,
        data: {
          name: attic.name,
          description: attic.description,
          status: i % 2 === 0 ? "open" : "understood",
          version,
          statusSessionId: sessionIds.get(46),
          statusNote: `Change ${i + 1}`,
        },
      });
      expect(res.status()).toBe(200);
      version = ((await res.json()) as { version: number }).version;
    }
    await openThreads();
    const thread = card(ATTIC);
    await expect(thread.textContent()).resolves.toContain("The latest 10 of 12 changes.");
    expect(await changes(thread).count()).toBe(10);
    await thread.getByRole("button", { name: "Show earlier changes (2 more)" }).click();
    await changes(thread).nth(11).waitFor();
    expect(await changes(thread).locator(".badge").allTextContents()).toEqual([
      "open",
      "understood",
      ...Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? "open" : "understood")),
    ]);
    await expect(changes(thread).nth(1).textContent()).resolves.toContain("the boy came down the ladder");
    await expect(changes(thread).nth(11).textContent()).resolves.toContain("Change 10");
    expect(await thread.getByRole("button", { name: /^Show earlier changes/ }).count()).toBe(0);
  });

  it("fits a phone 390 px wide: no sideways scroll and no status word cut off in the band", async () => {
    const { page: phone, context } = await ws.newPage(390);
    await phone.goto(`/#/clients/${tomas}/threads`);
    await phone.locator(".status-band").first().waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // A word either fits its segment or is hidden for the key to name (1px, threads.css).
    const cut = await phone
      .locator(".status-band__word, .status-band__from")
      .evaluateAll((spans) =>
        spans.filter((s) => s.clientWidth > 1 && s.scrollWidth > s.clientWidth).map((s) => s.textContent),
      );
    expect(cut).toEqual([]);
    expect(await phone.locator(".status-band__word").count()).toBeGreaterThan(0);
    await context.close();
  });
});
