// How long the first screen of each workspace view takes for a client with 30 sessions and one
// with 300 (20 pieces each: 600 vs 6,000 pieces), over HTTP on localhost (SQLite, compiled
// server code run by tsx), and the mosaic's first load in headless Chromium.
// Run: npx vite build && npx tsx bench/views-first-screen.ts   (target: 300 within 2× of 30;
// browser first load ≤ 500 ms)
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PIECE_KINDS, type PieceInput } from "../src/domain";
import { hashPassword } from "../src/server/auth/passwords";
import { startTessera } from "../src/server/start";
import type { ScopedStore } from "../src/store/store";
import { launchChromium } from "../test/browser/support/chromium";

const REGIONS = ["chest", "throat", "jaw", "diaphragm", "shoulders", "abdomen", "occiput", "hands"] as const;
const RUNS = 15;

async function seedClient(store: ScopedStore, name: string, sessions: number): Promise<string> {
  const client = await store.createClient({ name, dateOfBirth: "1980-05-01" });
  const character = await store.createCharacter(client.id, { label: "boy", aspect: "child" });
  const thread = await store.createThread(client.id, { name: "breath" });
  const start = Date.UTC(2015, 0, 5);
  for (let i = 0; i < sessions; i++) {
    const sentences = Array.from(
      { length: 20 },
      (_, k) => `Sentence ${k} of session ${i} where he felt something move`,
    );
    const narrative = sentences.join(". ") + ".";
    let at = 0;
    const pieces: PieceInput[] = sentences.map((text, k) => {
      const kind = PIECE_KINDS[(i + k) % PIECE_KINDS.length]!;
      const p: PieceInput = {
        kind,
        text,
        start: at,
        end: at + text.length,
        regions: [REGIONS[(i + k) % REGIONS.length]!],
        age: kind === "memory" ? (k % 40) + 1 : null,
        period: null,
        emotions: kind === "emotion" ? ["sadness"] : [],
        character: kind === "character" || kind === "message" ? "boy" : null,
        aspect: kind === "character" ? "child" : null,
        characterId: kind === "character" || kind === "message" ? character.id : null,
        threadIds: k === 0 ? [thread.id] : [],
      };
      at += text.length + 2;
      return p;
    });
    const date = new Date(start + i * 9 * 86_400_000).toISOString().slice(0, 10);
    const s = await store.createSession(client.id, {
      date,
      narrative,
      pieces,
      integration: "Next time: go slowly.",
    });
    if (i < sessions - 1) await store.signSession(s.id);
  }
  return client.id;
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

async function main() {
  const dir = await mkdtemp(join(tmpdir(), "tessera-views-bench-"));
  const login = { email: "bench@views.example", password: "bench views password" };
  const ids: Record<string, string> = {};
  const t0 = Date.now();
  const server = await startTessera({
    dataDir: dir,
    port: 0,
    host: "127.0.0.1",
    quiet: true,
    beforeListen: async (system) => {
      const { practice, user } = await system.createPracticeWithUser("Bench", {
        name: "Bench",
        email: login.email,
        role: "admin",
        passwordHash: await hashPassword(login.password),
      });
      const store = system.scoped({
        userId: user.id,
        practiceId: practice.id,
        role: "admin",
        clientId: null,
      });
      ids["30"] = await seedClient(store, "Thirty", 30);
      ids["300"] = await seedClient(store, "Three hundred", 300);
    },
  });
  console.log(`seeded 30 + 300 sessions in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  try {
    const res = await fetch(`${server.url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-tessera-request": "1" },
      body: JSON.stringify(login),
    });
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(";")[0]!)
      .find((c) => c.startsWith("tessera_session="));
    if (!cookie) throw new Error(`login answered ${res.status} without a session cookie`);
    const views = [
      "brief",
      "mosaic",
      "body-map",
      "body-map/chest",
      "characters",
      "threads",
      "life",
      "measures",
      "contributions",
    ];
    console.log("\nview            30 p50/p95 ms   300 p50/p95 ms   KB (300)   ratio p50");
    for (const v of views) {
      const row: Record<string, { p50: number; p95: number; kb: number }> = {};
      for (const size of ["30", "300"]) {
        const url = `${server.url}/api/clients/${ids[size]}/views/${v}`;
        const times: number[] = [];
        let kb = 0;
        for (let i = 0; i < RUNS + 2; i++) {
          const t = performance.now();
          const r = await fetch(url, { headers: { cookie, "accept-encoding": "br" } });
          const body = await r.arrayBuffer();
          if (r.status !== 200) throw new Error(`${v} answered ${r.status}`);
          if (i >= 2) times.push(performance.now() - t);
          kb = body.byteLength / 1024;
        }
        row[size] = { p50: pct(times, 0.5), p95: pct(times, 0.95), kb };
      }
      const a = row["30"]!;
      const b = row["300"]!;
      console.log(
        `${v.padEnd(16)}${a.p50.toFixed(1).padStart(6)} / ${a.p95.toFixed(1).padEnd(8)}${b.p50.toFixed(1).padStart(6)} / ${b.p95.toFixed(1).padEnd(9)}${b.kb.toFixed(0).padStart(6)}     ${(b.p50 / a.p50).toFixed(2)}×`,
      );
    }

    const browser = await launchChromium();
    try {
      for (const [view, ready] of [
        ["mosaic", ".mosaic__row"],
        ["brief", "[data-testid=notes-for-next-time]"],
        ["body-map", "[data-region=chest]"],
      ] as const) {
        const loads: number[] = [];
        for (let i = 0; i < 6; i++) {
          const context = await browser.newContext({ baseURL: server.url });
          await context.addCookies([
            { name: "tessera_session", value: cookie.split("=")[1]!, url: server.url },
          ]);
          const page = await context.newPage();
          const t = performance.now();
          await page.goto(`/#/clients/${ids["300"]}/${view}`);
          await page.locator(ready).first().waitFor();
          if (i > 0) loads.push(performance.now() - t);
          await context.close();
        }
        console.log(
          `Chromium first load, ${view} of the 300-session client: median ${pct(loads, 0.5).toFixed(0)} ms, max ${Math.max(...loads).toFixed(0)} ms`,
        );
      }
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
