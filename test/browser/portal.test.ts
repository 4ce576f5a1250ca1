// In headless Chromium, on each store: a practitioner invites a client to the portal; the client
// accepts on a phone-sized screen, writes a shared and a private reflection, answers a PHQ-9 sent
// "before every session", and one with item 9 = 2 shows them the crisis text at once. The
// practitioner sees the shared reflection (as the client's words), never the private one, the
// new point on the chart and the flag; an admin never sees the private reflection either.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeInBrowserOn } from "./support/each-store-browser";
import { openPortalWorld, PHONE, type PortalUnderTest } from "./support/portal-under-test";
import {
  acceptInvitation,
  answerPhq9,
  makeInvitationLink,
  region,
  sendQuestionnaire,
  sidewaysOverflow,
  writeReflection,
} from "./support/portal-steps";
import { seriousAxeViolations } from "./support/portal-axe";
import { createClientByApi, setupByApi } from "./support/workspace-steps";

const SHARED = "The warmth in my chest stayed with me all evening";
const PRIVATE = "Quillwort: I was furious with my sister and did not say so";
const PIA = {
  name: "Pia Practitioner",
  email: "pia@stillpoint.example",
  password: "the tide comes in slowly",
};
const MARIA = { email: "maria@example.org", password: "my own quiet garden path" };

function phq9Points(page: Page) {
  return region(page, "Outcome measures").locator(
    '.measure-card[data-instrument="phq9"] .score-chart__point',
  );
}

