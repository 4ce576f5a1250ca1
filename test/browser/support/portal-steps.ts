// Steps of the portal tests, written against what people see (labels, buttons, regions).
import type { Locator, Page } from "playwright-core";

export function region(page: Page, name: string | RegExp): Locator {
  return page.getByRole("region", { name });
}

/** The practitioner makes an invitation link on the client page and reads it from the box. */
export async function makeInvitationLink(page: Page, email: string): Promise<string> {
  const card = region(page, "Client portal");
  await card.getByLabel("Client's email for the login").fill(email);
  await card.getByRole("button", { name: "Make an invitation link" }).click();
  const box = card.getByLabel("Invitation link");
  await box.waitFor();
  return box.inputValue();
}

export async function acceptInvitation(page: Page, link: string, password: string): Promise<void> {
  await page.goto(link);
  await page.getByRole("heading", { name: "Your client portal" }).waitFor();
  await page.getByLabel("Choose a password").fill(password);
  await page.getByLabel("Type it again").fill(password);
  await page.getByRole("button", { name: "Open my portal" }).click();
}

export async function writeReflection(page: Page, text: string, shared: boolean): Promise<void> {
  const section = region(page, "Your reflections");
  const form = section.getByRole("form", { name: "Write a reflection" });
  await form.getByLabel("What is with you since the session?").fill(text);
  if (shared) await form.getByLabel(/Share with my practitioner/).check();
  await form.getByRole("button", { name: shared ? "Save and share" : "Save privately" }).click();
  await section.getByRole("list", { name: "Your reflections" }).getByText(text).waitFor();
}

export async function sendQuestionnaire(page: Page, instrument: string, when: string): Promise<void> {
  const card = region(page, "Questionnaires sent to the portal");
  const form = card.getByRole("form", { name: "Send a questionnaire" });
  await form.getByLabel("Questionnaire to send").selectOption(instrument);
  await form.getByLabel("When").selectOption({ label: when });
  const before = await card.locator("li[data-assignment]").count();
  await form.getByRole("button", { name: "Send the questionnaire" }).click();
  await card.locator("li[data-assignment]").nth(before).waitFor();
}

/** Answers a due PHQ-9 in the portal: every item with `answer`, item 9 with `item9`. */
export async function answerPhq9(page: Page, answer: string, item9: string): Promise<void> {
  const section = region(page, "Questionnaires");
  await section.getByRole("button", { name: "Answer PHQ-9" }).first().click();
  const form = section.getByRole("form", { name: "Answer PHQ-9" });
  for (let n = 1; n <= 9; n++) {
    await form
      .locator(`fieldset.measure-item[data-item="${n}"]`)
      .getByRole("radio", { name: n === 9 ? item9 : answer, exact: true })
      .check();
  }
  await form.getByRole("button", { name: "Send my answers" }).click();
  await section.getByRole("status").filter({ hasText: "reached your practitioner" }).waitFor();
}

/** Whether the page scrolls sideways (it must not on a phone). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
