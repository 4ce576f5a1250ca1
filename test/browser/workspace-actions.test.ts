// What a practitioner does in the workspace beyond looking (issue 11), on the demo practice and
// each store: choosing mosaic pieces for a new and an existing thread, merging two characters,
// unread reflections on Home until opened, names in the audit trail, the crisis text setting,
// the body figure as the session form's region picker; axe-core on each page touched.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeInBrowserOn } from "./support/each-store-browser";
import { openDemoWorkspace, type DemoWorkspace } from "./support/demo-workspace";
import { seriousAxeViolations } from "./support/axe-check";
import { DEMO_CLIENT_PASSWORD } from "../../src/demo/demo-practice";

describeInBrowserOn("postgres", "the workspace actions", (target) => {
  let ws: DemoWorkspace;
  let page: Page;
  let tomas: string;
  let c: string;
  const axeFound: Record<string, unknown> = {};
  /** Runs axe on the page as it is now and keeps what it found under `name`. */
  const axe = async (name: string) => {
    const problems = await seriousAxeViolations(page);
    if (problems.length) axeFound[name] = problems;
  };

  beforeAll(async () => {
    ws = await openDemoWorkspace(target);
    // bypassCSP: axe-core is injected as a script.
    page = (await ws.newPage(1360, { bypassCSP: true })).page;
    tomas = ws.clients.get("Tomas Berg")!;
    c = `/#/clients/${tomas}`;
  }, 120_000);
  afterAll(async () => ws?.close());

  it("makes a thread of two tiles chosen with Space, one of a signed session, and adds a third to it", async () => {
    await page.goto(`${c}/mosaic`);
    const tiles = page.locator(".mtile");
    await tiles.first().focus();
    await page.keyboard.press(" ");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press(" ");
    const chosen = await page
      .locator(".mtile--selected")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-piece-id")));
    expect(chosen).toHaveLength(2);
    expect(await page.locator("#selection-title").textContent()).toBe("2 pieces chosen");
    expect(await page.locator(".piece-detail").count()).toBe(0);
    await page.getByRole("button", { name: "Make a thread" }).click();
    const form = page.getByRole("form", { name: "Make a thread of the chosen pieces" });
    await form.getByLabel("Name of the thread").fill("Breath and the attic");
    await form.getByLabel("Status").selectOption("understood");
    await axe("mosaic, making a thread");
    await form.getByRole("button", { name: "Make the thread" }).click();
    await page.getByRole("status").filter({ hasText: "Breath and the attic" }).waitFor();
    expect(await page.locator(".mtile--selected").count()).toBe(0);

    // While choosing is on, a click chooses instead of opening.
    await tiles.nth(4).click();
    expect(await page.locator(".piece-detail").count()).toBe(0);
    await page.getByRole("button", { name: "Add to a thread" }).click();
    const add = page.getByRole("form", { name: "Add the chosen pieces to a thread" });
    await add.getByLabel("Thread").selectOption({ label: "Breath and the attic (understood)" });
    await add.getByRole("button", { name: "Add 1 piece" }).click();
    await page.getByRole("status").filter({ hasText: "now holds 3 pieces" }).waitFor();

    const threads = (await (await page.request.get(`/api/clients/${tomas}/threads`)).json()).items as Array<{
      id: string;
      name: string;
      status: string;
    }>;
    const made = threads.find((t) => t.name === "Breath and the attic")!;
    expect(made.status).toBe("understood");
    // The list names the threads; a thread's pieces are paged by the threads view.
    const held = (await (
      await page.request.get(`/api/clients/${tomas}/views/threads/${made.id}/pieces?limit=50`)
    ).json()) as { total: number; pieces: Array<{ tile: { id: string } }> };
    expect(held.total).toBe(3);
    expect(held.pieces.map((p) => p.tile.id)).toEqual(expect.arrayContaining(chosen as string[]));
    await page.goto(`${c}/threads`);
    await page.locator('.thread-card[data-thread="Breath and the attic"]').waitFor();
  });

  it("merges a character into another after asking, keeping its messages under the one kept", async () => {
    await page.goto(`${c}/characters`);
    const judge = page.locator('.character-card[data-character="judge"]');
    await judge.locator(".messages > li").first().waitFor();
    // A card shows its latest messages; the earlier ones come on demand.
    const showAll = async (card: typeof judge) => {
      const earlier = card.getByRole("button", { name: /^Show earlier messages/ });
      while (await earlier.isVisible()) {
        const shown = await card.locator(".messages > li").count();
        await earlier.click();
        await card.locator(".messages > li").nth(shown).waitFor();
      }
    };
    await showAll(judge);
    const messages = await judge.locator(".messages > li").count();
    expect(messages).toBeGreaterThan(0);
    await judge.locator("summary", { hasText: "Merge into" }).click();
    const oldWoman = await judge.locator("option", { hasText: "old woman" }).getAttribute("value");
    await judge.getByLabel("The same figure as").selectOption(oldWoman!);
    await judge.getByRole("button", { name: "Merge…" }).click();
    const ask = page.getByRole("alertdialog", { name: "Merge “judge” into “old woman”?" });
    await ask.waitFor();
    await axe("characters, confirming a merge");
    await ask.getByRole("button", { name: "Keep both" }).click();
    expect(await judge.count()).toBe(1);
    await judge.getByRole("button", { name: "Merge…" }).click();
    await ask.getByRole("button", { name: "Merge" }).click();
    await page.getByRole("status").filter({ hasText: "“judge” is merged into “old woman”" }).waitFor();
    await judge.waitFor({ state: "detached" });
    const kept = page.locator('.character-card[data-character="old woman"]');
    await showAll(kept);
    expect(await kept.locator(".messages > li", { hasText: "The judge said" }).count()).toBe(messages);
    const notes = (await (await page.request.get(`/api/clients/${tomas}/characters`)).json()).items.find(
      (x: { label: string }) => x.label === "old woman",
    ).description as string;
    expect(notes).toMatch(/Merged on \d{4}-\d\d-\d\d with “judge” \(seen then as critic\)/);
  });

  it("lists shared reflections on Home until the practitioner opens the client's words", async () => {
    await page.goto("/#/home");
    const sofia = page.locator(".unread-reflections > li", { hasText: "Sofia Brandt" });
    await sofia.first().waitFor();
    const before = Number(await sofia.getAttribute("data-unread"));
    expect(before).toBeGreaterThan(1);
    await axe("home");
    await sofia.first().getByRole("link", { name: "Sofia Brandt" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `${before} new since you last looked` })
      .waitFor();
    await axe("the client's words");
    await page.goto("/#/home");
    // Home may first show what it had cached, then what the server says now.
    await sofia.waitFor({ state: "detached" });
    expect(await page.locator(".unread-reflections > li", { hasText: "Tomas Berg" }).count()).toBeGreaterThan(
      0,
    );
  });

  it("names people in the audit trail and filters it by a person chosen by name", async () => {
    // Tomas reads his own record through his portal login, so the trail holds a second person.
    const portal = await ws.browser.newContext({ baseURL: ws.url });
    const headers = { "x-tessera-request": "1" };
    await portal.request.post("/api/auth/login", {
      data: { email: "tomas@demo.tessera.example", password: DEMO_CLIENT_PASSWORD },
      headers,
    });
    expect((await portal.request.get(`/api/clients/${tomas}`, { headers })).status()).toBe(200);
    await portal.close();
    await page.goto("/#/audit");
    await page.locator(".audit-table tbody tr").first().waitFor();
    const who = await page.locator(".audit-table tbody td:nth-child(2)").allTextContents();
    expect(who.some((w) => w.includes("Helena Marsh"))).toBe(true);
    expect(who.some((w) => w.startsWith("Tomas Berg"))).toBe(true);
    expect(who.filter((w) => /[0-9a-f]{8}-[0-9a-f]{4}|[0-9a-v]{20}/.test(w))).toEqual([]);
    await page
      .getByLabel("Person")
      .selectOption({ label: "Helena Marsh (practitioner@demo.tessera.example)" });
    await page.waitForURL(/person=/);
    await axe("audit");
    // The earlier rows stay shown until the filtered ones arrive.
    await expect
      .poll(async () => {
        const filtered = await page.locator(".audit-table tbody td:nth-child(2)").allTextContents();
        return filtered.length > 0 && filtered.every((w) => w.startsWith("Helena Marsh"));
      })
      .toBe(true);
  });

  it("lets the administrator set the practice's crisis text from Settings, as the client will read it", async () => {
    await page.goto("/#/home");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
    const text = page.getByLabel("The practice’s crisis text");
    await text.fill("Call the Stillwater line, 0800 123 456, any time.");
    expect(await page.locator(".settings-preview__text").textContent()).toBe(
      "Call the Stillwater line, 0800 123 456, any time.",
    );
    await axe("settings");
    await page.getByRole("button", { name: "Save the crisis text" }).click();
    await page.getByRole("status").filter({ hasText: "The crisis text is saved." }).waitFor();
    const shown = await (await page.request.get(`/api/clients/${tomas}/crisis-text`)).json();
    expect(shown.text).toBe("Call the Stillwater line, 0800 123 456, any time.");
    await page.reload();
    await expect(page.getByLabel("The practice’s crisis text").inputValue()).resolves.toContain("Stillwater");
    await page.getByRole("button", { name: "Use the default text" }).click();
    await page.getByRole("status").filter({ hasText: "default text" }).waitFor();
  });

  it("chooses a piece's regions on the body figure by click and by keyboard, the list staying beside it", async () => {
    await page.goto(`${c}/sessions/new`);
    await page.getByRole("button", { name: "Add a piece" }).click();
    const piece = page.locator("li.piece").last();
    await piece.getByRole("button", { name: "Choose on the figure" }).click();
    const figure = piece.locator(".region-picker__figure");
    await figure.locator('[data-view="front"][data-region="arms"][data-side="left"]').click();
    const picker = piece.locator(".region-picker");
    expect(await picker.getAttribute("data-regions")).toBe("arms");
    expect(await piece.getByLabel("Side").inputValue()).toBe("left");
    await figure.locator('[data-view="front"][data-region="arms"][data-side="right"]').click();
    expect(await piece.getByLabel("Side").inputValue()).toBe("both");
    // Keyboard: the figure's one tab stop, arrow keys along the shapes, Enter chooses.
    await figure.locator('[data-view="front"][data-region="arms"][data-side="right"]').focus();
    await page.keyboard.press("ArrowRight");
    const next = await page.evaluate(() => document.activeElement?.getAttribute("data-key"));
    await page.keyboard.press("Enter");
    expect(await picker.getAttribute("data-regions")).toContain(next!.split(":")[0]);
    // The list still adds what the figure shows.
    await piece.getByLabel("Body regions", { exact: true }).selectOption("throat");
    expect(await figure.locator('[data-region="throat"]').getAttribute("aria-pressed")).toBe("true");
    await axe("new session, body figure open");
  });

  it("finds no serious or critical axe violation on a signed and an unsigned session of the demo", async () => {
    const sessionsOf = async (id: string) =>
      (await (await page.request.get(`/api/clients/${id}/sessions`)).json()).items as Array<{
        id: string;
        status: string;
      }>;
    const signed = (await sessionsOf(tomas)).find((s) => s.status === "signed")!;
    const draft = (await sessionsOf(tomas)).find((s) => s.status === "draft")!;
    for (const [name, id, ready] of [
      ["signed session", signed.id, ".session-record, h1"],
      ["unsigned session", draft.id, "li.piece"],
    ] as const) {
      await page.goto(`/#/sessions/${id}`);
      await page.locator(ready).first().waitFor();
      await axe(name);
    }
    // Everything the tests above touched, too.
    expect(axeFound).toEqual({});
  });
});
