// A Tessera whose server can be stopped and started again on the same address and database, with
// a Chromium page pointed at it: for "the server went away in the middle of an edit".
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { startTessera } from "../../../src/server/start";
import type { DisposableConfig, StoreTarget } from "../../support/databases";
import { launchChromium } from "./chromium";
import { fullPageScreenshot } from "./workspace-under-test";

const SHOTS = resolve(import.meta.dirname, "../../../test-results/browser");

export interface RestartableWorkspace {
  page: Page;
  stopServer(): Promise<void>;
  startServer(): Promise<void>;
  snap(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function openRestartableWorkspace(
  target: StoreTarget,
  label: string,
): Promise<RestartableWorkspace> {
  const db: DisposableConfig = await target.openConfig();
  let server: Awaited<ReturnType<typeof startTessera>> | null = null;
  let browser: Browser | null = null;
  let port = 0;
  const startServer = async () => {
    server = await startTessera({ ...db.config, port, host: "127.0.0.1", quiet: true });
    port = Number(new URL(server.url).port);
  };
  const stopServer = async () => {
    await server?.close();
    server = null;
  };
  const close = async () => {
    await browser?.close().catch(() => undefined);
    await stopServer().catch(() => undefined);
    await db.dispose().catch(() => undefined);
  };
  try {
    await startServer();
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1360, height: 900 },
      locale: "en-GB",
      baseURL: `http://127.0.0.1:${port}`,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const dir = join(SHOTS, `${label}-${target.name}`);
    return {
      page,
      stopServer,
      startServer,
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
