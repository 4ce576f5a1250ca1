// In headless Chromium, on each store: a field the API refuses shows the API's message next to
// that field (marked invalid and described by the message), and the form saves once corrected.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { describeInBrowserOn } from "./support/each-store-browser";
import { openWorkspace, type WorkspaceUnderTest } from "./support/workspace-under-test";
import { PRACTITIONER, addPiece, pieceCard, saveDraft, setupByApi } from "./support/workspace-steps";

/** The message shown inside the same field as the input, and the input pointing at it. */
async function messageNextTo(input: Locator): Promise<string> {
  const field = input.locator("xpath=ancestor::div[contains(concat(' ', @class, ' '), ' field ')][1]");
  const error = field.locator(".field-error");
  await error.waitFor();
  expect(await input.getAttribute("aria-invalid")).toBe("true");
  const errorId = await error.getAttribute("id");
  expect((await input.getAttribute("aria-describedby"))?.split(" ")).toContain(errorId);
  return (await error.textContent()) ?? "";
}

describeInBrowserOn("sqlite", "setup form errors", (target) => {
  let w: WorkspaceUnderTest;
  let page: Page;

  beforeAll(async () => {
    w = await openWorkspace(target, "setup-errors");
    page = w.page;
  });
  afterAll(async () => w?.close());

  it("shows a too-short password refused at setup next to the password field", async () => {
    await page.goto("/");
    await page.getByLabel("Practice name").fill(PRACTITIONER.practiceName);
    await page.getByLabel("Your name").fill(PRACTITIONER.name);
    await page.getByLabel("Email").fill(PRACTITIONER.email);
    await page.getByLabel("Password").fill("too short");
    await page.getByRole("button", { name: "Create the practice" }).click();
    expect(await messageNextTo(page.getByLabel("Password"))).toContain("12 characters");
    expect(await page.locator(".field-error").count()).toBe(1);
    await w.snap("setup-password-error");

    await page.getByLabel("Password").fill(PRACTITIONER.password);
    await page.getByRole("button", { name: "Create the practice" }).click();
    await page.getByRole("heading", { name: "Clients" }).waitFor();
  });
});

describeInBrowserOn("sqlite", "form errors", (target) => {
  let w: WorkspaceUnderTest;
  let page: Page;

  beforeAll(async () => {
    w = await openWorkspace(target, "form-errors");
    page = w.page;
    // The file logs in itself: setup through the API answers with the login cookie.
    await setupByApi(page);
  });
  afterAll(async () => w?.close());

  it("shows a missing name and a malformed email next to their fields in the new-client form", async () => {
    await page.goto("/");
    await page.getByRole("button", { name: "New client" }).click();
    const form = page.getByRole("form", { name: "Create client" });
    await form.getByLabel("Email").fill("not an email");
    await form.getByRole("button", { name: "Create client" }).click();
    expect(await messageNextTo(form.getByLabel("Email"))).not.toBe("");
    expect(await messageNextTo(form.getByLabel("Name"))).toBe("the client needs a name");
    expect(await form.getByLabel("Pronouns").getAttribute("aria-invalid")).toBeNull();

    await form.getByLabel("Name").fill("Jonas Weber");
    await form.getByLabel("Email").fill("jonas@example.org");
    await form.getByRole("button", { name: "Create client" }).click();
    await page.getByRole("heading", { name: "Jonas Weber" }).waitFor();
  });

  it("shows a bad duration and a bad piece field next to those fields in the session form", async () => {
    await page.getByRole("link", { name: "Record a new session" }).click();
    await page.getByLabel("Duration (minutes)").fill("0");
    const memory = await addPiece(page, "Memory");
    await memory.getByLabel("What arose").fill("falling from the apple tree");
    await memory.getByLabel("Age at the time").fill("130");
    await page.getByRole("button", { name: "Save draft" }).click();

    expect(await messageNextTo(page.getByLabel("Duration (minutes)"))).not.toBe("");
    expect(await messageNextTo(pieceCard(page, 0).getByLabel("Age at the time"))).not.toBe("");
    const summary = page.locator(".notice--error .problem-list");
    await expect(summary.textContent()).resolves.toContain("Piece 1 › age");
    await w.snap("session-field-errors");

    await page.getByLabel("Duration (minutes)").fill("60");
    await pieceCard(page, 0).getByLabel("Age at the time").fill("7");
    await saveDraft(page);
    expect(await page.locator(".field-error").count()).toBe(0);
  });

  it("keeps what was typed when the login ends, and saves it after logging in again", async () => {
    await page.getByLabel("Check-in").fill("Arrived tired after a night shift.");
    await w.context.clearCookies();
    await page.getByRole("button", { name: "Save draft" }).click();
    const dialog = page.getByRole("dialog", { name: "Log in again" });
    await dialog.waitFor();
    await dialog.getByLabel("Email").fill(PRACTITIONER.email);
    await dialog.getByLabel("Password").fill(PRACTITIONER.password);
    await dialog.getByRole("button", { name: "Log in" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await page.getByLabel("Check-in").inputValue()).toBe("Arrived tired after a night shift.");
    await saveDraft(page);
    await page.reload();
    await page.getByRole("heading", { name: "Session 1" }).waitFor();
    expect(await page.getByLabel("Check-in").inputValue()).toBe("Arrived tired after a night shift.");
  });
});
