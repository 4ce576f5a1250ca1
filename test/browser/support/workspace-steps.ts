// Steps a practitioner takes in the workspace, written against what they see (labels, buttons).
import type { Locator, Page } from "playwright-core";

export const PRACTITIONER = {
  practiceName: "Still Point Practice",
  name: "Ana Rivera",
  email: "ana@stillpoint.example",
  password: "a quiet harbour at dawn",
};

/** The first-run page: creates the practice and its practitioner, who lands on the client list. */
export async function completeSetup(page: Page, who = PRACTITIONER): Promise<void> {
  await page.goto("/");
  await page.getByRole("heading", { name: "Welcome" }).waitFor();
  await page.getByLabel("Practice name").fill(who.practiceName);
  await page.getByLabel("Your name").fill(who.name);
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Create the practice" }).click();
  await page.getByRole("heading", { name: "Clients" }).waitFor();
}

/** Setup through the API from inside the browser context, so the page holds the login cookie. */
export async function setupByApi(page: Page, who = PRACTITIONER): Promise<void> {
  const res = await page.request.post("/api/setup", { data: who });
  if (res.status() !== 201) throw new Error(`setup answered ${res.status()}`);
}

export async function createClientByApi(page: Page, name: string): Promise<string> {
  const res = await page.request.post("/api/clients", {
    data: { name, presentingConcerns: [{ category: "stress", description: "I never switch off" }] },
  });
  if (res.status() !== 201) throw new Error(`create client answered ${res.status()}`);
  return ((await res.json()) as { id: string }).id;
}

export function pieceCard(page: Page, index: number): Locator {
  return page.locator(`li.piece[data-piece-index="${index}"]`);
}

/** Adds a piece of a kind by hand and gives its card. */
export async function addPiece(page: Page, kindLabel: string): Promise<Locator> {
  const before = await page.locator("li.piece").count();
  await page.getByLabel("Kind of the new piece").selectOption({ label: kindLabel });
  await page.getByRole("button", { name: "Add a piece" }).click();
  const card = pieceCard(page, before);
  await card.waitFor();
  return card;
}

export async function saveDraft(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Save draft" }).click();
  await page.locator(".action-bar__status", { hasText: "Draft saved at" }).waitFor();
}

/** The session id the page's address now names (#/sessions/:id). */
export async function currentSessionId(page: Page): Promise<string> {
  const hash = await page.evaluate(() => window.location.hash);
  const match = /^#\/sessions\/([^/]+)$/.exec(hash);
  if (!match) throw new Error(`not on a session page: ${hash}`);
  return decodeURIComponent(match[1]!);
}
