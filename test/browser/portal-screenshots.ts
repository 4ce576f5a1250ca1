// Screenshots of the client portal on a 390 px phone and of the portal's parts of the client page,
// one screen at a time (element shots), written to test-results/browser/portal-shots/. Not part
// of `npm test`:  npx vite build && npx tsx test/browser/portal-screenshots.ts
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Locator } from "playwright-core";
import { storeTargets } from "../support/databases";
import { openPortalWorld } from "./support/portal-under-test";
import {
  acceptInvitation,
  answerPhq9,
  makeInvitationLink,
  region,
  sendQuestionnaire,
  writeReflection,
} from "./support/portal-steps";
import { createClientByApi, setupByApi } from "./support/workspace-steps";

const OUT = resolve(import.meta.dirname, "../../test-results/browser/portal-shots");

async function main() {
  await mkdir(OUT, { recursive: true });
  const w = await openPortalWorld(storeTargets()[0]!, "portal-shots");
  const shot = (l: Locator, name: string) =>
    l.screenshot({ path: join(OUT, `${name}.png`), animations: "disabled" });
  try {
    const { page: staff } = await w.newPage("desktop");
    await setupByApi(staff);
    const clientId = await createClientByApi(staff, "Maria Keller");
    await staff.request.post(`/api/clients/${clientId}/sessions`, { data: { date: "2026-11-20" } });
    await staff.goto(`/#/clients/${clientId}`);
    await staff.getByRole("heading", { name: "Maria Keller" }).waitFor();
    const link = await makeInvitationLink(staff, "maria@example.org");
    await sendQuestionnaire(staff, "phq9", "Before every session");
    await shot(region(staff, "Client portal"), "staff-invitation");

    const { page: phone } = await w.newPage("phone");
    await acceptInvitation(phone, link, "my own quiet garden path");
    await phone.getByRole("heading", { name: "Hello, Maria" }).waitFor();
    await phone.screenshot({ path: join(OUT, "phone-top.png") });
    await writeReflection(phone, "The warmth in my chest stayed with me all evening.", true);
    await writeReflection(phone, "I was furious with my sister and did not say so.", false);
    await shot(region(phone, "Your reflections"), "phone-reflections");
    await answerPhq9(phone, "Several days", "More than half the days");
    await shot(region(phone, "Questionnaires"), "phone-questionnaires-crisis");
    await shot(region(phone, "Your consents"), "phone-consents");
    await shot(region(phone, "Who has opened your record"), "phone-record-access");
    await shot(region(phone, "From your practitioner"), "phone-shared");

    await staff.request.post(`/api/clients/${clientId}/process-stories`, {
      data: {
        title: "Your process so far",
        text: "We have met once.\n\nA warmth in your chest kept returning.",
        shared: true,
      },
    });
    await phone.reload();
    await shot(region(phone, "From your practitioner"), "phone-shared-story");

    await staff.reload();
    await staff.locator("section.safety-flag").first().waitFor();
    await shot(staff.locator("section.safety-flag").first(), "staff-flag");
    await shot(region(staff, "Reflections shared by Maria"), "staff-reflections");
    await shot(region(staff, "Questionnaires sent to the portal"), "staff-assignments");
    await region(staff, "Process story for the client")
      .getByRole("button", { name: "Start from a draft" })
      .click();
    await shot(region(staff, "Process story for the client"), "staff-story-draft");
    await staff.goto("/#/clients");
    await staff.locator(".client-row").first().waitFor();
    await staff.screenshot({ path: join(OUT, "staff-client-list.png") });
  } finally {
    await w.close();
  }
}

await main();
