// In headless Chromium, on each store: what is typed in the session form survives a reload and a
// server that goes away and comes back; a save that meets someone else's newer version is
// resolved field by field; leaving with unsaved changes asks first; a signed note is amended
// beside its original; a client's twelfth session is number 12.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeEachStoreInBrowser } from "./support/each-store-browser";
import { openWorkspace, type WorkspaceUnderTest } from "./support/workspace-under-test";
import { openRestartableWorkspace, type RestartableWorkspace } from "./support/restartable-workspace";
import { createClientByApi, currentSessionId, saveDraft, setupByApi } from "./support/workspace-steps";
import {
  createSessionByApi,
  getSessionByApi,
  signSessionByApi,
  updateSessionByApi,
} from "./support/capture-steps";

const keeper = (page: Page) => page.locator(".draft-keeper");

describeEachStoreInBrowser("capture keeps every word", (target) => {
  let w: WorkspaceUnderTest;
  let page: Page;
  let clientId: string;

  beforeAll(async () => {
    w = await openWorkspace(target, "capture");
    page = w.page;
    await setupByApi(page);
    clientId = await createClientByApi(page, "Lena Vogt");
  });
  afterAll(async () => w?.close());

  it("loses nothing on a reload in the middle of typing, and says so with a banner", async () => {
    await page.goto(`/#/clients/${clientId}/sessions/new`);
    await page.getByRole("heading", { name: "New session" }).waitFor();
    await page.getByLabel("Check-in").fill("Headache since Tuesday.");
    const narrative = page.getByLabel("Narrative", { exact: true });
    await narrative.click();
    await narrative.pressSequentially("At the sacrum a slow warmth spre");
    // No wait for the server: the reload comes straight after the last keystroke.
    page.once("dialog", (d) => void d.accept());
    await page.reload();
    await page.getByText("Recovered changes you had not saved").waitFor();
    await expect(page.getByLabel("Narrative", { exact: true }).inputValue()).resolves.toBe(
      "At the sacrum a slow warmth spre",
    );
    await expect(page.getByLabel("Check-in").inputValue()).resolves.toBe("Headache since Tuesday.");
    await w.snap("recovered-draft");
    await page.getByLabel("Narrative", { exact: true }).press("Control+End");
    await page.getByLabel("Narrative", { exact: true }).pressSequentially("ad up the spine.");
    await saveDraft(page);
    await expect(page.getByText("Recovered changes you had not saved").count()).resolves.toBe(0);
    const saved = await getSessionByApi(page, await currentSessionId(page));
    expect(saved.narrative).toBe("At the sacrum a slow warmth spread up the spine.");
  });

  it("asks before leaving with unsaved changes, and keeps them when the practitioner stays", async () => {
    await page.getByLabel("Insights").fill("Warmth means safety for her.");
    await page
      .getByRole("navigation", { name: "Breadcrumb" })
      .getByRole("link", { name: "Lena Vogt" })
      .click();
    const ask = page.getByRole("alertdialog", { name: "Leave this session?" });
    await ask.waitFor();
    await w.snap("leave-guard");
    await ask.getByRole("button", { name: "Stay and keep editing" }).click();
    await expect(page.getByLabel("Insights").inputValue()).resolves.toBe("Warmth means safety for her.");
    await saveDraft(page);
    await page
      .getByRole("navigation", { name: "Breadcrumb" })
      .getByRole("link", { name: "Lena Vogt" })
      .click();
    await page.getByRole("heading", { name: "Lena Vogt" }).waitFor();
  });

  it("meets a save that someone else overtook with a conflict the practitioner resolves field by field", async () => {
    const s = await createSessionByApi(page, clientId, {
      date: "2026-02-10",
      narrative: "Original narrative.",
      insights: "Original insight.",
    });
    await page.goto(`/#/sessions/${s.id}`);
    await page.getByRole("heading", { name: `Session ${s.number}` }).waitFor();
    await updateSessionByApi(page, s.id, { narrative: "Their narrative, saved first." });

    await page.getByLabel("Narrative", { exact: true }).fill("My narrative.");
    await page.getByLabel("Insights").fill("My insight.");
    await page.keyboard.press("Control+s");
    const dialog = page.getByRole("alertdialog", { name: "Someone else saved this session meanwhile" });
    await dialog.waitFor();
    await expect(
      dialog
        .locator("tr[data-conflict-field]")
        .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-conflict-field"))),
    ).resolves.toEqual(["narrative", "insights"]);
    await w.snap("conflict-dialog");
    await dialog.getByLabel("Take theirs for Narrative").check();
    await dialog.getByLabel("Keep mine for Insights").check();
    await dialog.getByRole("button", { name: "Use the choices above" }).click();
    await page.locator(".action-bar__status", { hasText: "Draft saved at" }).waitFor();

    const stored = await getSessionByApi(page, s.id);
    expect(stored).toMatchObject({
      narrative: "Their narrative, saved first.",
      insights: "My insight.",
      version: 3,
    });
    await expect(page.getByLabel("Narrative", { exact: true }).inputValue()).resolves.toBe(
      "Their narrative, saved first.",
    );
  });

  it("shows who signed a note, and an amendment with its reason beside the original", async () => {
    const s = await createSessionByApi(page, clientId, {
      date: "2026-02-17",
      narrative: "She felt the jaw release.",
    });
    await signSessionByApi(page, s.id);
    await page.goto(`/#/sessions/${s.id}`);
    const record = page.getByRole("article", { name: `Session ${s.number}` });
    await record.waitFor();
    await expect(record.locator(".signature").textContent()).resolves.toContain("Signed by Ana Rivera");
    await record.getByRole("button", { name: "Amend…" }).click();
    const form = page.getByRole("form", { name: "Amend the session" });
    await form.getByLabel("Part to amend").selectOption("narrative");
    await form.getByLabel("Amended text").fill("She felt the jaw release on the left.");
    await form.getByRole("button", { name: "Sign the amendment" }).click();
    await form.getByText("say why the note is amended").first().waitFor();
    await form.getByLabel("Reason for the amendment").fill("the side was left out");
    await form.getByRole("button", { name: "Sign the amendment" }).click();
    const amendment = page.locator('.amendment[data-amendment-index="0"]');
    await amendment.waitFor();
    await expect(amendment.locator(".amendment__before").textContent()).resolves.toBe(
      "She felt the jaw release.",
    );
    await expect(amendment.locator(".amendment__after").textContent()).resolves.toBe(
      "She felt the jaw release on the left.",
    );
    await expect(amendment.textContent()).resolves.toContain("Reason: the side was left out");
    await expect(
      record.getByText("She felt the jaw release.", { exact: true }).first().count(),
    ).resolves.toBe(1);
    await w.snap("amendment-beside-original");
    await page.emulateMedia({ media: "print" });
    await w.snap("session-print");
    await page.emulateMedia({ media: "screen" });
  });

  it("says what is wrong at the field on a 400, and keeps everything typed on a 400 or a 500", async () => {
    const s = await createSessionByApi(page, clientId, { date: "2026-02-24" });
    await page.goto(`/#/sessions/${s.id}`);
    await page.getByRole("heading", { name: `Session ${s.number}` }).waitFor();
    await page.getByLabel("Narrative", { exact: true }).fill("Dural tube rock; the breath deepened.");
    await page.getByLabel("Duration (minutes)").fill("0");
    await page.getByRole("button", { name: "Save draft" }).click();
    const field = page.locator('[data-field="durationMinutes"]');
    await field.locator(".field-error").waitFor();
    await expect(page.getByLabel("Narrative", { exact: true }).inputValue()).resolves.toBe(
      "Dural tube rock; the breath deepened.",
    );
    await w.snap("bad-input-at-field");

    await page.getByLabel("Duration (minutes)").fill("50");
    await page.route(`**/api/sessions/${s.id}`, (route) =>
      route.request().method() === "PUT"
        ? route.fulfill({
            status: 500,
            contentType: "application/json",
            body: JSON.stringify({
              error: {
                code: "internal",
                message: "something went wrong on the server; nothing was changed",
                details: [],
              },
            }),
          })
        : route.fallback(),
    );
    await page.getByRole("button", { name: "Save draft" }).click();
    await page.getByRole("alert").getByText("something went wrong on the server").waitFor();
    await expect(page.getByLabel("Narrative", { exact: true }).inputValue()).resolves.toBe(
      "Dural tube rock; the breath deepened.",
    );
    await page.unroute(`**/api/sessions/${s.id}`);
    await saveDraft(page);
    expect(await getSessionByApi(page, s.id)).toMatchObject({
      narrative: "Dural tube rock; the breath deepened.",
      durationMinutes: 50,
    });
  });

  it("numbers a new session for a client with 11 sessions as session 12", async () => {
    const eleven = await createClientByApi(page, "Timo Brandt");
    for (let i = 1; i <= 11; i++)
      await createSessionByApi(page, eleven, { date: `2025-${String(i).padStart(2, "0")}-03` });
    await page.goto(`/#/clients/${eleven}/sessions/new`);
    await page.getByText("Will be session 12 of Timo Brandt").waitFor();
    await page.getByLabel("Narrative", { exact: true }).fill("Twelfth visit.");
    await saveDraft(page);
    await page.getByRole("heading", { name: "Session 12" }).waitFor();
  });
});

