// In headless Chromium, on each store: first-run setup on an empty database logs the practitioner
// in; on a practice set up through the API, a practitioner creates a client, records a session
// with pieces through the form, reloads, and finds it on the overview and in the process views.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeInBrowserOn } from "./support/each-store-browser";
import { openWorkspace, type WorkspaceUnderTest } from "./support/workspace-under-test";
import {
  PRACTITIONER,
  addPiece,
  completeSetup,
  currentSessionId,
  pieceCard,
  saveDraft,
  setupByApi,
} from "./support/workspace-steps";

describeInBrowserOn("sqlite", "first-run setup", (target) => {
  let w: WorkspaceUnderTest;

  beforeAll(async () => {
    w = await openWorkspace(target, "first-run");
  });
  afterAll(async () => w?.close());

  it("offers first-run setup on an empty database and logs the new practitioner in", async () => {
    await completeSetup(w.page);
    await expect(w.page.locator(".topbar__practice").textContent()).resolves.toBe(PRACTITIONER.practiceName);
  });
});

describeInBrowserOn("sqlite", "practitioner workspace", (target) => {
  let w: WorkspaceUnderTest;
  let page: Page;
  let sessionId: string;

  beforeAll(async () => {
    w = await openWorkspace(target, "record-session");
    page = w.page;
    // The file logs in itself: setup through the API answers with the login cookie.
    await setupByApi(page);
  });
  afterAll(async () => w?.close());

  it("creates a client with concerns and holistic factors from the new-client form", async () => {
    await page.goto("/");
    await page.getByRole("button", { name: "New client" }).click();
    const form = page.getByRole("form", { name: "Create client" });
    await form.getByLabel("Name").fill("Maria Keller");
    await form.getByLabel("Pronouns").fill("she/her");
    await form.getByLabel("Date of birth").fill("1981-04-12");
    await form.getByLabel("Email").fill("maria@example.org");
    await form.getByRole("button", { name: "Add a concern" }).click();
    await form.getByLabel("Category").selectOption("anxiety");
    await form.getByLabel("In the client’s own words").fill("A tight band around my chest at night");
    await form.getByLabel("Personal").fill("Eldest of four; cared for her siblings early.");
    await form.getByLabel("Environmental").fill("Demanding job in a hospital pharmacy.");
    await form.getByRole("button", { name: "Create client" }).click();

    await page.getByRole("heading", { name: "Maria Keller" }).waitFor();
    const details = page.locator("section", { has: page.getByRole("heading", { name: "Details" }) });
    await expect(details.textContent()).resolves.toContain("A tight band around my chest at night");
    await page.getByText("No sessions recorded yet.").waitFor();
  });

  it("edits the client's details in place", async () => {
    const details = page.getByRole("region", { name: "Details" });
    await details.getByRole("button", { name: "Edit" }).click();
    const form = details.getByRole("form", { name: "Save details" });
    await form.getByLabel("Phone").fill("+49 30 1234567");
    await form.getByRole("button", { name: "Save details" }).click();
    await details.getByText("+49 30 1234567").waitFor();
    await page.reload();
    await page.getByRole("region", { name: "Details" }).getByText("+49 30 1234567").waitFor();
  });

  it("adds a life event to the client", async () => {
    await page.getByRole("region", { name: "Life events" }).getByRole("button", { name: "Add" }).click();
    const form = page.getByRole("form", { name: "New life event" });
    await form.getByLabel("What happened").fill("Grandmother died");
    await form.getByLabel("Age").fill("9");
    await form.getByRole("button", { name: "Add event" }).click();
    await page.locator(".life-events li", { hasText: "Grandmother died" }).getByText("age 9").waitFor();
  });

  it("records a session with techniques, pieces, a character and a thread, and saves the draft", async () => {
    await page.getByRole("link", { name: "Record a new session" }).click();
    await page.getByRole("heading", { name: "New session" }).waitFor();
    await page.getByLabel("Date").fill("2025-03-04");
    await page.getByLabel("Duration (minutes)").fill("75");
    await page.getByLabel("Check-in").fill("Slept badly; the band around the chest returned on Sunday.");

    await page.getByRole("button", { name: "Add a technique" }).click();
    const technique = page.locator('li.technique[data-technique-index="0"]');
    await technique.getByLabel("Technique", { exact: true }).fill("Still point induction");
    await technique.getByLabel("Regions").selectOption("occiput");
    await technique.getByLabel("Side").selectOption("both");

    await page
      .getByLabel("Narrative")
      .fill("Under the hands at the occiput she went very still and a memory surfaced.");

    const memory = await addPiece(page, "Memory");
    await memory.getByLabel("What arose").fill("the kitchen of her grandmother's house when she was six");
    await memory.getByLabel("Age at the time").fill("6");
    await expect(memory.getByLabel("Period of life").inputValue()).resolves.toBe("childhood");
    await memory.getByLabel("Body regions").selectOption("chest");
    await memory.getByRole("button", { name: "+ new thread" }).click();
    await memory.getByLabel("New thread name for piece 1").fill("Caring for everyone but herself");
    await memory.getByRole("button", { name: "Create thread" }).click();
    await memory.locator("label.chip--on", { hasText: "Caring for everyone but herself" }).waitFor();

    const visual = await addPiece(page, "Visual");
    await visual.getByLabel("What arose").fill("a soft golden light over the heart");
    await visual.locator("label.chip", { hasText: "gold" }).click();
    await visual.getByLabel("Body regions").selectOption("heart");

    const character = await addPiece(page, "Character");
    await character.getByLabel("What arose").fill("a little girl sitting under the table");
    await character.getByLabel("Label").fill("little girl");
    await character.getByLabel("Aspect").selectOption("child");
    await character.getByRole("button", { name: "Add “little girl” to the client’s characters" }).click();
    await expect.poll(() => character.getByLabel("Character", { exact: true }).inputValue()).not.toBe("");

    const message = await addPiece(page, "Message");
    await message.getByLabel("What arose").fill("You can rest now, I will not disappear");
    await message.getByLabel("Who speaks, or is spoken to").selectOption({ label: "little girl (child)" });
    await message.locator("label.chip", { hasText: "Caring for everyone but herself" }).click();

    const emotion = await addPiece(page, "Emotion");
    await emotion.getByLabel("What arose").fill("a wave of sadness, then relief");
    await emotion.locator("label.chip", { hasText: "sadness" }).click();
    await emotion.locator("label.chip", { hasText: "relief" }).click();
    await emotion.getByLabel("Side").selectOption("left");
    await emotion.getByLabel("Body regions").selectOption("chest");

    await page.getByLabel("Insights").fill("Resting does not mean abandoning anyone.");
    await page.getByLabel("Integration and homework").fill("Two minutes of stillness before sleep.");
    await saveDraft(page);
    sessionId = await currentSessionId(page);
    await page.getByRole("heading", { name: "Session 1" }).waitFor();
    await w.snap("session-form-saved");
  });

  it("shows the saved session with all its pieces after a reload", async () => {
    await page.reload();
    await page.getByRole("heading", { name: "Session 1" }).waitFor();
    expect(await currentSessionId(page)).toBe(sessionId);
    await expect(page.locator("li.piece").count()).resolves.toBe(5);
    await expect(pieceCard(page, 0).getByLabel("Age at the time").inputValue()).resolves.toBe("6");
    await expect(pieceCard(page, 1).locator("label.chip--on").textContent()).resolves.toBe("gold");
    await expect(pieceCard(page, 3).getByLabel("Who speaks, or is spoken to").inputValue()).resolves.not.toBe(
      "",
    );
    await expect(
      page.locator('li.technique[data-technique-index="0"] .region-picker').getAttribute("data-regions"),
    ).resolves.toBe("occiput");
    await expect(page.getByLabel("Duration (minutes)").inputValue()).resolves.toBe("75");
  });

  it("lists the session on the overview from its summaries, without the process document or the sessions' pieces", async () => {
    await page.getByRole("link", { name: "Maria Keller" }).click();
    await page.getByRole("heading", { name: "The process", exact: true }).waitFor();
    const asked: string[] = [];
    const onRequest = (r: { url(): string }) => asked.push(new URL(r.url()).pathname);
    page.on("request", onRequest);
    await page.reload();
    const sessionsTable = page.getByRole("table", { name: "Sessions" });
    await expect(sessionsTable.locator("tbody tr").first().textContent()).resolves.toMatch(
      /Session 1.*4 Mar 2025.*draft.*5/,
    );
    await expect(
      page.getByRole("region", { name: "The process" }).getByRole("link").allTextContents(),
    ).resolves.toEqual([
      "Before the next session",
      "Mosaic",
      "Body map",
      "Characters",
      "Threads",
      "Life timeline",
    ]);
    page.off("request", onRequest);
    expect(asked).toContain(`/api/clients/${clientIdOf(page)}/session-summaries`);
    expect(asked.filter((path) => /\/process$|\/sessions$/.test(path))).toEqual([]);
  });

  it("shows the session in the mosaic with a tile per piece, and the character and the thread in their views", async () => {
    await page.getByRole("region", { name: "The process" }).getByRole("link", { name: "Mosaic" }).click();
    const row = page.locator('.mosaic__row[data-session-number="1"]');
    await row.waitFor();
    const tiles = row.locator(".mtile");
    await expect(tiles.evaluateAll((els) => els.map((e) => e.getAttribute("data-kind")))).resolves.toEqual([
      "memory",
      "visual",
      "character",
      "message",
      "emotion",
    ]);
    await expect(row.locator('.mtile[data-kind="visual"]').getAttribute("title")).resolves.toContain(
      "a soft golden light over the heart",
    );
    await w.snap("client-process");

    await page
      .getByRole("navigation", { name: "Views of this client" })
      .getByRole("link", { name: "Characters" })
      .click();
    const girl = page.locator('.character-card[data-character="little girl"]');
    await expect(girl.textContent()).resolves.toContain("4 Mar 2025");
    await page
      .getByRole("navigation", { name: "Views of this client" })
      .getByRole("link", { name: "Threads" })
      .click();
    const thread = page.locator('.thread-card[data-thread="Caring for everyone but herself"]');
    await expect(thread.textContent()).resolves.toContain("from session 1 (4 Mar 2025)");
  });

  it("edits a thread's status in the threads view and a character's description in the characters view", async () => {
    const thread = page.locator('.thread-card[data-thread="Caring for everyone but herself"]');
    await thread.getByText("Edit the name, status or description").click();
    const threadForm = page.getByRole("form", { name: "Edit Caring for everyone but herself" });
    await threadForm.getByLabel("Status").selectOption("understood");
    await threadForm.getByLabel("Description").fill("She looks after others so as not to feel her own need.");
    await threadForm.getByRole("button", { name: "Save" }).click();
    await page.reload();
    await thread.locator(".badge--understood").waitFor();
    await expect(thread.textContent()).resolves.toContain("so as not to feel her own need");

    await page
      .getByRole("navigation", { name: "Views of this client" })
      .getByRole("link", { name: "Characters" })
      .click();
    const girl = page.locator('.character-card[data-character="little girl"]');
    await girl.getByText("Practitioner's notes").click();
    const characterForm = page.getByRole("form", { name: "Edit little girl" });
    await characterForm
      .getByLabel("Description")
      .fill("About six, in a blue dress, under the kitchen table.");
    await characterForm.getByRole("button", { name: "Save" }).click();
    await page.reload();
    await expect(girl.textContent()).resolves.toContain("in a blue dress");
    await page.getByRole("link", { name: "Overview" }).click();
  });

  it("signs the session, which then reads as a record and no longer as a draft", async () => {
    await page.getByRole("table", { name: "Sessions" }).getByRole("link", { name: "Session 1" }).click();
    await page.getByRole("button", { name: "Sign…" }).click();
    await page.getByRole("button", { name: "Sign the session" }).click();
    const record = page.getByRole("article", { name: "Session 1" });
    await record.waitFor();
    await page.reload();
    await record.waitFor();
    await expect(record.locator("li.piece").count()).resolves.toBe(5);
    await expect(page.getByRole("button", { name: "Save draft" }).count()).resolves.toBe(0);
    await page.getByRole("link", { name: "Maria Keller" }).click();
    await page.getByRole("table", { name: "Sessions" }).locator(".badge--signed").waitFor();
  });

  it("logs out to the login page, refuses a wrong password, and logs back in to the same page", async () => {
    await page.getByRole("button", { name: "Log out" }).click();
    await page.getByRole("heading", { name: "Log in" }).waitFor();
    await page.reload();
    await page.getByRole("heading", { name: "Log in" }).waitFor();
    await page.getByLabel("Email").fill(PRACTITIONER.email);
    await page.getByLabel("Password").fill("not the password at all");
    await page.getByRole("button", { name: "Log in" }).click();
    await page.getByText("That email and password do not match an account.").waitFor();
    await page.getByLabel("Password").fill(PRACTITIONER.password);
    await page.getByRole("button", { name: "Log in" }).click();
    // Back where the practitioner was before logging out.
    await page.getByRole("heading", { name: "Maria Keller" }).waitFor();
  });
});

/** The client id in the page's address (#/clients/:id). */
function clientIdOf(page: Page): string {
  return decodeURIComponent(/#\/clients\/([^/?#]+)/.exec(page.url())![1]!);
}
