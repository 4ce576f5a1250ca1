// In headless Chromium, on each store: a session with 15 pieces is recorded from the keyboard in
// at most 60 Tab stops (the test counts every Tab): a technique typed by its short name, the
// narrative, each suggestion accepted where the focus lands, Ctrl+S. Accepted pieces sit as
// one-line rows that open to edit; techniques and notes are copied forward from the last session.
// The narrative goes in as one text input (as a paste or dictation would): typing it key by key
// took 700 keystrokes and most of the test's time, which a loaded machine stretched past the
// test's timeout; the Tab stops counted are the same.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeInBrowserOn } from "./support/each-store-browser";
import { openWorkspace, type WorkspaceUnderTest } from "./support/workspace-under-test";
import { createClientByApi, currentSessionId, setupByApi } from "./support/workspace-steps";
import { createSessionByApi, getSessionByApi } from "./support/capture-steps";

const NARRATIVE = [
  "Under my hands at the occiput she went very still.",
  "She felt a tingling in her hands.",
  "A warmth spread through her belly.",
  "She saw a golden light above her head.",
  "She remembered the kitchen of her grandmother's house when she was six.",
  "Her left leg trembled.",
  "A deep sigh let go in the chest.",
  "She felt sadness in her throat.",
  "A little girl appeared in the corner.",
  "The little girl said: you can rest now.",
  "She realised that she does not have to carry everyone.",
  "She tasted salt.",
  "She felt pressure behind her eyes.",
  "Her jaw released and softened.",
  "She felt anger in her shoulders.",
  "A cold shiver ran down her spine.",
  "She smelled roses.",
].join(" ");

const MAX_TABS = 60;

describeInBrowserOn("sqlite", "a faster session form", (target) => {
  let w: WorkspaceUnderTest;
  let page: Page;
  let clientId: string;
  let tabs = 0;

  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const label = el?.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      return {
        tag: el?.tagName ?? "",
        label: label ?? "",
        text: el?.textContent?.trim() ?? "",
        cls: el?.className ?? "",
      };
    });
  /** Presses Tab until `done` holds for the focused element; every press is counted. */
  const tabUntil = async (done: (f: Awaited<ReturnType<typeof focused>>) => boolean) => {
    for (let guard = 0; guard < MAX_TABS; guard++) {
      tabs++;
      await page.keyboard.press("Tab");
      if (done(await focused())) return;
    }
    throw new Error(`not reached within ${MAX_TABS} Tab stops`);
  };

  beforeAll(async () => {
    w = await openWorkspace(target, "fast-form");
    page = w.page;
    await setupByApi(page);
    clientId = await createClientByApi(page, "Mira Stein");
    await createSessionByApi(page, clientId, {
      date: "2026-01-05",
      techniques: [{ technique: "Frontal lift", regions: ["forehead"] }],
      integration: "Walk in the morning; notice the jaw.",
    });
  });
  afterAll(async () => w?.close());

  it(`completes a session with 15 pieces in at most ${MAX_TABS} Tab stops`, async () => {
    await page.goto(`/#/clients/${clientId}/sessions/new`);
    await page.getByRole("heading", { name: "New session" }).waitFor();
    await page.getByLabel("Date").focus();

    await tabUntil((f) => f.tag === "BUTTON" && f.text === "Add a technique");
    await page.keyboard.press("Enter");
    expect((await focused()).label).toBe("Technique");
    await page.keyboard.type("cv4");

    await tabUntil((f) => f.tag === "TEXTAREA" && f.label === "Narrative");
    await page.keyboard.insertText(NARRATIVE);
    await expect
      .poll(() => page.locator(".suggestion").count(), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(15);

    await tabUntil((f) => f.cls.includes("suggestion__accept"));
    for (let n = 1; n <= 15; n++) {
      await page.keyboard.press("Enter");
      // Waits for the form's answer to the key, however slow the machine (not a time limit).
      await expect.poll(() => page.locator("li.piece").count(), { timeout: 15_000 }).toBe(n);
      if (n < 15)
        await expect
          .poll(async () => (await focused()).cls, { timeout: 15_000 })
          .toContain("suggestion__accept");
    }
    await page.keyboard.press("Control+s");
    await page.locator(".action-bar__status", { hasText: "Draft saved at" }).waitFor();

    console.log(`[fast form, ${target.name}] 15 pieces in ${tabs} Tab stops`);
    expect(tabs).toBeLessThanOrEqual(MAX_TABS);
    const saved = await getSessionByApi(page, await currentSessionId(page));
    expect(saved.pieces).toHaveLength(15);
    expect(saved.techniques).toEqual([
      { technique: "Still point (CV4)", regions: ["occiput"], laterality: null, notes: "" },
    ]);
    await expect(page.locator("li.piece.piece--collapsed").count()).resolves.toBe(15);
    await w.snap("fifteen-pieces-collapsed");
  });

  it("opens a one-line piece to edit it and closes it again", async () => {
    const row = page.locator('li.piece[data-piece-index="2"]');
    await row.locator(".piece__row").click();
    await row.getByLabel("What arose").waitFor({ state: "visible" });
    await row.getByRole("button", { name: "Done" }).click();
    await row.locator(".piece__row").waitFor();
  });

  it("copies techniques and notes for next time forward from the last session", async () => {
    // Its own last session, so this case does not hang on the one above having saved.
    const last = await createSessionByApi(page, clientId, {
      date: "2026-01-12",
      techniques: [{ technique: "Still point (CV4)", regions: ["occiput"] }],
      integration: "Walk in the morning; notice the jaw.",
    });
    await page.goto(`/#/clients/${clientId}/sessions/new`);
    await page.getByRole("heading", { name: "New session" }).waitFor();
    await page.getByRole("button", { name: `Copy techniques and notes from session ${last.number}` }).click();
    await expect(page.getByLabel("Check-in").inputValue()).resolves.toContain("Walk in the morning");
    await expect(
      page
        .locator('li.technique input[list="technique-names"]')
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
    ).resolves.toEqual(["Still point (CV4)"]);
  });
});
