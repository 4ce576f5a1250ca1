// In headless Chromium, on each store: an administrator opens a client's "Export and report"
// page, finds the sensitive sections unticked, ticks the session notes and downloads the PDF
// (its text checked with pdftotext) and the pieces CSV, then erases the client through the
// dialog that wants the full name typed. The client of another record downloads their own copy
// from the portal on a phone. axe runs on both pages; screenshots go to docs/screenshots/.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Download, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { hashPassword } from "../../src/server/auth/passwords";
import { startTessera } from "../../src/server/start";
import { makeRichPractice, UNIQUE_WORD, type RichPractice } from "../interop/practice-fixture";
import { launchChromium } from "./support/chromium";
import { describeInBrowserOn } from "./support/each-store-browser";
import { seriousAxeViolations } from "./support/portal-axe";
import { sidewaysOverflow } from "./support/portal-steps";
import { fullPageScreenshot } from "./support/workspace-under-test";

const SHOTS = resolve(import.meta.dirname, "../../docs/screenshots");
const PASSWORD = "a quiet harbour at dawn";
const DAN_LOGIN = "dan.client@example.org";

// One browser for the whole file, whichever stores run.
let browser: Promise<Browser> | null = null;
const sharedBrowser = () => (browser ??= launchChromium());
afterAll(async () => {
  if (browser) await (await browser).close();
});

