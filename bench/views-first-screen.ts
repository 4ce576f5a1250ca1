// How long the first screen of each workspace view takes for the long clients of a generated
// practice (30, 300 and 3,000 sessions, about 17 pieces each), over HTTP to a server in its own
// process, on both stores; each figure beside its ratio to the 30-session figure of the same run
// and the raw-driver floor of the same reads (bench/view-floors.ts). Then the process view's
// (the mosaic's) first load in headless Chromium: navigation to the first row in the DOM.
//   npx tsx bench/generate-practice.ts --scale S --seed 1      (once)
//   npx vite build && npx tsx bench/views-first-screen.ts [--scale S] [--seed 1] [--store both]
//     [--runs 20] [--browser-runs 12] [--no-browser] [--json FILE]
// Targets (issues 11, 16): 300 and 3,000 sessions within 2× of 30; Chromium first load ≤ 500 ms.
import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { openLoginSession } from "../src/server/auth/login-sessions";
import { openStore } from "../src/store/open-store";
import { launchChromium } from "../test/browser/support/chromium";
import { benchStoreConfig, readManifest, type StoreName } from "./bench-stores";
import { percentile, timeIt, type Timing } from "./figures";
import { openRawDb } from "./raw-db";
import { VIEW_FLOORS } from "./view-floors";

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "S" },
    seed: { type: "string", default: "1" },
    store: { type: "string", default: "both" },
    runs: { type: "string", default: "20" },
    "browser-runs": { type: "string", default: "12" },
    "no-browser": { type: "boolean", default: false },
    "no-floor": { type: "boolean", default: false },
    json: { type: "string" },
    /** Comma-separated views to time, or "none" for the browser figure alone. */
    views: { type: "string" },
  },
});
const seed = Number(values.seed);
const scale = values.scale!;
const runs = Number(values.runs);
const stores: StoreName[] = values.store === "both" ? ["sqlite", "postgres"] : [values.store as StoreName];
const SIZES = ["30", "300", "3000"] as const;
const VIEWS = values.views
  ? values.views.split(",").filter((v) => v in VIEW_FLOORS)
  : Object.keys(VIEW_FLOORS);

interface Row {
  store: string;
  view: string;
  sessions: string;
  p50_ms: number;
  p95_ms: number;
  kb: number;
  ratio_p50: number | null;
  floor_p50_ms: number | null;
  floor_p95_ms: number | null;
  load_1m: number;
}
const rows: Row[] = [];
const ms = (t: Timing, q: number) =>
  percentile(
    [...t.latencies].sort((a, b) => a - b),
    q,
  );
const load = () => Math.round(loadavg()[0]! * 100) / 100;

async function startServer(store: StoreName): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "bench/bench-server.ts", "--store", store, "--scale", scale, "--seed", String(seed)],
    { cwd: resolve(import.meta.dirname, ".."), stdio: ["ignore", "pipe", "inherit"], env: process.env },
  );
  for await (const line of createInterface({ input: child.stdout! }))
    if (line.startsWith("{")) return { url: (JSON.parse(line) as { url: string }).url, child };
  throw new Error("bench server exited before listening");
}

async function benchStore(store: StoreName) {
  const m = readManifest(store, scale, seed);
  if (!m) {
    console.log(
      `${store}: no generated practice at scale ${scale} seed ${seed} (bench/generate-practice.ts)`,
    );
    return;
  }
  const system = await openStore(benchStoreConfig(store, scale, seed));
  await system.migrate();
  const raw = await openRawDb(store, scale, seed);
  const { url, child } = await startServer(store);
  try {
    const practiceId = m.clinic.practiceId;
    const cookies: Record<string, string> = {};
    for (const size of SIZES) {
      const c = m.longClients[size]!;
      const { token } = await openLoginSession(system, {
        id: c.practitionerId,
        practiceId,
        role: "practitioner",
        clientId: null,
      });
      cookies[size] = `tessera_session=${token}`;
    }
    console.log(
      `\n${store}: ${m.counts.sessions} sessions, ${m.counts.pieces} pieces; load average ${loadavg()
        .map((x) => x.toFixed(2))
        .join(" ")}`,
    );
    console.log(
      "view              sessions   p50 ms   p95 ms      KB   ×30 p50   floor p50   floor p95   p95/floor  load",
    );
    for (const view of VIEWS) {
      let base: number | null = null;
      for (const size of SIZES) {
        const c = m.longClients[size]!;
        let kb = 0;
        const target = `${url}/api/clients/${c.id}/views/${view}`;
        const iterations = size === "3000" ? Math.max(5, Math.round(runs / 2)) : runs;
        const t = await timeIt(
          async () => {
            const res = await fetch(target, { headers: { cookie: cookies[size]!, "accept-encoding": "br" } });
            const body = await res.arrayBuffer();
            if (res.status !== 200) throw new Error(`${view}: ${res.status}`);
            kb = body.byteLength / 1024;
          },
          { iterations, warmup: 2, maxSeconds: 60 },
        );
        const floor = values["no-floor"]
          ? null
          : await timeIt(() => VIEW_FLOORS[view]!(raw, practiceId, c.id), {
              iterations,
              warmup: 1,
              maxSeconds: 30,
            });
        const p50 = ms(t, 0.5);
        base ??= p50;
        const row: Row = {
          store,
          view,
          sessions: size,
          p50_ms: round(p50),
          p95_ms: round(ms(t, 0.95)),
          kb: Math.round(kb),
          ratio_p50: round(p50 / base),
          floor_p50_ms: floor ? round(ms(floor, 0.5)) : null,
          floor_p95_ms: floor ? round(ms(floor, 0.95)) : null,
          load_1m: load(),
        };
        rows.push(row);
        console.log(
          [
            view.padEnd(17),
            size.padStart(8),
            fmt(row.p50_ms),
            fmt(row.p95_ms),
            String(row.kb).padStart(7),
            `${row.ratio_p50!.toFixed(2)}×`.padStart(9),
            (row.floor_p50_ms === null ? "–" : fmt(row.floor_p50_ms)).padStart(11),
            (row.floor_p95_ms === null ? "–" : fmt(row.floor_p95_ms)).padStart(11),
            (row.floor_p95_ms ? `${(row.p95_ms / row.floor_p95_ms).toFixed(2)}×` : "–").padStart(11),
            row.load_1m.toFixed(2).padStart(5),
          ].join(" "),
        );
      }
    }
    if (!values["no-browser"])
      await browserFirstLoad(store, url, m.longClients, cookies).catch((err: Error) =>
        console.log(`Chromium first load failed: ${err.message}`),
      );
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
    await raw.close();
    await system.close();
  }
}

