// In headless Chromium, on each store: the client's own practitioner shares the client with a
// colleague from the care-team card on the client's overview; the colleague can then open the
// client; removing them asks first and closes the record to them again. The sole member is not
// offered to remove themself. axe-core finds no serious or critical problem in the card and its
// dialog (the page's kind legend dims the tiles of kinds with no piece, which axe flags, and is
// not this card's). Screenshots at 1360 px and of the card on a 390 px phone go to
// docs/screenshots/ from the SQLite run.
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeInBrowserOn } from "./support/each-store-browser";
import { seriousAxeViolations } from "./support/portal-axe";
import { openPortalWorld, type PortalUnderTest } from "./support/portal-under-test";
import { fullPageScreenshot } from "./support/workspace-under-test";
import { createClientByApi, setupByApi } from "./support/workspace-steps";

const DOCS_SHOTS = resolve(import.meta.dirname, "../../docs/screenshots");
/** The parts of the client's page this card brings: the card, and its confirmation dialog. */
const CARD = ["section.care-team"];
const CARD_AND_DIALOG = ["section.care-team", ".overlay"];
const PASSWORD = "a quiet harbour at dawn";
const KIM = { name: "Kim Osei", email: "kim@stillpoint.example" };
const LEE = { name: "Lee Moreau", email: "lee@stillpoint.example" };
const MAX = { name: "Max Lindqvist", email: "max@stillpoint.example" };

async function logIn(page: Page, email: string): Promise<void> {
  const res = await page.request.post("/api/auth/login", { data: { email, password: PASSWORD } });
  if (res.status() !== 200) throw new Error(`login answered ${res.status()}`);
}

