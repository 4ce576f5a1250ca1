// Screenshots of the workspace for docs/screenshots/: a fresh practice for setup and errors, the
// demo practice for the client list, the overview, a mosaic tile and sessions.
// Run: npm run screenshots (with measures-screenshots.ts), or npm run build:web && npx tsx test/browser/take-screenshots.ts
import { mkdtemp, rm, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { seedDemoPractice } from "../../src/demo/seed-demo";
import { hashPassword } from "../../src/server/auth/passwords";
import { startTessera } from "../../src/server/start";
import { launchChromium } from "./support/chromium";
import { fullPageScreenshot } from "./support/workspace-under-test";
import { PRACTITIONER } from "./support/workspace-steps";
import { takeWorkspaceScreenshots } from "./workspace-screenshots";

const OUT = resolve(import.meta.dirname, "../../docs/screenshots");

const NARRATIVE =
  "I began with a still point at the occiput. After a few minutes her breathing slowed and she said " +
  "the back of her head felt heavy and warm. A little girl appeared, hiding under the kitchen table. " +
  "The little girl said she was waiting for her mother to come home. She felt a deep sadness in her " +
  "chest and began to sob. Then she saw a soft golden light around her heart and her shoulders let go. " +
  "She realised that she has been waiting for permission to rest ever since.";

async function main() {
  await mkdir(OUT, { recursive: true });
  const browser = await launchChromium();
  const dirs: string[] = [];
  const servers: Array<{ close(): Promise<void> }> = [];
  try {
    const shot = async (page: Page, name: string, full = false) => {
      const path = join(OUT, `${name}.png`);
      if (full) await fullPageScreenshot(page, path);
      else await page.screenshot({ path, animations: "disabled" });
      console.log(path);
    };
    const newPage = async (url: string) => {
      const context = await browser.newContext({
        viewport: { width: 1360, height: 900 },
        locale: "en-GB",
        baseURL: url,
      });
      return context.newPage();
    };

    // A fresh practice: first run and a refused field.
    const emptyDir = await mkdtemp(join(tmpdir(), "tessera-shots-"));
    dirs.push(emptyDir);
    const fresh = await startTessera({ dataDir: emptyDir, port: 0, host: "127.0.0.1", quiet: true });
    servers.push(fresh);
    const page = await newPage(fresh.url);
    await page.goto("/");
    await page.getByRole("heading", { name: "Welcome" }).waitFor();
    await shot(page, "01-setup");
    await page.getByLabel("Practice name").fill(PRACTITIONER.practiceName);
    await page.getByLabel("Your name").fill(PRACTITIONER.name);
    await page.getByLabel("Email").fill(PRACTITIONER.email);
    await page.getByLabel("Password").fill("too short");
    await page.getByRole("button", { name: "Create the practice" }).click();
    await page.locator(".field-error").waitFor();
    await shot(page, "02-setup-error");
    await page.getByLabel("Password").fill(PRACTITIONER.password);
    await page.getByRole("button", { name: "Create the practice" }).click();
    await page.getByRole("heading", { name: "Clients" }).waitFor();
    await page.getByRole("button", { name: "New client" }).click();
    const form = page.getByRole("form", { name: "Create client" });
    await form.getByLabel("Name").fill("Maria Keller");
    await form.getByLabel("Pronouns").fill("she/her");
    await form.getByLabel("Date of birth").fill("1981-04-12");
    await form.getByRole("button", { name: "Add a concern" }).click();
    await form.getByLabel("Category").selectOption("anxiety");
    await form.getByLabel("In the client’s own words").fill("A tight band around my chest at night");
    await form.getByLabel("Email").fill("maria@");
    await form.getByRole("button", { name: "Create client" }).click();
    await form.locator(".field-error").first().waitFor();
    await shot(page, "03-new-client-error", true);
    await page.getByRole("button", { name: "Log out" }).click();
    await page.getByRole("heading", { name: "Log in" }).waitFor();
    await shot(page, "04-login");

    // The demo practice: months of sessions for three clients.
    const demoDir = await mkdtemp(join(tmpdir(), "tessera-shots-demo-"));
    dirs.push(demoDir);
    let login = { email: "", password: "" };
    const demo = await startTessera({
      dataDir: demoDir,
      port: 0,
      host: "127.0.0.1",
      quiet: true,
      beforeListen: async (store) => {
        login = await seedDemoPractice(store, hashPassword);
      },
    });
    servers.push(demo);
    const p = await newPage(demo.url);
    await p.goto("/");
    await p.getByLabel("Email").fill(login.email);
    await p.getByLabel("Password").fill(login.password);
    await p.getByRole("button", { name: "Log in" }).click();
    await p.getByRole("heading", { name: "Clients" }).waitFor();
    await shot(p, "05-clients");

    await p.locator(".client-row").first().click();
    await p.locator("#process-title").waitFor();
    await shot(p, "06-client-process", true);
    // The process across sessions is the views' now (the overview only links them): a tile of
    // the mosaic opened as its sentence.
    await p.getByRole("region", { name: "The process" }).getByRole("link", { name: "Mosaic" }).click();
    const tile = p.locator(".mtile").nth(3);
    await tile.click();
    await p.locator(".piece-detail__sentence").waitFor();
    await shot(p, "07-tile-tooltip");

    await p.locator(".mosaic__when").first().click();
    await p.locator("article, form[aria-label='Session']").first().waitFor();
    await shot(p, "08-session-record", true);

    await p.goBack();
    await p.getByRole("link", { name: "Record a new session" }).click();
    await p.getByRole("heading", { name: "New session" }).waitFor();
    await p.getByLabel("Narrative", { exact: true }).pressSequentially(NARRATIVE);
    await p.locator('.suggestions[aria-busy="false"] .suggestion').first().waitFor();
    await p
      .locator('.suggestion[data-kind="character"]')
      .first()
      .getByRole("button", { name: /^Accept/ })
      .click();
    await p
      .locator(".suggestion")
      .first()
      .getByRole("button", { name: /^Dismiss/ })
      .click();
    await p.getByRole("heading", { name: "What happened" }).scrollIntoViewIfNeeded();
    await p.evaluate(() => document.getElementById("narrative-title")?.scrollIntoView());
    await shot(p, "09-session-suggestions");
    await shot(p, "10-session-form", true);
    await p.context().clearCookies();
    await p.getByRole("button", { name: "Save draft" }).click();
    await p.getByRole("dialog", { name: "Log in again" }).waitFor();
    await shot(p, "11-login-again");
  } finally {
    await browser.close();
    for (const s of servers) await s.close();
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  }
}

await main();
// The workspace views (issue 11).
await takeWorkspaceScreenshots();
