// A running Tessera holding the demo practice (one store), a Chromium page logged in as the demo
// practitioner, and the ids of the demo clients by name: what the workspace-view tests start from.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { seedDemoPractice } from "../../../src/demo/seed-demo";
import { hashPassword } from "../../../src/server/auth/passwords";
import { startTessera } from "../../../src/server/start";
import type { StoreTarget } from "../../support/databases";
import { launchChromium } from "./chromium";

const WEB_BUILD = resolve(import.meta.dirname, "../../../dist/web/index.html");

export interface DemoWorkspace {
  url: string;
  browser: Browser;
  /** Ids of the demo clients by name. */
  clients: Map<string, string>;
  /**
   * A new logged-in page of the given width (desktop 1360, tablet 820, phone 390). bypassCSP lets
   * a test inject a checker such as axe-core as an inline script.
   */
  newPage(
    width?: number,
    options?: { bypassCSP?: boolean },
  ): Promise<{ page: Page; context: BrowserContext }>;
  close(): Promise<void>;
}

export async function openDemoWorkspace(target: StoreTarget): Promise<DemoWorkspace> {
  if (!existsSync(WEB_BUILD)) throw new Error("dist/web is missing: run `npx vite build` first");
  const db = await target.openConfig();
  const closers: Array<() => Promise<unknown>> = [() => db.dispose()];
  const close = async () => {
    for (const fn of closers.reverse()) await fn().catch(() => undefined);
  };
  try {
    let login = { email: "", password: "" };
    const server = await startTessera({
      ...db.config,
      port: 0,
      host: "127.0.0.1",
      quiet: true,
      beforeListen: async (store) => {
        login = await seedDemoPractice(store, hashPassword);
      },
    });
    closers.push(() => server.close());
    const browser = await launchChromium();
    closers.push(() => browser.close());
    const newPage = async (width = 1360, options: { bypassCSP?: boolean } = {}) => {
      const context = await browser.newContext({
        bypassCSP: options.bypassCSP ?? false,
        viewport: { width, height: width < 500 ? 844 : 900 },
        locale: "en-GB",
        baseURL: server.url,
      });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const res = await page.request.post("/api/auth/login", {
        data: login,
        headers: { "x-tessera-request": "1" },
      });
      if (res.status() !== 200) throw new Error(`demo login answered ${res.status()}`);
      return { page, context };
    };
    const probe = await newPage();
    const list = await probe.page.request.get("/api/clients");
    const clients = new Map<string, string>(
      ((await list.json()) as { items: Array<{ id: string; name: string }> }).items.map((c) => [
        c.name,
        c.id,
      ]),
    );
    await probe.context.close();
    return { url: server.url, browser, clients, newPage, close };
  } catch (err) {
    await close();
    throw err;
  }
}
