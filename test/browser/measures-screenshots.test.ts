// Screenshots of the outcome measures on the demo practice (28 responses across three clients):
// a walk through the demo in the browser on every run, writing into a temporary folder; with
// TESSERA_SCREENSHOTS=1 it refreshes docs/screenshots/2x-measures-*.png instead:
//   npx vite build && TESSERA_SCREENSHOTS=1 npx vitest run test/browser/measures-screenshots.test.ts
import { mkdtempSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { seedDemoPractice } from "../../src/demo/seed-demo";
import { hashPassword } from "../../src/server/auth/passwords";
import { startTessera } from "../../src/server/start";
import { browserSkipReason, launchChromium } from "./support/chromium";

const OUT =
  process.env.TESSERA_SCREENSHOTS === "1"
    ? resolve(import.meta.dirname, "../../docs/screenshots")
    : mkdtempSync(join(tmpdir(), "tessera-measures-shots-out-"));
const skip = !!browserSkipReason();

describe.skipIf(skip)("outcome measures screenshots of the demo practice", () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  let server: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "tessera-measures-shots-"));
    let login = { email: "", password: "" };
    server = await startTessera({
      dataDir: dir,
      port: 0,
      host: "127.0.0.1",
      quiet: true,
      beforeListen: async (store) => {
        login = await seedDemoPractice(store, hashPassword);
      },
    });
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1360, height: 900 },
      locale: "en-GB",
      baseURL: server.url,
    });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto("/");
    await page.getByLabel("Email").fill(login.email);
    await page.getByLabel("Password").fill(login.password);
    await page.getByRole("button", { name: "Log in" }).click();
    await page.getByRole("heading", { name: "Clients" }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
    if (OUT.startsWith(tmpdir())) await rm(OUT, { recursive: true, force: true });
  });

  const shot = async (target: Locator | Page, name: string) => {
    const path = join(OUT, `${name}.png`);
    if ("goto" in target) await target.screenshot({ path, animations: "disabled" });
    else {
      // The sticky top bar would otherwise be painted over a tall element.
      const style = await page.addStyleTag({ content: ".topbar { position: static !important; }" });
      await target.screenshot({ path, animations: "disabled" });
      await style.evaluate((el) => (el as Element).remove());
    }
    console.log(path);
  };
  const measures = () => page.getByRole("region", { name: "Outcome measures" });

  it("shows the charts of a client with two instruments over ten months", async () => {
    await page.getByRole("link", { name: /Sofia Brandt/ }).click();
    await measures().locator(".score-chart__point").first().waitFor();
    await shot(measures(), "20-measures-charts");

    const point = measures().locator('.measure-card[data-instrument="phq9"] .score-chart__point').nth(3);
    // Focus rather than hover: the element screenshot scrolls, which would move the point off the mouse.
    await point.focus();
    await measures().getByRole("tooltip").waitFor();
    await shot(measures().locator('.measure-card[data-instrument="phq9"]'), "21-measures-tooltip");

    await measures()
      .getByRole("group", { name: "Show GAD-7 as" })
      .getByRole("button", { name: "Table" })
      .click();
    await shot(measures().locator('.measure-card[data-instrument="gad7"]'), "22-measures-table");
  });

  it("records a PHQ-9 through the form, with an answer the API refuses shown at its item", async () => {
    await measures().getByRole("button", { name: "Record a questionnaire" }).click();
    const form = page.getByRole("form", { name: "Record a questionnaire" });
    await form.getByLabel("Questionnaire").selectOption("phq9");
    await form.getByLabel("Date answered").fill("2026-11-24");
    await form.getByLabel("Quick entry").fill("1,1,2,1,0,1,0,0,4");
    await form.getByRole("button", { name: "Save response" }).click();
    await form.locator('[data-error-for="answers.8"]').waitFor();
    await shot(form, "23-measures-form-error");

    await form
      .getByRole("group", { name: /^9\./ })
      .getByRole("radio", { name: /Several days/ })
      .check();
    await form.getByRole("button", { name: "Save response" }).click();
    await page.getByRole("region", { name: "A PHQ-9 answer to follow up" }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, "24-measures-safety-flag");
  });

  it("marks the client in the list until the follow-up is recorded", async () => {
    await page.getByRole("link", { name: "Clients", exact: true }).first().click();
    await page.locator(".flag-badge").waitFor();
    await shot(page, "25-measures-client-list-flag");
    await page.getByRole("link", { name: /Sofia Brandt/ }).click();
    const banner = page.getByRole("region", { name: "A PHQ-9 answer to follow up" });
    await banner.getByRole("button", { name: "Record the follow-up" }).click();
    await banner
      .getByLabel("How you followed it up")
      .fill(
        "Phoned the same afternoon: passing thoughts when exhausted, no plan or intent. Safety plan agreed.",
      );
    await shot(banner, "26-measures-follow-up");
    await banner.getByRole("button", { name: "Save the follow-up" }).click();
    await banner.waitFor({ state: "detached" });
    await shot(measures().locator('.measure-card[data-instrument="phq9"]'), "27-measures-followed-up");
  });

  it("shows a licensed questionnaire's items by number with where the form comes from", async () => {
    await measures().getByRole("button", { name: "Record a questionnaire" }).click();
    const form = page.getByRole("form", { name: "Record a questionnaire" });
    await form.getByLabel("Questionnaire").selectOption("pcl5");
    await form.locator('.measure-item[data-item="3"]').waitFor();
    await form.getByLabel("Quick entry").fill("2,3,1,,2");
    await form.getByRole("button", { name: "Save response" }).click();
    await form.locator(".measure-item--unanswered").first().waitFor();
    await shot(form, "28-measures-licensed-form");
  });

  it("charts WHO-5, PCL-5 and the symptom profile: a lone band, a cut-point line, decimals", async () => {
    await page.getByRole("link", { name: "Clients", exact: true }).first().click();
    await page.getByRole("link", { name: /Mara Lindqvist/ }).click();
    await measures().locator(".score-chart__point").first().waitFor();
    const clientId = decodeURIComponent(/#\/clients\/([^/]+)/.exec(page.url())![1]!);
    const record = async (
      instrument: string,
      date: string,
      answers: (number | null)[],
      labels: string[] = [],
    ) => {
      const res = await page.request.post(`/api/clients/${clientId}/measure-responses`, {
        data: { instrument, date, answers, labels },
      });
      if (res.status() !== 201) throw new Error(`record answered ${res.status()}`);
    };
    await record("who5", "2026-02-10", [1, 2, 1, 1, 2]);
    await record("who5", "2026-06-04", [3, 2, 3, 2, 3]);
    await record("who5", "2026-11-12", [4, 3, 3, 3, 4]);
    await record("pcl5", "2026-02-10", [2, 3, 2, 2, 3, 3, 2, 2, 2, 3, 2, 2, 1, 2, 3, 2, 2, 3, 2, 2]);
    await record("pcl5", "2026-06-04", [2, 2, 1, 2, 2, 2, 2, null, 1, 2, 2, 1, 1, 2, 2, 1, 2, 2, 2, 1]);
    await record("pcl5", "2026-08-27", [1, 2, 1, 1, 2, 2, 1, 1, 1, 2, 1, 1, 1, 1, 2, 1, 1, 2, 1, 1]);
    await record("pcl5", "2026-11-12", [1, 1, 0, 1, 1, 1, 1, 0, 1, 1, 1, 0, 0, 1, 1, 0, 1, 1, 1, 0]);
    const labels = ["tight jaw", "", "playing the cello"];
    await record("symptom-profile", "2026-02-10", [5, null, 5, 4], labels);
    await record("symptom-profile", "2026-06-04", [4, null, 3, 3], labels);
    await record("symptom-profile", "2026-11-12", [2, null, 2, 2], labels);
    await page.reload();
    await measures().locator('.measure-card[data-instrument="pcl5"] .score-chart__point').first().waitFor();
    for (const id of ["who5", "pcl5", "symptom-profile"]) {
      await shot(measures().locator(`.measure-card[data-instrument="${id}"]`), `29-measures-${id}`);
    }
  });
});
