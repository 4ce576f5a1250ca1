// A running Tessera on a fresh database of one store, and a Chromium page pointed at it.
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { startTessera } from "../../../src/server/start";
import type { DisposableConfig, StoreTarget } from "../../support/databases";
import { launchChromium } from "./chromium";

const WEB_BUILD = resolve(import.meta.dirname, "../../../dist/web/index.html");
const SHOTS = resolve(import.meta.dirname, "../../../test-results/browser");

export interface WorkspaceUnderTest {
  url: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** A full-page screenshot under test-results/browser/, for looking into a failure. */
  snap(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function openWorkspace(target: StoreTarget, label: string): Promise<WorkspaceUnderTest> {
  if (!existsSync(WEB_BUILD)) {
    throw new Error("dist/web is missing: run `npx vite build` first (npm test does it in pretest)");
  }
  const db: DisposableConfig = await target.openConfig();
  const closers: Array<() => Promise<unknown>> = [() => db.dispose()];
  const close = async () => {
    for (const fn of closers.reverse()) await fn().catch(() => undefined);
  };
  try {
    const server = await startTessera({ ...db.config, port: 0, host: "127.0.0.1", quiet: true });
    closers.push(() => server.close());
    const browser = await launchChromium();
    closers.push(() => browser.close());
    const context = await browser.newContext({
      viewport: { width: 1360, height: 900 },
      locale: "en-GB",
      baseURL: server.url,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const dir = join(SHOTS, `${label}-${target.name}`);
    return {
      url: server.url,
      browser,
      context,
      page,
      async snap(name) {
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

/**
 * A full-page screenshot with the sticky bars laid out in place: a full-page capture would
 * otherwise paint them in the middle of the page.
 */
export async function fullPageScreenshot(page: Page, path: string): Promise<void> {
  const style = await page.addStyleTag({
    content:
      ".topbar, .action-bar, .suggestions { position: static !important; max-height: none !important; }",
  });
  try {
    await page.screenshot({ path, fullPage: true, animations: "disabled" });
  } finally {
    await style.evaluate((el) => (el as Element).remove());
  }
}