describeInBrowserOn("postgres", "client portal", (target) => {
  let w: PortalUnderTest;
  let admin: Page;
  let pia: Page;
  let phone: Page;
  let clientId: string;

  beforeAll(async () => {
    w = await openPortalWorld(target, "portal");
    ({ page: admin } = await w.newPage("desktop"));
    await setupByApi(admin);
    const me = (await (await admin.request.get("/api/auth/me")).json()) as { practice: { id: string } };
    await w.system.createUser(me.practice.id, {
      name: PIA.name,
      email: PIA.email,
      role: "practitioner",
      clientId: null,
      passwordHash: await (await import("../../src/server/auth/passwords")).hashPassword(PIA.password),
    });
    ({ page: pia } = await w.newPage("desktop"));
    const login = await pia.request.post("/api/auth/login", {
      data: { email: PIA.email, password: PIA.password },
    });
    expect(login.status()).toBe(200);
    clientId = await createClientByApi(pia, "Maria Keller");
    ({ page: phone } = await w.newPage("phone"));
  });
  afterAll(async () => w?.close());

  it("lets the practitioner invite, and the client accept on a phone and land in the portal", async () => {
    await pia.goto(`/#/clients/${clientId}`);
    await pia.getByRole("heading", { name: "Maria Keller" }).waitFor();
    const link = await makeInvitationLink(pia, MARIA.email);
    expect(link).toMatch(/#\/invitation\/[A-Za-z0-9_-]{40,}$/);
    await w.snap(pia, "practitioner-invitation");

    await acceptInvitation(phone, link, MARIA.password);
    await phone.getByRole("heading", { name: "Hello, Maria" }).waitFor();
    expect(await sidewaysOverflow(phone)).toBeLessThanOrEqual(0);
    expect(phone.viewportSize()).toEqual(PHONE);
    // The link works once.
    const again = await w.newPage("phone");
    await again.page.goto(link);
    await again.page.getByText("This invitation link is not valid any more").waitFor();
    await again.context.close();
  });

  it("shows the practitioner the shared reflection as the client's words, never the private one, nor to an admin", async () => {
    await writeReflection(phone, SHARED, true);
    await writeReflection(phone, PRIVATE, false);
    expect(await sidewaysOverflow(phone)).toBeLessThanOrEqual(0);
    await w.snap(phone, "portal-reflections-phone");

    await pia.reload();
    const shared = region(pia, "Reflections shared by Maria");
    await shared.getByText(SHARED).waitFor();
    await expect(shared.getByText("In Maria's words").count()).resolves.toBe(1);
    await expect(pia.content()).resolves.not.toContain("Quillwort");
    await w.snap(pia, "practitioner-client-page");

    for (const staff of [pia, admin]) {
      const res = await staff.request.get(`/api/clients/${clientId}/reflections`);
      expect(await res.text()).not.toContain("Quillwort");
      const search = await staff.request.get(`/api/search?q=Quillwort`);
      expect(await search.text()).not.toContain(clientId);
    }
    await admin.goto(`/#/clients/${clientId}`);
    await admin.locator("main").waitFor();
    await admin.waitForLoadState("networkidle");
    await expect(admin.content()).resolves.not.toContain("Quillwort");
  });

  it("lists a questionnaire sent before every session as due, takes the answers, and moves the practitioner's chart", async () => {
    await sendQuestionnaire(pia, "phq9", "Before every session");
    await expect(phq9Points(pia).count()).resolves.toBe(0);

    await phone.reload();
    const section = region(phone, "Questionnaires");
    await section
      .locator('li.due-item[data-instrument="phq9"]')
      .getByText("before your next session")
      .waitFor();
    await w.snap(phone, "portal-due-phone");
    await answerPhq9(phone, "Several days", "Not at all");
    await section.getByText("Nothing to answer just now.").waitFor();
    await expect(phone.getByRole("alert").filter({ hasText: "If you need help now" }).count()).resolves.toBe(
      0,
    );

    await pia.reload();
    await phq9Points(pia).first().waitFor();
    await expect(phq9Points(pia).count()).resolves.toBe(1);
  });

  it("shows the client the crisis text at once after item 9 = 2, and the practitioner the flag", async () => {
    await sendQuestionnaire(pia, "phq9", "Once");
    await phone.reload();
    await answerPhq9(phone, "Not at all", "More than half the days");
    const crisis = phone.getByRole("alert").filter({ hasText: "If you need help now" });
    await crisis.waitFor();
    await expect(crisis.textContent()).resolves.toMatch(/emergency services.*crisis line.*practitioner/s);
    expect(await sidewaysOverflow(phone)).toBeLessThanOrEqual(0);
    await w.snap(phone, "portal-crisis-phone");

    await pia.reload();
    const banner = pia.locator('section.safety-flag[data-urgency="high"]');
    await banner.getByText("A PHQ-9 answer to follow up").waitFor();
    await w.snap(pia, "practitioner-flag");
    await pia.goto("/#/clients");
    await pia
      .locator(".client-row", { hasText: "Maria Keller" })
      .locator('.flag-badge[data-urgency="high"]')
      .waitFor();
  });

  it("shows the practitioner's home what is overdue, and the client can give and withdraw a consent", async () => {
    await pia.goto(`/#/clients/${clientId}`);
    const card = region(pia, "Questionnaires sent to the portal");
    const form = card.getByRole("form", { name: "Send a questionnaire" });
    await form.getByLabel("Questionnaire to send").selectOption("gad7");
    await form.getByLabel("When").selectOption({ label: "Once" });
    await form.getByLabel("Answer by (optional)").fill("2020-01-01");
    await form.getByRole("button", { name: "Send the questionnaire" }).click();
    await card.locator('li[data-overdue="true"]').waitFor();
    await pia.goto("/#/clients");
    await region(pia, "Questionnaires overdue").getByRole("link", { name: "Maria Keller" }).waitFor();

    await phone.reload();
    const consents = region(phone, "Your consents");
    await consents.getByRole("button", { name: "Give consent to research" }).click();
    await consents.locator('li[data-purpose="research"]').getByText("Given on").waitFor();
    await consents.getByRole("button", { name: "Withdraw consent to research" }).click();
    await consents.locator('li[data-purpose="research"]').getByText("Withdrawn on").waitFor();
  });

  it("has no serious or critical axe violations on the portal, the invitation page and the client page", async () => {
    await phone.reload();
    await phone.getByRole("heading", { name: "Hello, Maria" }).waitFor();
    await phone.waitForLoadState("networkidle");
    expect(await seriousAxeViolations(phone)).toEqual([]);
    await w.snap(phone, "portal-home-phone");

    await pia.goto(`/#/clients/${clientId}`);
    await region(pia, "Client portal").waitFor();
    await pia.waitForLoadState("networkidle");
    // The portal's sections of the client page, and the measures (flag banner, chart).
    const mine = ["client-reflections-title", "assignments-title", "story-title", "portal-title"].map(
      (id) => `section[aria-labelledby="${id}"]`,
    );
    expect(await seriousAxeViolations(pia, [...mine, "section.safety-flag", ".measure-card"])).toEqual([]);

    const fresh = await createClientByApi(pia, "Jonas Weber");
    await pia.goto(`/#/clients/${fresh}`);
    const link = await makeInvitationLink(pia, "jonas@example.org");
    const { page, context } = await w.newPage("phone");
    await page.goto(link);
    await page.getByLabel("Choose a password").waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await w.snap(page, "invitation-page-phone");
    await context.close();
  });
});
