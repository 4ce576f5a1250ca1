// In headless Chromium, on each store: the courses screen opens a course with an intention and a
// planned number of sessions; a new session joins it by default and shows its place in it; a
// closed course no longer takes new sessions by default.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeInBrowserOn } from "./support/each-store-browser";
import { openWorkspace, type WorkspaceUnderTest } from "./support/workspace-under-test";
import { createClientByApi, saveDraft, setupByApi } from "./support/workspace-steps";

describeInBrowserOn("postgres", "courses", (target) => {
  let w: WorkspaceUnderTest;
  let page: Page;
  let clientId: string;

  beforeAll(async () => {
    w = await openWorkspace(target, "courses");
    page = w.page;
    await setupByApi(page);
    clientId = await createClientByApi(page, "Noor Haddad");
  });
  afterAll(async () => w?.close());

  it("opens a course with its intention and planned sessions; a new session joins it by default", async () => {
    await page.goto(`/#/clients/${clientId}/courses`);
    const form = page.getByRole("form", { name: "Open a course" });
    await form.getByLabel("Intention").fill("Ease the jaw and the night-time clenching");
    await form.getByLabel("Planned sessions").fill("6");
    await form.getByRole("button", { name: "Save the course" }).click();
    const card = page.locator('.course[data-course-open="true"]');
    await card.getByText("0 of 6 planned sessions").waitFor();

    await page.goto(`/#/clients/${clientId}/sessions/new`);
    await expect(page.getByLabel("Course").locator("option:checked").textContent()).resolves.toContain(
      "Ease the jaw",
    );
    await page.getByLabel("Narrative", { exact: true }).fill("Temporal decompression, then TMJ release.");
    await saveDraft(page);
    await page.getByText("session 1 of 6 in its course").waitFor();

    await page.goto(`/#/clients/${clientId}/courses`);
    await page.locator(".course").getByText("1 of 6 planned sessions").waitFor();
    await w.snap("courses-screen");
  });

  it("closes a course, after which a new session is outside any course unless chosen", async () => {
    await page.getByRole("button", { name: "Close the course" }).click();
    await page.locator('.course[data-course-open="false"]').waitFor();
    await page.goto(`/#/clients/${clientId}/sessions/new`);
    await expect(page.getByLabel("Course").inputValue()).resolves.toBe("");
  });
});
