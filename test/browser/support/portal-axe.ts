// For the portal tests: runs axe-core (node_modules/axe-core/axe.min.js) on the page as it is and answers the serious and critical violations, each as
// "rule: target" lines, so a failing test names what to fix.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";

const AXE = resolve(import.meta.dirname, "../../../node_modules/axe-core/axe.min.js");

interface AxeResult {
  violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }>;
}

/** `within`: CSS selectors of the parts to check (one's own sections of a shared page); all by default. */
export async function seriousAxeViolations(page: Page, within: readonly string[] = []): Promise<string[]> {
  // The app's CSP (script-src 'self') refuses addScriptTag's inline script; evaluating the
  // source through the DevTools protocol is not subject to it.
  await page.evaluate(readFileSync(AXE, "utf8"));
  const result = await page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown) => Promise<AxeResult> } }).axe;
    return axe.run(include.length > 0 ? { include: include.map((s) => [s]) } : document);
  }, within);
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}
