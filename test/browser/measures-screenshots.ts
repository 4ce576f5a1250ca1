// Screenshots of the outcome measures on the demo practice (28 responses across three clients),
// written to docs/screenshots/2x-measures-*.png. Part of `npm run screenshots`, not of `npm test`:
//   npm run build:web && npx tsx test/browser/measures-screenshots.ts
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Locator, Page } from "playwright-core";
import { seedDemoPractice } from "../../src/demo/seed-demo";
import { hashPassword } from "../../src/server/auth/passwords";
import { startTessera } from "../../src/server/start";
import { launchChromium } from "./support/chromium";

const OUT = resolve(import.meta.dirname, "../../docs/screenshots");

async function main() {
  await mkdir(OUT, { recursive: true });
  const dir = await mkdtemp(join(tmpdir(), "tessera-measures-shots-"));
  let login = { email: "", password: "" };
  const server = await startTessera({
    dataDir: dir,
    port: 0,
    host: "127.0.0.1",
    quiet: true,
    beforeListen: async (store) => {
      login = await seedDemoPractice(store, hashPassword);
    },
  });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({
      viewport: { width: 1360, height: 900 },
      locale: "en-GB",
      baseURL: server.url,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto("/");
    await page.getByLabel("Email").fill(login.email);
    await page.getByLabel("Password").fill(login.password);
    await page.getByRole("button", { name: "Log in" }).click();
    await page.getByRole("heading", { name: "Clients" }).waitFor();
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

    // Shows the charts of a client with two instruments over ten months.
    {
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
    }

    // Records a PHQ-9 through the form, with an answer the API refuses shown at its item.
    {
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
    }

    // Marks the client in the list until the follow-up is recorded.
    {
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
    }

    // Shows a licensed questionnaire's items by number with where the form comes from.
    {
      await measures().getByRole("button", { name: "Record a questionnaire" }).click();
      const form = page.getByRole("form", { name: "Record a questionnaire" });
      await form.getByLabel("Questionnaire").selectOption("pcl5");
      await form.locator('.measure-item[data-item="3"]').waitFor();
      await form.getByLabel("Quick entry").fill("2,3,1,,2");
      await form.getByRole("button", { name: "Save response" }).click();
      await form.locator(".measure-item--unanswered").first().waitFor();
      await shot(form, "28-measures-licensed-form");
    }

    // Charts WHO-5, PCL-5 and the symptom profile: a lone band, a cut-point line, decimals.
    {
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
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
