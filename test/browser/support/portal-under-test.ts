// A running Tessera with two browsers on it: the practitioner's (desktop) and the client's
// (a 390 px phone), each with its own cookies, and the system store for making staff logins.
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { startTessera } from "../../../src/server/start";
import type { SystemStore } from "../../../src/store/store";
import type { StoreTarget } from "../../support/databases";
import { launchChromium } from "./chromium";
import { fullPageScreenshot } from "./workspace-under-test";

const WEB_BUILD = resolve(import.meta.dirname, "../../../dist/web/index.html");
const SHOTS = resolve(import.meta.dirname, "../../../test-results/browser");
export const PHONE = { width: 390, height: 844 };

export interface PortalUnderTest {
  url: string;
  system: SystemStore;
  browser: Browser;
  /** A fresh browser context (own cookies) and page; a phone when asked. */
  newPage(kind: "desktop" | "phone"): Promise<{ context: BrowserContext; page: Page }>;
  snap(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export async function openPortalWorld(target: StoreTarget, label: string): Promise<PortalUnderTest> {
  if (!existsSync(WEB_BUILD)) throw new Error("dist/web is missing: run `npx vite build` first");
  const db = await target.openConfig();
  const closers: Array<() => Promise<unknown>> = [() => db.dispose()];
  const close = async () => {
    for (const fn of closers.reverse()) await fn().catch(() => undefined);
  };
  try {
    const server = await startTessera({ ...db.config, port: 0, host: "127.0.0.1", quiet: true });
    closers.push(() => server.close());
    const browser = await launchChromium();
    closers.push(() => browser.close());
    const dir = join(SHOTS, `${label}-${target.name}`);
    return {
      url: server.url,
      system: server.store,
      browser,
      async newPage(kind) {
        const context = await browser.newContext({
          viewport: kind === "phone" ? PHONE : { width: 1360, height: 900 },
          ...(kind === "phone" ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
          locale: "en-GB",
          baseURL: server.url,
        });
        const page = await context.newPage();
        page.setDefaultTimeout(15_000);
        return { context, page };
      },
      async snap(page, name) {
        await mkdir(dir, { recursive: true });
        const path = join(dir, `${name}.png`);
        await fullPageScreenshot(page, path);
        return path;
      },
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}
