// Real headless Chromium from the system (Debian's package); a browser is never downloaded.
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = "/usr/bin/chromium";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Why the browser tests cannot run here, or null when they can. Under CI=true they must run, so
 * a missing Chromium is not a reason to skip there: the launch fails and says so.
 */
export function browserSkipReason(
  env: Record<string, string | undefined> = process.env,
  installed: boolean = existsSync(CHROMIUM_PATH),
): string | null {
  if (env.CI === "true" || installed) return null;
  return `Chromium is not installed at ${CHROMIUM_PATH} (apt-get install -y chromium); browser tests skipped`;
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is required at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
}
