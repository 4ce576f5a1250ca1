// In headless Chromium, on each store: a practitioner records questionnaires through the form on
// the client page. A PHQ-9 item-9 answer raises a banner and a client-list badge at once, which go
// once the follow-up is recorded; refused and missing answers are shown at their item; the chart
// has one point per response, reliable changes marked, and the sessions on its time axis.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { describeInBrowserOn } from "./support/each-store-browser";
import { openWorkspace, type WorkspaceUnderTest } from "./support/workspace-under-test";
import { createClientByApi, setupByApi } from "./support/workspace-steps";
import { formatDate, todayIso } from "../../web/src/vocabulary-labels";

const BANNER = "A PHQ-9 answer to follow up";

async function createSessionByApi(page: Page, clientId: string, date: string): Promise<void> {
  const res = await page.request.post(`/api/clients/${clientId}/sessions`, { data: { date } });
  if (res.status() !== 201) throw new Error(`create session answered ${res.status()}`);
}

function measuresSection(page: Page): Locator {
  return page.getByRole("region", { name: "Outcome measures" });
}

/** Opens the questionnaire form for an instrument and date. */
async function openForm(page: Page, instrument: string, date: string): Promise<Locator> {
  await measuresSection(page).getByRole("button", { name: "Record a questionnaire" }).click();
  const form = page.getByRole("form", { name: "Record a questionnaire" });
  await form.getByLabel("Questionnaire").selectOption(instrument);
  await form.getByLabel("Date answered").fill(date);
  return form;
}

/** Records a response by its quick-entry line and waits for the score the API returned. */
async function recordByQuickEntry(page: Page, instrument: string, date: string, answers: string) {
  const form = await openForm(page, instrument, date);
  await form.getByLabel("Quick entry").fill(answers);
  await form.getByRole("button", { name: "Save response" }).click();
  const saved = measuresSection(page)
    .getByRole("status")
    .filter({ hasText: formatDate(date) });
  await saved.waitFor();
  return (await saved.textContent()) ?? "";
}

function item(form: Locator, number: number): Locator {
  return form.locator(`fieldset.measure-item[data-item="${number}"]`);
}

function phq9Points(page: Page): Locator {
  return measuresSection(page).locator('.measure-card[data-instrument="phq9"] .score-chart__point');
}