async function downloaded(page: Page, link: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [download] = (await Promise.all([page.waitForEvent("download"), link.click()])) as [Download, void];
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

describeInBrowserOn("sqlite", "export, report and erasure", (target) => {
  let server: Awaited<ReturnType<typeof startTessera>>;
  let dispose: () => Promise<void>;
  let practice: RichPractice;
  let adminEmail: string;
  const shoot = (page: Page, name: string) =>
    // One store's pictures are enough; both run the same steps.
    target.name === "sqlite" ? fullPageScreenshot(page, resolve(SHOTS, `${name}.png`)) : Promise.resolve();

  async function pageAs(email: string, width: number): Promise<Page> {
    const context = await (
      await sharedBrowser()
    ).newContext({
      viewport: { width, height: width < 500 ? 844 : 900 },
      ...(width < 500 ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
      locale: "en-GB",
      baseURL: server.url,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const res = await page.request.post("/api/auth/login", {
      data: { email, password: PASSWORD },
      headers: { "x-tessera-request": "1" },
    });
    expect(res.status()).toBe(200);
    return page;
  }

  beforeAll(async () => {
    const db = await target.openConfig();
    dispose = db.dispose;
    server = await startTessera({ ...db.config, port: 0, host: "127.0.0.1", quiet: true });
    practice = await makeRichPractice(server.store);
    const hash = await hashPassword(PASSWORD);
    await server.store.changePassword(practice.adminCaller.userId, hash);
    adminEmail = (await server.store.getUser(practice.adminCaller.userId))!.email;
    // The administrator joins Mara's care team, so her workspace opens for them.
    await practice.admin.addCareTeamMember(practice.maraId, practice.adminCaller.userId);
    await server.store.createUser(practice.practiceId, {
      name: "Dan Okafor",
      email: DAN_LOGIN,
      role: "client",
      clientId: practice.danId,
      passwordHash: hash,
    });
  });
  afterAll(async () => {
    await server?.close();
    await dispose?.();
  });

  it("downloads the report with the sections ticked and the pieces CSV, passes axe, fits a phone", async () => {
    const page = await pageAs(adminEmail, 1360);
    await page.goto(`/#/clients/${practice.maraId}/export`);
    await page.getByRole("heading", { name: "Progress report" }).waitFor();
    expect(await page.getByRole("link", { name: "Export", exact: true }).getAttribute("class")).toContain(
      "view-tab--active",
    );
    const notes = page.getByRole("checkbox", { name: /Session notes/ });
    expect(await notes.isChecked()).toBe(false);
    expect(await page.getByRole("checkbox", { name: /Characters and their messages/ }).isChecked()).toBe(
      false,
    );
    expect(await page.getByRole("checkbox", { name: /^Sessions/ }).isChecked()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shoot(page, "exports-30-export-page");

    await notes.check();
    const pdf = await downloaded(page, page.getByRole("link", { name: "Download PDF" }));
    expect(pdf.name).toMatch(/^tessera-mara-lind-report-\d{4}-\d\d-\d\d\.pdf$/);
    const text = execFileSync("pdftotext", ["-", "-"], { input: pdf.bytes, encoding: "utf8" });
    expect(text).toContain("Mara Lind");
    expect(text).toContain("Session notes");
    expect(text).toContain(UNIQUE_WORD);
    expect(text).not.toContain("Characters and their messages");

    const [printable] = await Promise.all([
      page.context().waitForEvent("page"),
      page.getByRole("link", { name: "Open printable page" }).click(),
    ]);
    await printable.getByRole("heading", { name: "Progress report" }).waitFor();
    expect(await printable.getByRole("heading", { name: "Session notes" }).count()).toBe(1);
    expect(await printable.getByText(UNIQUE_WORD).count()).toBeGreaterThan(0);
    await printable.close();

    const csv = await downloaded(page, page.getByRole("link", { name: "Pieces (CSV)" }));
    expect(csv.name).toMatch(/^tessera-mara-lind-pieces-.*\.csv$/);
    expect(csv.bytes.toString("utf8").split("\r\n")[0]).toMatch(/^client_id,client_name,source,/);

    const phone = await pageAs(adminEmail, 390);
    await phone.goto(`/#/clients/${practice.maraId}/export`);
    await phone.getByRole("heading", { name: "Export the record" }).waitFor();
    const wide = await phone.evaluate(() =>
      [...document.querySelectorAll("body *")]
        .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .slice(0, 8)
        .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`),
    );
    expect(await sidewaysOverflow(phone), wide.join("\n")).toBeLessThanOrEqual(0);
    await shoot(phone, "exports-30-export-page-phone");
    await phone.context().close();
    await page.context().close();
  });

  it("gives the client their own record from the portal on a phone", async () => {
    const page = await pageAs(DAN_LOGIN, 390);
    await page.goto("/");
    const card = page.getByRole("region", { name: "Download my record" });
    await card.waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await shoot(page, "exports-32-portal-phone");
    if (target.name === "sqlite")
      await card.screenshot({
        path: resolve(SHOTS, "exports-33-portal-download-phone.png"),
        animations: "disabled",
      });
    const fhir = await downloaded(page, card.getByRole("link", { name: "FHIR JSON" }));
    const bundle = JSON.parse(fhir.bytes.toString("utf8")) as { resourceType: string; entry: unknown[] };
    expect(bundle.resourceType).toBe("Bundle");
    expect(JSON.stringify(bundle)).toContain("Dan Okafor");
    expect(JSON.stringify(bundle)).not.toContain("Mara Lind");
    const pdf = await downloaded(page, card.getByRole("link", { name: "Download PDF" }));
    const text = execFileSync("pdftotext", ["-", "-"], { input: pdf.bytes, encoding: "utf8" });
    expect(text).toContain("Your record");
    expect(text).toContain("Dan Okafor");
    await page.context().close();
  });

  it("erases the client only once the full name is typed in the dialog", async () => {
    const page = await pageAs(adminEmail, 1360);
    await page.goto(`/#/clients/${practice.maraId}/export`);
    await page.getByRole("button", { name: "Erase client…" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Erase Mara Lind?" });
    const confirm = dialog.getByRole("button", { name: "Erase for good" });
    await dialog.getByLabel("Full name of the client").fill("Mara");
    expect(await confirm.isDisabled()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    // The viewport, not the full page: the dialog's backdrop is fixed to it.
    if (target.name === "sqlite")
      await page.screenshot({ path: resolve(SHOTS, "exports-31-erase-dialog.png"), animations: "disabled" });
    await dialog.getByLabel("Full name of the client").fill("Mara Lind");
    await confirm.click();
    await page.getByRole("heading", { name: "Clients" }).waitFor();
    await page.getByText("Dan Okafor").first().waitFor();
    expect(await page.getByText("Mara Lind").count()).toBe(0);
    const gone = await page.request.get(`/api/clients/${practice.maraId}`);
    expect(gone.status()).toBe(404);
    await page.context().close();
  });
});
