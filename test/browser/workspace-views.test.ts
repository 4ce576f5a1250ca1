// The workspace views on the demo practice (Tomas: 46 sessions over two years), on each store:
// what the practitioner does in each view, and axe-core on every page.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeEachStoreInBrowser } from "./support/each-store-browser";
import { openDemoWorkspace, type DemoWorkspace } from "./support/demo-workspace";
import { seriousAxeViolations } from "./support/axe-check";

describeEachStoreInBrowser("the workspace views", (target) => {
  let ws: DemoWorkspace;
  let page: Page;
  let c: string;
  beforeAll(async () => {
    ws = await openDemoWorkspace(target);
    page = (await ws.newPage()).page;
    c = `/#/clients/${ws.clients.get("Tomas Berg")}`;
  }, 120_000);
  afterAll(async () => ws?.close());

  const tiles = () => page.locator(".mtile");

  it("narrows the mosaic to the pieces of one kind when a kind filter is chosen", async () => {
    await page.goto(`${c}/mosaic`);
    await page.locator(".mosaic__row").first().waitFor();
    const before = await tiles().count();
    await page.getByRole("form", { name: "Filter the mosaic" }).getByLabel("Kind").selectOption("memory");
    await page.waitForFunction(() => !document.querySelector('.mtile:not([data-kind="memory"])'));
    const after = await tiles().count();
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    expect(await page.locator('.mtile:not([data-kind="memory"])').count()).toBe(0);
  });

  it("highlights a character's tiles across sessions and dims the rest", async () => {
    await page.goto(`${c}/mosaic`);
    await page.locator(".mosaic__row").first().waitFor();
    await page.getByLabel("Highlight").selectOption({ label: "Character: boy in the attic" });
    await page.locator(".mtile--highlighted").first().waitFor();
    const sessions = await page
      .locator(".mosaic__row:has(.mtile--highlighted)")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-session-number")));
    expect(sessions.length).toBeGreaterThanOrEqual(5);
    expect(await page.locator(".mtile--dimmed").count()).toBeGreaterThan(
      await page.locator(".mtile--highlighted").count(),
    );
    const highlighted = await page.locator(".mtile--highlighted").first().textContent();
    expect(highlighted).toMatch(/boy/i);
  });

  it("opens a tile as its sentence in the narrative with a link to its session, and moves with arrow keys", async () => {
    await page.goto(`${c}/mosaic`);
    const first = tiles().first();
    await first.focus();
    await page.keyboard.press("ArrowRight");
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-piece-id"));
    expect(focused).toBe(await tiles().nth(1).getAttribute("data-piece-id"));
    await page.keyboard.press("Enter");
    await page.locator(".piece-detail__sentence mark").waitFor();
    expect(
      await page
        .locator(".piece-detail")
        .getByRole("link", { name: /^Session \d+/ })
        .count(),
    ).toBe(1);
  });

  it("lists a body region's pieces by session when the region is clicked", async () => {
    await page.goto(`${c}/body-map`);
    await page.locator('[data-region="diaphragm"]').click();
    await page.waitForURL(/region=diaphragm/);
    await page.locator(".region-piece").first().waitFor();
    expect(await page.locator("#region-title").textContent()).toBe("diaphragm");
    expect(await page.locator(".region-pieces__sessions > li").count()).toBeGreaterThan(3);
    const left = page.locator('[data-view="front"][data-region="arms"][data-side="left"]');
    const right = page.locator('[data-view="front"][data-region="arms"][data-side="right"]');
    expect(Number(await left.getAttribute("data-count"))).toBeGreaterThan(
      Number(await right.getAttribute("data-count")),
    );
    // The back view is a whole figure: its arms and legs are shapes too, with the same counts.
    const backArm = page.locator('[data-view="back"][data-region="arms"][data-side="left"]');
    await expect(backArm.getAttribute("data-count")).resolves.toBe(await left.getAttribute("data-count"));
    await expect(page.locator('[data-view="back"][data-region="legs"]').count()).resolves.toBe(2);
    // The stepper reads the session it steps to from the server: "Next" from all sessions is the first.
    await page.getByRole("button", { name: "Next ›" }).click();
    await page.getByText(/^Showing session 1,/).waitFor();
  });

  it("shows a character's latest messages and reads the earlier ones on demand", async () => {
    await page.goto(`${c}/characters`);
    const card = page.locator('.character-card[data-character="boy in the attic"]');
    const earlier = card.getByRole("button", { name: /^Show earlier messages/ });
    await earlier.waitFor();
    const before = await card.locator(".messages > li").count();
    while (await earlier.isVisible()) {
      const shown = await card.locator(".messages > li").count();
      await earlier.click();
      await card.locator(".messages > li").nth(shown).waitFor();
    }
    expect(await card.locator(".messages > li").count()).toBeGreaterThan(before);
    expect(await card.locator(".messages > li").first().textContent()).toContain("Don't open the door");
  });

  it("places a recalled memory at the client's age at the event on the life timeline", async () => {
    await page.goto(`${c}/life`);
    const byAge = page.getByRole("region", { name: "Memories by age" });
    await byAge.locator(".life-memory").first().waitFor();
    const more = byAge.getByRole("button", { name: /^Show more memories/ });
    const memory = byAge.locator(".life-memory", { hasText: "Erik drowned" });
    while ((await memory.count()) === 0 && (await more.isVisible())) {
      const shown = await byAge.locator(".life-memory").count();
      await more.click();
      await byAge.locator(".life-memory").nth(shown).waitFor();
    }
    await memory.waitFor();
    expect(await memory.getAttribute("data-age")).toBe("14");
    const at = (age: number) =>
      page
        .locator(`.life-chart__memory[data-age="${age}"]`)
        .first()
        .evaluate((el) => Number(el.getAttribute("cx")));
    expect(await at(14)).toBeGreaterThan(await at(7));
    expect(await page.locator('.life-memory[data-period="prenatal"]').count()).toBeGreaterThan(0);
  });

  it("asks before deleting a life event", async () => {
    await page.goto(`${c}/life`);
    await page.getByRole("button", { name: "Delete Moved to the city" }).click();
    const confirm = page.getByRole("alertdialog", { name: "Delete Moved to the city?" });
    await confirm.waitFor();
    await confirm.getByRole("button", { name: "Keep" }).click();
    await expect(page.getByText("Moved to the city").count()).resolves.toBeGreaterThan(0);
  });

  it("shows the latest 20 shared reflections newest first, and the earlier ones on request", async () => {
    // Its own page: axe-core is injected as an inline script.
    const { page, context } = await ws.newPage(1360, { bypassCSP: true });
    const made = await page.request.post("/api/clients", { data: { name: "Reflective Client" } });
    expect(made.status()).toBe(201);
    const { id } = (await made.json()) as { id: string };
    for (let i = 1; i <= 23; i++) {
      const res = await page.request.post(`/api/clients/${id}/reflections`, {
        data: {
          date: `2024-03-${String(i).padStart(2, "0")}`,
          text: `Reflection number ${i}`,
          sharedWithPractitioner: true,
        },
      });
      expect(res.status()).toBe(201);
    }
    await page.goto(`/#/clients/${id}/contributions`);
    const items = page.locator(".reflection blockquote");
    await items.first().waitFor();
    expect(await items.count()).toBe(20);
    expect(await items.first().textContent()).toBe("Reflection number 23");
    await page.getByRole("button", { name: "Show earlier reflections (3 more)" }).click();
    await page.waitForFunction(() => document.querySelectorAll(".reflection blockquote").length === 23);
    expect(await items.last().textContent()).toBe("Reflection number 1");
    expect(await page.getByRole("button", { name: /Show earlier reflections/ }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it("shows the last session's notes for next time in the brief", async () => {
    await page.goto(`${c}/brief`);
    const notes = page.getByTestId("notes-for-next-time");
    await notes.waitFor();
    expect(await notes.textContent()).toContain("(session 46)");
    expect(await page.locator("#brief-last").locator("..").textContent()).toContain("Session 46");
  });

  it("narrows search results with a facet, and focuses the top-bar box with /", async () => {
    await page.goto("/#/home");
    await page.locator("#home-recent").waitFor();
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("top-search");
    await page.keyboard.type("attic");
    await page.keyboard.press("Enter");
    const heading = page.locator("#search-results-title");
    await heading.waitFor();
    const all = Number((await heading.textContent())!.split(" ")[0]);
    await page
      .getByRole("complementary", { name: "Narrow the results" })
      .getByLabel("Kind")
      .selectOption("memory");
    await page.waitForURL(/kind=memory/);
    await page.waitForFunction((n) => {
      const t = document.querySelector("#search-results-title")?.textContent ?? "";
      return Number(t.split(" ")[0]) !== n;
    }, all);
    const narrowed = Number((await heading.textContent())!.split(" ")[0]);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);
    expect(await page.locator(".search-hit mark").first().textContent()).toMatch(/attic/i);
  });

  // What the pages look like does not depend on the store (the views' answers are compared
  // across stores in test/store/view-queries.test.ts): axe and the phone layout run on one.
  const onOneStore = target.name === "sqlite" ? it : () => undefined;

  onOneStore(
    "finds no serious or critical axe violation on any page",
    async () => {
      const { page } = await ws.newPage(1360, { bypassCSP: true });
      const listed = (
        await (await page.request.get(`/api/clients/${ws.clients.get("Tomas Berg")}/sessions`)).json()
      ).items as Array<{ id: string; status: string }>;
      const sessions = {
        signed: listed.find((s) => s.status === "signed")!.id,
        draft: listed.find((s) => s.status === "draft")!.id,
      };
      const pages: Array<[string, string]> = [
        ["/#/home", "#home-recent"],
        ["/#/clients", ".client-row"],
        [c, "#sessions-title"],
        [`${c}/brief`, "[data-testid=notes-for-next-time]"],
        [`${c}/mosaic`, ".mosaic__row"],
        [`${c}/mosaic?highlight=emotion:fear&zoom=out`, ".mtile--highlighted"],
        [`${c}/body-map?region=chest`, ".region-piece"],
        [`${c}/characters`, ".character-card"],
        [`${c}/threads`, ".thread-card"],
        [`${c}/life`, ".life-chart__memory"],
        [`${c}/measures`, ".chart-legend"],
        [`${c}/contributions`, ".reflection"],
        ["/#/search?q=attic", ".search-hit"],
        ["/#/audit", ".audit-table"],
        ["/#/settings", "#crisis-title"],
        // The session page: a new one, a signed one and a draft with its piece rows.
        [`${c}/sessions/new`, "#after-title"],
        [`/#/sessions/${sessions.signed}`, "h1"],
        [`/#/sessions/${sessions.draft}`, "li.piece"],
      ];
      const found: Record<string, unknown> = {};
      for (const [url, ready] of pages) {
        await page.goto(url);
        await page.locator(ready).first().waitFor();
        const problems = await seriousAxeViolations(page);
        if (problems.length) found[url.replace(/[0-9a-f-]{36}|[0-9a-v]{20}/g, ":id")] = problems;
      }
      expect(found).toEqual({});
    },
    180_000,
  );

  onOneStore("fits a phone 390 px wide with no sideways scroll on every view", async () => {
    const phone = (await ws.newPage(390)).page;
    for (const view of [
      "brief",
      "mosaic",
      "body-map",
      "characters",
      "threads",
      "life",
      "measures",
      "contributions",
    ]) {
      await phone.goto(`${c}/${view}`);
      await phone.locator("#view-title").waitFor();
      const wide = await phone.evaluate(() => document.documentElement.scrollWidth);
      expect(wide, view).toBeLessThanOrEqual(390);
    }
    // The top bar is one row; its links open from the Menu button and close after a choice.
    const bar = await phone.locator(".topbar").boundingBox();
    expect(bar!.height).toBeLessThanOrEqual(64);
    const menu = phone.getByRole("button", { name: "Menu" });
    await expect(menu.getAttribute("aria-expanded")).resolves.toBe("false");
    await expect(phone.getByRole("link", { name: "Home" }).isVisible()).resolves.toBe(false);
    await menu.click();
    await expect(menu.getAttribute("aria-expanded")).resolves.toBe("true");
    await phone.getByRole("link", { name: "Home" }).click();
    await phone.waitForURL(/#\/home$/);
    // The menu closes on the route change, a render after the URL moves: poll, do not race it.
    await expect.poll(() => menu.getAttribute("aria-expanded")).toBe("false");
    // The mosaic's count and its button do not overlap.
    await phone.goto(`${c}/mosaic`);
    await phone.locator(".mosaic-head__count").waitFor();
    const count = await phone.locator(".mosaic-head__count").boundingBox();
    const choose = await phone.getByRole("button", { name: "Choose pieces for a thread" }).boundingBox();
    const apart =
      count!.y + count!.height <= choose!.y ||
      choose!.y + choose!.height <= count!.y ||
      count!.x + count!.width <= choose!.x;
    expect(apart).toBe(true);
  });
});
