// In real Chromium, on each store: a page on another port of the same host (same site, so the
// SameSite=Strict cookie goes along) tries a form POST and fetches against a logged-in Tessera,
// and changes nothing; and the server's logs of the whole run hold none of the clinical words
// the practitioner typed.
import { createServer, type Server } from "node:http";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { Writable } from "node:stream";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTessera } from "../../src/server/start";
import { launchChromium } from "../browser/support/chromium";
import { describeEachStoreInBrowser } from "../browser/support/each-store-browser";
import { completeSetup } from "../browser/support/workspace-steps";
import type { DisposableConfig } from "../support/databases";

const WEB_BUILD = resolve(import.meta.dirname, "../../dist/web/index.html");
/** Words no log line may ever hold: typed into the client form and searched for. */
const CLINICAL_WORDS = ["Quillwhistle", "Marrowfen", "sternumache"];

describeEachStoreInBrowser("attacks from another origin", (target) => {
  let db: DisposableConfig;
  let tessera: Awaited<ReturnType<typeof startTessera>>;
  let browser: Browser;
  let page: Page;
  let attacker: Server;
  let attackerUrl: string;
  const logs: string[] = [];

  beforeAll(async () => {
    if (!existsSync(WEB_BUILD)) throw new Error("dist/web is missing: run `npx vite build` first");
    db = await target.openConfig();
    tessera = await startTessera({
      ...db.config,
      port: 0,
      host: "127.0.0.1",
      logStream: new Writable({
        write(chunk, _enc, done) {
          logs.push(String(chunk));
          done();
        },
      }),
    });
    attacker = createServer((_req, res) => {
      res.setHeader("content-type", "text/html");
      res.end(attackPage(tessera.url));
    });
    await new Promise<void>((done) => attacker.listen(0, "127.0.0.1", done));
    const address = attacker.address();
    attackerUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    browser = await launchChromium();
    const context = await browser.newContext({ baseURL: tessera.url, locale: "en-GB" });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => attacker?.close(done));
    await tessera?.close();
    await db?.dispose();
  });

  it("types clinical words in the workspace as a practitioner would", async () => {
    await completeSetup(page);
    await page.getByRole("button", { name: "New client" }).click();
    const form = page.getByRole("form", { name: "Create client" });
    await form.getByLabel("Name").fill(`${CLINICAL_WORDS[0]} Client`);
    await form.getByRole("button", { name: "Add a concern" }).click();
    await form.getByLabel("Category").selectOption("pain");
    await form.getByLabel("In the client’s own words").fill(`${CLINICAL_WORDS[1]} and ${CLINICAL_WORDS[2]}`);
    await form.getByRole("button", { name: "Create client" }).click();
    await page.getByRole("heading", { name: `${CLINICAL_WORDS[0]} Client` }).waitFor();
    // A search as the web client sends it: the words travel in the query string.
    const status = await page.evaluate(
      (q) => fetch(`/api/search?q=${encodeURIComponent(q)}`).then((r) => r.status),
      CLINICAL_WORDS.join(" "),
    );
    expect(status).toBe(200);
  });

  it("changes nothing when a page on another port posts a form and fetches with the practitioner's cookie", async () => {
    const attackPageTab = await page.context().newPage();
    await attackPageTab.goto(attackerUrl);
    // Once its fetches are settled the page posts the form, which navigates the tab to Tessera's answer.
    await attackPageTab.waitForURL(/\/api\/auth\/logout/);
    expect(await attackPageTab.textContent("body")).toMatch(/forbidden/);
    await attackPageTab.close();

    const me = await page.evaluate(() => fetch("/api/auth/me").then((r) => r.status));
    expect(me).toBe(200);
    const names = await page.evaluate(() =>
      fetch("/api/clients")
        .then((r) => r.json())
        .then((body: { items: { name: string }[] }) => body.items.map((c) => c.name)),
    );
    expect(names).toEqual([`${CLINICAL_WORDS[0]} Client`]);
  });

  it("has logged every request and none of the clinical words typed or searched", () => {
    const lines = logs.join("").split("\n").filter(Boolean);
    const requests = lines
      .map((l) => JSON.parse(l) as { msg: string; route?: string })
      .filter((l) => l.msg === "request");
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.map((r) => r.route)).toContain("/api/search");
    for (const word of CLINICAL_WORDS)
      expect(lines.join("\n").toLowerCase()).not.toContain(word.toLowerCase());
  });
});

/** Three ways a hostile page tries to act for the logged-in practitioner. */
function attackPage(target: string): string {
  const body = JSON.stringify({ name: "Mallory" });
  return `<!doctype html><html><body>
<form id="f" method="POST" action="${target}/api/auth/logout" enctype="text/plain">
  <input name='{"pad":"' value='"}'>
</form>
<script>
(async () => {
  const tries = [
    fetch("${target}/api/clients", { method: "POST", mode: "no-cors", credentials: "include",
      headers: { "content-type": "text/plain" }, body: ${JSON.stringify(body)} }),
    fetch("${target}/api/clients", { method: "POST", credentials: "include",
      headers: { "content-type": "application/json" }, body: ${JSON.stringify(body)} }),
  ];
  await Promise.allSettled(tries);
  window.done = true;
  document.getElementById("f").submit();
})();
</script></body></html>`;
}
