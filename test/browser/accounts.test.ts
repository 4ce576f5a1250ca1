// In headless Chromium (SQLite; the stores' side is pinned by the API and store tests on both):
// an administrator adds an account (a field error first), hands over a reset link, disables the
// account (its open login ends) and enables it; the user sets a password from the link, enrols
// an authenticator app (the code is computed here with otpauth), keeps the recovery codes and
// logs in with password and code. A non-admin gets a plain "not allowed" page. axe-core finds no
// serious or critical problem on any of these pages; screenshots at 1360 px and on a 390 px phone.
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { Secret, TOTP } from "otpauth";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeTargets } from "../support/databases";
import { browserSkipReason } from "./support/chromium";
import { seriousAxeViolations } from "./support/portal-axe";
import { openPortalWorld, type PortalUnderTest } from "./support/portal-under-test";
import { fullPageScreenshot } from "./support/workspace-under-test";
import { PRACTITIONER, setupByApi } from "./support/workspace-steps";

// TESSERA_SCREENSHOTS_DIR=docs/screenshots refreshes the documentation's pictures.
const SHOTS = resolve(
  process.env.TESSERA_SCREENSHOTS_DIR ?? resolve(import.meta.dirname, "../../test-results/browser/accounts"),
);
const KIM = { name: "Kim Osei", email: "kim@stillpoint.example", first: "first password for kim" };
const KIM_NEW = "a kettle singing on the stove";

const codeAt = (secret: string, ms: number) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" }).generate({
    timestamp: ms,
  });

async function snap(page: Page, name: string) {
  await mkdir(SHOTS, { recursive: true });
  await fullPageScreenshot(page, join(SHOTS, `${name}.png`));
}