describeInBrowserOn("postgres", "care team", (target) => {
  let w: PortalUnderTest;
  let kim: Page;
  let lee: Page;
  let clientId: string;
  let admin: Page;
  const accountIds: Record<string, string> = {};

  const card = () => kim.getByRole("region", { name: "Care team" });
  const shot = async (page: Page, name: string) => {
    if (target.name !== "sqlite") return w.snap(page, name);
    await mkdir(DOCS_SHOTS, { recursive: true });
    await fullPageScreenshot(page, join(DOCS_SHOTS, `${name}.png`));
  };

  beforeAll(async () => {
    w = await openPortalWorld(target, "care-team");
    ({ page: admin } = await w.newPage("desktop"));
    await setupByApi(admin);
    for (const who of [KIM, LEE, MAX]) {
      const res = await admin.request.post("/api/accounts", {
        data: { ...who, role: "practitioner", password: PASSWORD },
      });
      if (res.status() !== 201) throw new Error(`add account answered ${res.status()}`);
      accountIds[who.email] = ((await res.json()) as { id: string }).id;
    }
    ({ page: kim } = await w.newPage("desktop"));
    await logIn(kim, KIM.email);
    clientId = await createClientByApi(kim, "Noor Haddad");
    ({ page: lee } = await w.newPage("desktop"));
    await logIn(lee, LEE.email);
  });
  afterAll(async () => w?.close());

  it("shows the sole member without a way to remove themself, and the colleague cannot open the client yet", async () => {
    await kim.goto(`/#/clients/${clientId}`);
    const me = card().locator(`[data-member="${KIM.name}"]`);
    await me.getByText("the only member").waitFor();
    await expect(me.getByRole("button").count()).resolves.toBe(0);
    const res = await lee.request.get(`/api/clients/${clientId}`);
    expect(res.status()).toBe(404);
  });

  it("lets the own practitioner add a colleague, who can then open the client", async () => {
    const form = card().getByRole("form", { name: "Add a colleague to the care team" });
    await form.getByLabel("Share with a colleague").selectOption({ label: `${LEE.name} (practitioner)` });
    await form.getByRole("button", { name: "Add" }).click();
    await card().locator(`[data-member="${LEE.name}"]`).getByText("Practitioner").waitFor();
    await expect(card().getByRole("listitem").allTextContents()).resolves.toEqual([
      expect.stringContaining(KIM.name),
      expect.stringContaining(LEE.name),
    ]);
    // Lee is on the team now: no longer offered in the list.
    await expect(form.locator("option").allTextContents()).resolves.toEqual([
      "Choose…",
      "Ana Rivera (administrator)",
      `${MAX.name} (practitioner)`,
    ]);
    expect(await seriousAxeViolations(kim, CARD)).toEqual([]);
    await shot(kim, "workspace-38-care-team");

    await lee.goto(`/#/clients/${clientId}`);
    await lee.getByRole("heading", { name: "Care team" }).waitFor();
    await lee.getByRole("region", { name: "Care team" }).locator(`[data-member="${LEE.name}"]`).waitFor();
  });

  it("asks before removing a colleague, after which they cannot open the client", async () => {
    await card()
      .getByRole("button", { name: `Remove ${LEE.name} from the care team` })
      .click();
    const dialog = kim.getByRole("alertdialog", { name: `Remove ${LEE.name} from the care team?` });
    await dialog.getByText(`${LEE.name} will no longer see Noor Haddad's record`).waitFor();
    expect(await seriousAxeViolations(kim, CARD_AND_DIALOG)).toEqual([]);
    // The dialog is fixed over the viewport: a picture of the viewport, with the card in it.
    if (target.name !== "sqlite") await w.snap(kim, "workspace-38-care-team-remove");
    else {
      await card().scrollIntoViewIfNeeded();
      await kim.screenshot({
        path: join(DOCS_SHOTS, "workspace-38-care-team-remove.png"),
        animations: "disabled",
      });
    }
    await dialog.getByRole("button", { name: "Remove from the team" }).click();
    await dialog.waitFor({ state: "detached" });
    await card().locator(`[data-member="${LEE.name}"]`).waitFor({ state: "detached" });
    expect((await lee.request.get(`/api/clients/${clientId}`)).status()).toBe(404);
  });

  it("shows the server's refusal when the chosen colleague was disabled meanwhile, and offers them no more", async () => {
    const form = card().getByRole("form", { name: "Add a colleague to the care team" });
    await form.getByLabel("Share with a colleague").selectOption({ label: `${MAX.name} (practitioner)` });
    // The header the web client sends on a body-less POST (the CSRF guard wants it).
    const res = await admin.request.post(`/api/accounts/${accountIds[MAX.email]}/disable`, {
      headers: { "x-tessera-request": "1" },
    });
    expect(res.status()).toBe(200);
    await form.getByRole("button", { name: "Add" }).click();
    await form
      .getByRole("alert")
      .getByText(
        "Not added: the colleague is not valid (no active staff member of this practice has this id).",
      )
      .waitFor();
    // The list is read again after a refusal: the disabled colleague leaves it.
    await form.locator("option", { hasText: MAX.name }).waitFor({ state: "detached" });
    // Lee, removed above, is offered again.
    await expect(form.locator("option").allTextContents()).resolves.toEqual([
      "Choose…",
      "Ana Rivera (administrator)",
      `${LEE.name} (practitioner)`,
    ]);
    await expect(card().getByRole("listitem").count()).resolves.toBe(1);
    expect(await seriousAxeViolations(kim, CARD)).toEqual([]);
    await card().screenshot({ path: `test-results/browser/care-team-refused-${target.name}.png` });
  });

  it("fits the card on a 390 px phone", async () => {
    const { page: phone } = await w.newPage("phone");
    await logIn(phone, KIM.email);
    await phone.goto(`/#/clients/${clientId}`);
    const region = phone.getByRole("region", { name: "Care team" });
    await region.getByText("the only member").waitFor();
    const box = await region.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    expect(await seriousAxeViolations(phone, CARD)).toEqual([]);
    // The card alone: on a phone it sits below every other section of the overview.
    const name = "workspace-38-care-team-phone";
    if (target.name !== "sqlite") await w.snap(phone, name);
    else await region.screenshot({ path: join(DOCS_SHOTS, `${name}.png`), animations: "disabled" });
  });
});
