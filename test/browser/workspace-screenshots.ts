// Screenshots of the workspace views (issue 11) for docs/screenshots/, desktop and phone, on the
// demo practice with Tomas's long process. Run: npm run screenshots (take-screenshots.ts calls
// this), or npx vite build && npx tsx test/browser/workspace-screenshots.ts
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { storeTargets } from "../support/databases";
import { openDemoWorkspace } from "./support/demo-workspace";
import { fullPageScreenshot } from "./support/workspace-under-test";

const OUT = resolve(import.meta.dirname, "../../docs/screenshots");

export async function takeWorkspaceScreenshots(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const ws = await openDemoWorkspace(storeTargets().find((t) => t.name === "sqlite")!);
  try {
    const tomas = ws.clients.get("Tomas Berg")!;
    const c = `/#/clients/${tomas}`;
    /** full: the whole page; a number: the page's top that many pixels high; false: the viewport. */
    const shot = async (page: Page, name: string, full: boolean | number = true) => {
      const path = join(OUT, `${name}.png`);
      if (full === true) await fullPageScreenshot(page, path);
      else if (full === false) await page.screenshot({ path, animations: "disabled" });
      else {
        const width = page.viewportSize()!.width;
        await page.screenshot({
          path,
          fullPage: true,
          clip: { x: 0, y: 0, width, height: full },
          animations: "disabled",
        });
      }
      console.log(path);
    };
    for (const [width, suffix] of [
      [1360, ""],
      [390, "-phone"],
    ] as const) {
      const { page, context } = await ws.newPage(width);
      const visit = async (url: string, ready: string, name: string, full: boolean | number = true) => {
        await page.goto(url);
        await page.locator(ready).first().waitFor();
        await shot(page, `workspace-${name}${suffix}`, full);
      };
      await visit("/#/home", "#home-recent", "20-home");
      // The overview: light session list, measures and the card linking the views (no process document).
      await visit(c, "#process-title", "39-overview");
      await visit(`${c}/brief`, "[data-testid=notes-for-next-time]", "21-brief");
      await visit(`${c}/mosaic`, ".mosaic__row", "22-mosaic", 2000);
      const boy = await page
        .locator("label:has-text('Highlight') select option", { hasText: "Character: boy in the attic" })
        .getAttribute("value");
      await visit(
        `${c}/mosaic?highlight=${boy}&zoom=out`,
        ".mtile--highlighted",
        "23-mosaic-highlight",
        false,
      );
      await page.locator(".mtile").nth(5).click();
      await page.locator(".piece-detail__sentence").waitFor();
      await shot(page, `workspace-24-mosaic-piece${suffix}`, false);
      await visit(`${c}/body-map`, "[data-region=diaphragm]", "25-body-map");
      await page.locator('[data-region="diaphragm"]').click();
      await page.locator(".region-piece").first().waitFor();
      await shot(page, `workspace-26-body-map-region${suffix}`);
      await visit(`${c}/characters`, ".character-card", "27-characters");
      await visit(`${c}/threads`, ".thread-card", "28-threads");
      await visit(`${c}/life`, ".life-chart__memory", "29-life");
      await visit(`${c}/measures`, ".chart-legend", "30-measures-axis");
      await visit(`${c}/contributions`, ".reflection", "31-contributions");
      await visit("/#/search?q=attic", ".search-hit", "32-search");
      await visit("/#/audit", ".audit-table", "33-audit", false);
      // Acting in the workspace (issue 11): nothing is saved, the forms and questions are shown open.
      await page.goto(`${c}/mosaic`);
      await page.locator(".mtile").first().focus();
      for (const key of [" ", "ArrowRight", "ArrowRight", " "]) await page.keyboard.press(key);
      await page.getByRole("button", { name: "Make a thread" }).click();
      await page.getByLabel("Name of the thread").fill("Breath held since the attic");
      await shot(page, `workspace-34-mosaic-choose${suffix}`, false);
      await page.goto(`${c}/characters`);
      // Element shots: the sticky bars would be drawn over the element's top and bottom.
      const unstick = () =>
        page.addStyleTag({ content: ".topbar, .action-bar { position: static !important; }" });
      await unstick();
      const judge = page.locator('.character-card[data-character="judge"]');
      await judge.locator("summary", { hasText: "Merge into" }).click();
      const oldWoman = await judge.locator("option", { hasText: "old woman" }).getAttribute("value");
      await judge.getByLabel("The same figure as").selectOption(oldWoman!);
      await judge.getByRole("button", { name: "Merge…" }).click();
      await judge.getByRole("alertdialog").scrollIntoViewIfNeeded();
      await judge.screenshot({ path: join(OUT, `workspace-35-character-merge${suffix}.png`) });
      await visit("/#/settings", "#crisis-title", "36-settings");
      await page.goto(`${c}/sessions/new`);
      await page.getByRole("button", { name: "Add a piece" }).click();
      const piece = page.locator("li.piece").last();
      await unstick();
      await piece.getByLabel("What arose").fill("A tight band across her left arm, then it softened");
      await piece.getByRole("button", { name: "Choose on the figure" }).click();
      await piece.locator('[data-view="front"][data-region="arms"][data-side="left"]').click();
      await piece.screenshot({ path: join(OUT, `workspace-37-session-region-figure${suffix}.png`) });
      await context.close();
    }
  } finally {
    await ws.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await takeWorkspaceScreenshots();