async function expectAccessible(page: Page) {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

const noBrowser = browserSkipReason();
const sqlite = storeTargets().find((t) => t.name === "sqlite")!;

describe.skipIf(noBrowser !== null)("accounts and the second factor in Chromium", () => {
  let w: PortalUnderTest;
  let admin: Page;
  let kim: Page;
  let resetLink = "";
  let secret = "";
  let enrolledAt = 0;

  beforeAll(async () => {
    w = await openPortalWorld(sqlite, "accounts");
    ({ page: admin } = await w.newPage("desktop"));
    await setupByApi(admin);
    ({ page: kim } = await w.newPage("phone"));
  });
  afterAll(async () => w?.close());

  const card = (email: string) => admin.locator(`li.account[data-account="${email}"]`);

  it("lets an administrator add an account, with the problem next to its field first", async () => {
    await admin.goto("/#/accounts");
    await admin.getByRole("heading", { name: "Accounts", level: 1 }).waitFor();
    await admin.getByRole("link", { name: "Accounts" }).waitFor();
    await admin.getByRole("button", { name: "Add an account" }).click();
    const form = admin.getByRole("form", { name: "Add an account" });
    await form.getByLabel("Name").fill(KIM.name);
    await form.getByLabel("Email").fill(KIM.email);
    await form.getByLabel("First password").fill("short");
    await form.getByRole("button", { name: "Add the account" }).click();
    await form.locator('[data-error-for="password"]').getByText("use at least 12 characters").waitFor();
    await expectAccessible(admin);
    await snap(admin, "accounts-30-add-error");
    await form.getByLabel("First password").fill(KIM.first);
    await form.getByRole("button", { name: "Add the account" }).click();
    await card(KIM.email).waitFor();
    await expect(card(KIM.email).textContent()).resolves.toMatch(/Practitioner.*Active.*Off.*not yet/s);
  });

  it("disables an account after saying its logins end, and its open login ends at once", async () => {
    const login = await kim.request.post("/api/auth/login", {
      data: { email: KIM.email, password: KIM.first },
    });
    expect(login.status()).toBe(200);
    expect((await kim.request.get("/api/auth/me")).status()).toBe(200);

    await card(KIM.email).getByRole("button", { name: "Disable" }).click();
    const dialog = admin.getByRole("alertdialog", { name: `Disable ${KIM.name}?` });
    await dialog.getByText("Every open login of Kim Osei ends at once").waitFor();
    await expectAccessible(admin);
    await snap(admin, "accounts-31-disable-confirm");
    await dialog.getByRole("button", { name: "Disable the account" }).click();
    await card(KIM.email).locator(".badge--disabled").waitFor();
    expect((await kim.request.get("/api/auth/me")).status()).toBe(401);

    await card(KIM.email).getByRole("button", { name: "Enable" }).click();
    await admin.getByRole("alertdialog").getByRole("button", { name: "Enable the account" }).click();
    await card(KIM.email).locator(".badge--active").waitFor();
  });

  it("gives a one-time reset link to hand over", async () => {
    await card(KIM.email).getByRole("button", { name: "Password reset link" }).click();
    const link = card(KIM.email).getByTestId("reset-link");
    await link.waitFor();
    resetLink = await link.inputValue();
    expect(resetLink).toMatch(/\/#\/reset-password\?token=[A-Za-z0-9_-]{40,}$/);
    await expectAccessible(admin);
    await snap(admin, "accounts-32-list");
    const { page: phone, context } = await w.newPage("phone");
    await phone.request.post("/api/auth/login", {
      data: { email: PRACTITIONER.email, password: PRACTITIONER.password },
    });
    await phone.goto("/#/accounts");
    await phone.locator(`li.account[data-account="${KIM.email}"]`).waitFor();
    await snap(phone, "accounts-32-list-phone");
    await context.close();
  });

  it("sets a new password from the link on a phone, once, then logs in", async () => {
    await kim.goto(resetLink);
    await kim.getByRole("heading", { name: "Set a new password" }).waitFor();
    await kim.getByLabel("New password", { exact: true }).fill(KIM_NEW);
    await kim.getByLabel("The same password again").fill(`${KIM_NEW}!`);
    await kim.getByRole("button", { name: "Set the password" }).click();
    await kim.getByText("the two passwords are not the same").waitFor();
    await expectAccessible(kim);
    await snap(kim, "accounts-33-reset-password-phone");
    await kim.getByLabel("The same password again").fill(KIM_NEW);
    await kim.getByRole("button", { name: "Set the password" }).click();
    await kim.getByText("Your new password is set").waitFor();
    await kim.getByRole("button", { name: "Log in" }).click();
    await kim.getByLabel("Email").fill(KIM.email);
    await kim.getByLabel("Password").fill(KIM_NEW);
    await kim.getByRole("button", { name: "Log in" }).click();
    await kim.getByRole("heading", { name: "Clients" }).waitFor();

    // The link worked once.
    const { page: again, context } = await w.newPage("phone");
    await again.goto(resetLink);
    await again.getByLabel("New password", { exact: true }).fill("another long password");
    await again.getByLabel("The same password again").fill("another long password");
    await again.getByRole("button", { name: "Set the password" }).click();
    await again.getByText("This link does not work any more").waitFor();
    await expectAccessible(again);
    await context.close();
  });

  it("shows a non-admin a plain not-allowed page for accounts", async () => {
    await kim.goto("/#/accounts");
    await kim.getByText("Only the practice’s administrators manage accounts").waitFor();
    await expectAccessible(kim);
  });

  it("enrols an authenticator app with a first code and shows ten recovery codes once", async () => {
    await kim.goto("/#/two-factor");
    await kim.getByRole("heading", { name: "Second factor", level: 1 }).waitFor();
    await kim.getByRole("button", { name: "Set up an authenticator app" }).click();
    await kim.getByRole("img", { name: "QR code of your second-factor secret" }).locator("svg").waitFor();
    secret = (await kim.getByTestId("totp-secret").textContent())!.replace(/\s/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expectAccessible(kim);
    await snap(kim, "accounts-34-enrol-phone");
    await kim.getByLabel("The six-digit code the app shows now").fill("000000");
    await kim.getByRole("button", { name: "Turn the second factor on" }).click();
    await kim.locator('[data-error-for="code"]').waitFor();
    enrolledAt = Date.now();
    await kim.getByLabel("The six-digit code the app shows now").fill(codeAt(secret, enrolledAt));
    await kim.getByRole("button", { name: "Turn the second factor on" }).click();
    const codes = kim.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
    await codes.first().waitFor();
    await expect(codes.count()).resolves.toBe(10);
    await expectAccessible(kim);
    await snap(kim, "accounts-35-recovery-codes-phone");
    await kim.getByRole("button", { name: "I have kept them" }).click();
    await kim.getByText("10 recovery codes are left unused").waitFor();
  });

  it("logs in with the password, then the code, and the admin sees the second factor on", async () => {
    // On a phone the top bar's account links sit behind its Menu button.
    await kim.getByRole("button", { name: "Menu" }).click();
    await kim.getByRole("button", { name: "Log out" }).click();
    await kim.getByLabel("Email").fill(KIM.email);
    await kim.getByLabel("Password").fill(KIM_NEW);
    await kim.getByRole("button", { name: "Log in" }).click();
    await kim.getByRole("heading", { name: "Second step" }).waitFor();
    await kim.getByLabel("Code").fill("123456");
    await kim.getByRole("button", { name: "Log in" }).click();
    await kim.locator('[data-error-for="code"]').waitFor();
    await expectAccessible(kim);
    await snap(kim, "accounts-36-login-code-phone");
    // The next time step: the enrolment's own code is used up and would be refused.
    await kim.getByLabel("Code").fill(codeAt(secret, Math.max(Date.now(), enrolledAt + 30_000)));
    await kim.getByRole("button", { name: "Log in" }).click();
    // Back where the login ended: the second-factor page, now logged in.
    await kim.getByText("10 recovery codes are left unused").waitFor();

    await admin.reload();
    await expect(card(KIM.email).textContent()).resolves.toMatch(/Second factor\s*On/);
    await card(KIM.email).getByRole("button", { name: "Reset second factor" }).click();
    const dialog = admin.getByRole("alertdialog", { name: `Reset ${KIM.name}’s second factor?` });
    await dialog.getByText("For a lost phone").waitFor();
    await expectAccessible(admin);
    await snap(admin, "accounts-39-reset-second-factor-confirm");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "detached" });
  });

  it("shows the same pages on a desktop: enrolment, and a used link's clear message", async () => {
    await admin.goto("/#/two-factor");
    await admin.getByRole("button", { name: "Set up an authenticator app" }).click();
    await admin.getByRole("img", { name: "QR code of your second-factor secret" }).locator("svg").waitFor();
    await snap(admin, "accounts-37-enrol");
    await admin.goto(resetLink);
    await admin.reload();
    await admin.getByLabel("New password", { exact: true }).fill("another long password");
    await admin.getByLabel("The same password again").fill("another long password");
    await admin.getByRole("button", { name: "Set the password" }).click();
    await admin.getByText("This link does not work any more").waitFor();
    await snap(admin, "accounts-38-reset-link-used");
  });
});