/**
 * The process view (the mosaic) in headless Chromium, a fresh context per run (cold cache):
 * from navigation start to the first session row in the DOM, read from the page's own clock,
 * with what the load spent its time on (the script bundle, the view's request) beside it.
 */
async function browserFirstLoad(
  store: StoreName,
  url: string,
  clients: Record<string, { id: string }>,
  cookies: Record<string, string>,
) {
  const browser = await launchChromium();
  try {
    for (const size of ["30", "300", "3000"] as const) {
      const loads: number[] = [];
      const parts: Array<Record<string, number>> = [];
      for (let i = 0; i < Number(values["browser-runs"]) + 1; i++) {
        const context = await browser.newContext({ baseURL: url });
        await context.addCookies([{ name: "tessera_session", value: cookies[size]!.split("=")[1]!, url }]);
        const page = await context.newPage();
        // Strings, not functions: tsx would wrap named functions in a helper the page lacks.
        await page.addInitScript(FIRST_ROW_OBSERVER);
        await page.goto(`/#/clients/${clients[size]!.id}/mosaic`);
        try {
          await page.locator(".mosaic__row").first().waitFor({ timeout: 60_000 });
        } catch (err) {
          const text = (await page.locator("body").innerText()).slice(0, 300).replace(/\s+/g, " ");
          throw new Error(`no mosaic row (page shows: ${text})`, { cause: err });
        }
        const timing = (await page.evaluate(LOAD_TIMING)) as Record<string, number> & { firstRow: number };
        if (i > 0) {
          loads.push(timing.firstRow);
          parts.push(timing);
        }
        await context.close();
      }
      const sorted = [...loads].sort((a, b) => a - b);
      const median = (k: string) =>
        percentile(
          parts.map((p) => p[k]!).sort((a, b) => a - b),
          0.5,
        );
      rows.push({
        store,
        view: "chromium first load (mosaic)",
        sessions: size,
        p50_ms: round(percentile(sorted, 0.5)),
        p95_ms: round(percentile(sorted, 0.95)),
        kb: 0,
        ratio_p50: null,
        floor_p50_ms: null,
        floor_p95_ms: null,
        load_1m: load(),
      });
      console.log(
        `Chromium first load, mosaic of the ${size}-session client: p50 ${percentile(sorted, 0.5).toFixed(0)} ms, p95 ${percentile(sorted, 0.95).toFixed(0)} ms ` +
          `(${loads.length} runs; medians: html ${median("html").toFixed(0)}, scripts loaded ${median("scripts").toFixed(0)}, ` +
          `DOMContentLoaded ${median("domContentLoaded").toFixed(0)}, view response ${median("view").toFixed(0)} ms; load ${load().toFixed(2)})`,
      );
    }
  } finally {
    await browser.close();
  }
}

/** Notes when the first session row enters the DOM, on the page's clock (0 = navigation start). */
const FIRST_ROW_OBSERVER = `new MutationObserver(function (_, observer) {
  if (document.querySelector(".mosaic__row")) { window.__firstRow = performance.now(); observer.disconnect(); }
}).observe(document, { childList: true, subtree: true });`;

/** Where the load spent its time: the document, the scripts, the view's request, DOMContentLoaded. */
const LOAD_TIMING = `(function () {
  var nav = performance.getEntriesByType("navigation")[0];
  var res = performance.getEntriesByType("resource");
  function end(match) { return Math.max.apply(null, [0].concat(res.filter(match).map(function (r) { return r.responseEnd; }))); }
  return {
    firstRow: window.__firstRow,
    html: nav.responseEnd,
    scripts: end(function (r) { return r.initiatorType === "script" || /\\.js$/.test(r.name); }),
    view: end(function (r) { return r.name.indexOf("/views/mosaic") >= 0; }),
    domContentLoaded: nav.domContentLoadedEventEnd,
  };
})()`;

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
const fmt = (x: number) => x.toFixed(x < 10 ? 2 : 1).padStart(8);

console.log(`views first screen: scale ${scale}, seed ${seed}; ${new Date().toISOString()}`);
for (const store of stores) await benchStore(store);
if (values.json) {
  writeFileSync(values.json, JSON.stringify(rows, null, 2));
  console.log(`figures written to ${values.json}`);
}