describeEachStoreInBrowser("capture with a server that goes away", (target) => {
  let w: RestartableWorkspace;

  beforeAll(async () => {
    w = await openRestartableWorkspace(target, "capture-offline");
  });
  afterAll(async () => w?.close());

  it(
    "keeps typing in the browser while the server is down and sends it when it is back",
    { timeout: 90_000 },
    async () => {
      const page = w.page;
      await setupByApi(page);
      const clientId = await createClientByApi(page, "Ida Berg");
      await page.goto(`/#/clients/${clientId}/sessions/new`);
      const narrative = page.getByLabel("Narrative", { exact: true });
      await narrative.click();
      await narrative.pressSequentially("First the hyoid released. ");
      await keeper(page)
        .filter({ hasText: /^saved/ })
        .waitFor();

      await w.stopServer();
      await narrative.pressSequentially("Then, with the server away, the diaphragm softened.");
      await keeper(page).filter({ hasText: "offline" }).waitFor();
      await w.snap("offline");

      await w.startServer();
      await keeper(page)
        .filter({ hasText: /^saved/ })
        .waitFor({ timeout: 30_000 });
      page.once("dialog", (d) => void d.accept());
      await page.reload();
      await page.getByText("Recovered changes you had not saved").waitFor();
      await expect(page.getByLabel("Narrative", { exact: true }).inputValue()).resolves.toBe(
        "First the hyoid released. Then, with the server away, the diaphragm softened.",
      );
      // And it was the server that kept it, not only this browser.
      const drafts = (await (await page.request.get(`/api/clients/${clientId}/drafts`)).json()) as {
        items: Array<{ content: { form: { narrative: string } } }>;
      };
      expect(drafts.items[0]!.content.form.narrative).toBe(
        "First the hyoid released. Then, with the server away, the diaphragm softened.",
      );
    },
  );
});