describeInBrowserOn("postgres", "outcome measures", (target) => {
  let w: WorkspaceUnderTest;
  let page: Page;
  let clientId: string;

  beforeAll(async () => {
    w = await openWorkspace(target, "measures");
    page = w.page;
    await setupByApi(page);
    clientId = await createClientByApi(page, "Maria Keller");
    await createClientByApi(page, "Jonas Weber");
    await createSessionByApi(page, clientId, "2026-01-08");
    await createSessionByApi(page, clientId, "2026-03-12");
    await page.goto(`/#/clients/${clientId}`);
    await page.getByRole("heading", { name: "Maria Keller" }).waitFor();
    await measuresSection(page).getByText("No questionnaires recorded yet.").waitFor();
  });
  afterAll(async () => w?.close());

  it("records a PHQ-9 with item 9 answered through the form and shows its score and the banner at once", async () => {
    const form = await openForm(page, "phq9", "2026-01-10");
    for (let n = 1; n <= 9; n++) {
      await item(form, n)
        .getByRole("radio", { name: /Several days/ })
        .check();
    }
    await expect(form.getByLabel("Quick entry").inputValue()).resolves.toBe("1,1,1,1,1,1,1,1,1");
    await form.getByRole("button", { name: "Save response" }).click();

    const saved = measuresSection(page).getByRole("status").filter({ hasText: "10 Jan 2026" });
    await saved.waitFor();
    await expect(saved.textContent()).resolves.toMatch(/Total 9 — mild\..*Item 9 answered “Several days”/);

    const banner = page.getByRole("region", { name: BANNER });
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toContain("answered item 9");
    await expect(banner.textContent()).resolves.toContain("“Several days”");
    await expect(phq9Points(page).count()).resolves.toBe(1);
    await w.snap("flag-raised");
  });

  it("marks the client in the client list while the flag is open", async () => {
    await page.getByRole("link", { name: "Clients", exact: true }).first().click();
    const maria = page.locator(".client-row", { hasText: "Maria Keller" });
    await maria.locator(".flag-badge", { hasText: "Follow-up needed" }).waitFor();
    await expect(
      page.locator(".client-row", { hasText: "Jonas Weber" }).locator(".flag-badge").count(),
    ).resolves.toBe(0);
    await page.reload();
    await maria.locator(".flag-badge").waitFor();
  });

  it("records the follow-up, after which the banner and the badge are gone and the response reads followed up", async () => {
    await page.getByRole("link", { name: /Maria Keller/ }).click();
    const banner = page.getByRole("region", { name: BANNER });
    await banner.getByRole("button", { name: "Record the follow-up" }).click();
    await banner.getByRole("button", { name: "Save the follow-up" }).click();
    const note = banner.getByLabel("How you followed it up");
    await banner.locator('[data-error-for="note"]').waitFor();
    expect(await note.getAttribute("aria-invalid")).toBe("true");

    await note.fill("Phoned the same day: no plan or intent; safety plan agreed.");
    await banner.getByRole("button", { name: "Save the follow-up" }).click();
    await banner.waitFor({ state: "detached" });

    await page.reload();
    await phq9Points(page).first().waitFor();
    await expect(page.getByRole("region", { name: BANNER }).count()).resolves.toBe(0);
    const flags = measuresSection(page).locator('.measure-card[data-instrument="phq9"] .measure-card__flags');
    await expect(flags.textContent()).resolves.toContain(`followed up on ${formatDate(todayIso())}`);

    await page.getByRole("link", { name: "Clients", exact: true }).first().click();
    await page.locator(".client-row", { hasText: "Maria Keller" }).waitFor();
    await expect(page.locator(".flag-badge").count()).resolves.toBe(0);
    const open = await page.request.get("/api/safety-flags");
    expect(((await open.json()) as { items: unknown[] }).items).toEqual([]);
    await page.getByRole("link", { name: /Maria Keller/ }).click();
    await phq9Points(page).first().waitFor();
  });

  it("shows an answer the API refuses next to its item, and saves once corrected", async () => {
    const form = await openForm(page, "phq9", "2026-02-01");
    await form.getByLabel("Quick entry").fill("0,0,0,0,0,0,0,0,4");
    await form.getByRole("button", { name: "Save response" }).click();

    const error = item(form, 9).locator('[data-error-for="answers.8"]');
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain("4 is not an allowed answer");
    expect(await item(form, 9).getAttribute("aria-describedby")).toBe(await error.getAttribute("id"));
    expect(await item(form, 9).getByRole("radio").first().getAttribute("aria-invalid")).toBe("true");
    await expect(form.locator(".field-error").count()).resolves.toBe(1);
    await expect(form.getByRole("alert").textContent()).resolves.toContain(
      "Item 9: 4 is not an allowed answer",
    );
    await w.snap("answer-refused");

    // An unanswered item is not an error, but the form says so at the item before saving it as incomplete.
    await form.getByLabel("Quick entry").fill("0,0,,0,0,0,0,0,0");
    await form.getByRole("button", { name: "Save response" }).click();
    await item(form, 3).getByText("No answer yet.").waitFor();
    await expect(form.locator(".measure-item--unanswered").count()).resolves.toBe(1);
    await form.getByRole("button", { name: "Save as incomplete" }).click();
    const saved = measuresSection(page).getByRole("status").filter({ hasText: "1 Feb 2026" });
    await saved.waitFor();
    await expect(saved.textContent()).resolves.toContain(
      "Incomplete: item 3 unanswered, so there is no total",
    );
  });

  it("charts one point per response, reliable changes marked, and the sessions on the same time axis", async () => {
    expect(await recordByQuickEntry(page, "phq9", "2026-02-15", "2,2,2,2,2,2,2,2,0")).toContain("Total 16");
    expect(await recordByQuickEntry(page, "phq9", "2026-03-15", "1,1,1,1,1,1,1,1,0")).toContain("Total 8");
    expect(await recordByQuickEntry(page, "phq9", "2026-04-15", "1,1,1,1,1,1,0,0,0")).toContain("Total 6");

    await page.reload();
    const points = phq9Points(page);
    await expect.poll(() => points.count()).toBe(5);
    const marks = await points.evaluateAll((els) =>
      els.map((e) => [
        e.getAttribute("data-date"),
        e.getAttribute("data-total"),
        e.getAttribute("data-reliable-change"),
      ]),
    );
    expect(marks.sort()).toEqual([
      ["2026-01-10", "9", null],
      ["2026-02-01", null, null],
      ["2026-02-15", "16", "worsened"],
      ["2026-03-15", "8", "improved"],
      ["2026-04-15", "6", null],
    ]);
    const card = measuresSection(page).locator('.measure-card[data-instrument="phq9"]');
    await expect(card.locator('.score-chart__point[data-complete="false"]').count()).resolves.toBe(1);
    await expect(card.locator("line.score-chart__change").count()).resolves.toBe(2);
    await expect(
      card
        .locator(".score-chart__session")
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-session-number"))),
    ).resolves.toEqual(["1", "2"]);
    await expect(card.locator(".score-chart__band").count()).resolves.toBe(5);

    await card.locator('.score-chart__point[data-date="2026-03-15"]').hover();
    const tip = card.getByRole("tooltip");
    await tip.waitFor();
    await expect(tip.textContent()).resolves.toMatch(
      /15 Mar 2026.*Total 8 · mild.*−8 since 15 Feb 2026: reliable improvement/,
    );
    await card.locator('.score-chart__point[data-date="2026-02-01"]').hover();
    await expect(tip.textContent()).resolves.toContain("Incomplete: item 3 unanswered");

    await expect(card.locator(".measure-card__caption").textContent()).resolves.toBe(
      "Since the baseline: 9 (mild) on 10 Jan 2026 → 6 (mild) on 15 Apr 2026, 3 points lower — within measurement error.",
    );
    await w.snap("chart");

    await card.getByRole("button", { name: "Table" }).click();
    const table = card.getByRole("table", { name: "PHQ-9 responses" });
    await expect(table.locator("tbody tr").count()).resolves.toBe(5);
    await expect(table.locator("tbody tr").nth(1).textContent()).resolves.toContain(
      "Incomplete: item 3 unanswered",
    );
    await expect(table.locator("tbody tr").nth(3).textContent()).resolves.toContain(
      "−8 · reliable improvement",
    );
    await card.getByRole("button", { name: "Chart" }).click();
  });

  it("records a symptom profile in the client's own words and shows a licensed form's items by number", async () => {
    const form = await openForm(page, "symptom-profile", "2026-04-15");
    await item(form, 1).getByLabel("Concern, in the client’s words").fill("tight chest at night");
    await item(form, 3).getByLabel("Activity, in the client’s words").fill("singing in the choir");
    await form.getByLabel("Quick entry").fill("4,,5,3");
    await form.getByRole("button", { name: "Save response" }).click();
    const saved = measuresSection(page).getByRole("status").filter({ hasText: "Symptom profile" });
    await saved.waitFor();
    await expect(saved.textContent()).resolves.toContain("Total 4");
    const card = measuresSection(page).locator('.measure-card[data-instrument="symptom-profile"]');
    await card.getByRole("button", { name: "Table" }).click();
    await expect(card.getByRole("table").textContent()).resolves.toContain(
      "Concern: tight chest at night · Activity: singing in the choir",
    );

    const pcl5 = await openForm(page, "pcl5", "2026-04-15");
    await expect(item(pcl5, 1).locator("legend").textContent()).resolves.toBe("1. Item 1");
    await expect(pcl5.textContent()).resolves.toContain("National Center for PTSD");
    await pcl5.getByRole("button", { name: "Cancel" }).click();
  });

  it("links CSV downloads of the client's responses and of the whole practice", async () => {
    const clientLink = measuresSection(page).getByRole("link", { name: "Download CSV", exact: true });
    const clientCsv = await page.request.get((await clientLink.getAttribute("href"))!);
    expect(clientCsv.status()).toBe(200);
    expect(clientCsv.headers()["content-type"]).toContain("text/csv");
    expect((await clientCsv.text()).trim().split("\r\n")).toHaveLength(1 + 6);

    await page.getByRole("link", { name: "Clients", exact: true }).first().click();
    await page.getByRole("heading", { name: "Clients" }).waitFor();
    const practiceLink = page.getByRole("link", { name: "download CSV", exact: true });
    const practiceCsv = await page.request.get((await practiceLink.getAttribute("href"))!);
    expect(practiceCsv.status()).toBe(200);
    expect(practiceCsv.headers()["content-disposition"]).toContain("tessera-measures-practice-");
    expect((await practiceCsv.text()).trim().split("\r\n")).toHaveLength(1 + 6);
  });
});
