// Every figure of issue 16 on both stores, each beside its raw-driver floor:
//   npx tsx bench/run-all.ts [--scale M] [--baseline S] [--seed 1] [--store both] [--json FILE]
//     [--quick] [--only save,search,views,clients,load,cold,browser,size]
// Generate the practice first (bench/generate-practice.ts), at the baseline scale too, and build
// the web (npx vite build) for the Chromium figure. Store-level figures (save, search) call the
// scoped store in this process, on the scale measured and on the baseline (the targets compare
// the two); view, list and load figures go over HTTP to a server in its own process, and the mixed
// load again to a server of one worker per core (TESSERA_WORKERS, as a clinic runs it). The machine's
// load average is printed beside every figure, and the run ends with the targets met and not met.
import { spawn } from "node:child_process";
import { statSync, writeFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { availableParallelism, loadavg } from "node:os";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import type { PieceInput, Session, SessionInput } from "../src/domain";
import { openLoginSession } from "../src/server/auth/login-sessions";
import { openStore, SQLITE_FILE } from "../src/store/open-store";
import type { ScopedStore, SystemStore } from "../src/store/store";
import { benchStoreConfig, readManifest, withPostgres, type Manifest, type StoreName } from "./bench-stores";
import { coldStart, coldStartFloor } from "./cold-start";
import { FIGURE_HEADER, figureOf, formatFigure, timeIt, type Figure, type Timing } from "./figures";
import { checkTargets, formatTargets, type ScaledFigure, type SizeFigure } from "./targets";
import { mixedLoad } from "./http-load";
import { loadPractitioners } from "./load-targets";
import { COMMON_WORD, RARE_WORDS } from "./practice-content";
import { openRawDb, type RawDb } from "./raw-db";
import {
  floorClients,
  floorFacets,
  floorProcess,
  floorSave,
  floorUpdate,
  floorSearch,
  floorSearchPage,
  floorHome,
  floorSessionsPage,
  legacySearch,
  saveTemplate,
} from "./raw-floors";

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "S" },
    seed: { type: "string", default: "1" },
    store: { type: "string", default: "both" },
    json: { type: "string" },
    quick: { type: "boolean", default: false },
    only: { type: "string" },
    baseline: { type: "string" },
  },
});
const seed = Number(values.seed);
const scale = values.scale!;
const quick = values.quick!;
const only = values.only ? new Set(values.only.split(",")) : null;
const stores: StoreName[] = values.store === "both" ? ["sqlite", "postgres"] : [values.store as StoreName];
/** The scale the save and search figures are compared against (issue 16: M against S). */
const baseline = values.baseline ?? (scale.toUpperCase() === "S" ? null : "S");
const figures: Array<ScaledFigure & { load_1m: number }> = [];
const sizes: SizeFigure[] = [];

function record(f: Figure, at: string = scale) {
  const withLoad = { ...f, scale: at, load_1m: Math.round(loadavg()[0]! * 100) / 100 };
  figures.push(withLoad);
  console.log(
    `${formatFigure(f)} ${withLoad.load_1m.toFixed(2).padStart(6)}${at === scale ? "" : ` (${at})`}`,
  );
}

function sessionWith(pieces: number, i: number): SessionInput {
  return {
    date: `2025-0${1 + (Math.abs(i) % 9)}-1${Math.abs(i) % 10}`,
    narrative: "Began at the feet. The jaw softened after a long still point; warmth spread to the throat.",
    techniques: [{ technique: "CV4", regions: ["occiput"] }],
    pieces: Array.from({ length: pieces }, (_, k): PieceInput => ({
      kind: (["body_sensation", "emotion", "release", "visual"] as const)[k % 4]!,
      text: `piece ${k}: warmth in the jaw, then a sigh`,
      regions: ["jaw"],
      ...(k % 4 === 1 ? { emotions: ["relief"] } : {}),
      ...(k % 4 === 3 ? { colours: ["blue"] } : {}),
    })),
  };
}

async function storeFigures(
  store: StoreName,
  m: Manifest,
  system: SystemStore,
  raw: RawDb,
  at: string = scale,
) {
  const longest = m.longClients["30"]!;
  const practitioner: ScopedStore = system.scoped({
    userId: longest.practitionerId,
    practiceId: m.clinic.practiceId,
    role: "practitioner",
    clientId: null,
  });
  const n = (full: number) => (quick ? Math.max(3, Math.round(full / 4)) : full);

  if (!only || only.has("save")) {
    // Saves go to a client of their own, so the views measured below keep their sizes.
    const client = await practitioner.createClient({ name: `Bench Saves ${Date.now()}` });
    let last: Session | null = null;
    const save = await timeIt(
      async (i) => (last = await practitioner.createSession(client.id, sessionWith(30, i))),
      { iterations: n(40) },
    );
    const template = await saveTemplate(raw, last!.id);
    const body = "x".repeat(2000);
    const floor = await timeIt(() => floorSave(raw, template, body), { iterations: n(40) });
    record(figureOf("save a session with 30 pieces", store, save, floor), at);
    const draft = last!;
    let version = (draft as { version?: number }).version;
    const update = await timeIt(
      async (i) => {
        const input = {
          ...sessionWith(30, i),
          // A draft's words and pieces change between saves, its date seldom: as in the floor, which
          // rewrites no date (a new date moves the session's place, migration 018).
          date: draft.date,
          courseId: draft.courseId,
          durationMinutes: 60,
          checkIn: "",
          insights: "",
          integration: "",
          version,
        };
        const saved = await practitioner.updateSession(draft.id, input as never);
        version = (saved as { version?: number }).version;
      },
      { iterations: n(30) },
    );
    // Its floor updates a session of its own as the store did: pieces replaced, rows rewritten.
    const floorDraft = await practitioner.createSession(client.id, sessionWith(30, 0));
    const updateFloor = await timeIt(() => floorUpdate(raw, template, floorDraft.id, body), {
      iterations: n(30),
    });
    record(figureOf("update a draft session with 30 pieces", store, update, updateFloor), at);
  }

  if (!only || only.has("search")) {
    const practiceId = m.clinic.practiceId;
    const teamOf = longest.practitionerId;
    for (const [label, word] of [
      ["common", COMMON_WORD],
      ["rare", RARE_WORDS[0]!],
    ] as const) {
      const plain = await timeIt(() => practitioner.search(word, 20), { iterations: n(40) });
      const plainFloor = await timeIt(() => floorSearch(raw, practiceId, teamOf, [word], 20), {
        iterations: n(40),
      });
      record(figureOf(`search, ${label} word ("${word}")`, store, plain, plainFloor), at);
      const faceted = await timeIt(
        () => Promise.all([practitioner.search(word, 20), practitioner.searchFacets(word)]),
        { iterations: n(40) },
      );
      const facetedFloor = await timeIt(
        () =>
          Promise.all([
            floorSearch(raw, practiceId, teamOf, [word], 20),
            floorFacets(raw, practiceId, teamOf, [word]),
          ]),
        { iterations: n(40) },
      );
      record(figureOf(`search + facets, ${label} word`, store, faceted, facetedFloor), at);
      const before = await timeIt(() => legacySearch(raw, practiceId, [word], 20), { iterations: n(20) });
      record(figureOf(`search before 007 (rank all), ${label}, raw`, store, before, null), at);
      // The web's search page: the top 100 hits with their sessions' pieces (GET /api/views/search).
      const page = await timeIt(() => practitioner.readSearchView(word), { iterations: n(20) });
      const pageFloor = await timeIt(() => floorSearchPage(raw, practiceId, teamOf, [word]), {
        iterations: n(20),
      });
      record(figureOf(`search page (100 hits with their pieces), ${label} word`, store, page, pageFloor), at);
    }
  }
}

/** Runs `fn` against a bench server of `workers` processes on the practice, stopped after. */
async function withServer<T>(store: StoreName, workers: number, fn: (url: string) => Promise<T>): Promise<T> {
  const child = spawn(
    process.execPath,
    [
      ...["--import", "tsx", "bench/bench-server.ts", "--store", store, "--scale", scale],
      ...["--seed", String(seed), "--workers", String(workers)],
    ],
    { cwd: resolve(import.meta.dirname, ".."), stdio: ["ignore", "pipe", "inherit"] },
  );
  try {
    let url: string | null = null;
    for await (const line of createInterface({ input: child.stdout! }))
      if (line.startsWith("{")) {
        url = (JSON.parse(line) as { url: string }).url;
        break;
      }
    if (!url) throw new Error("bench server exited before listening");
    return await fn(url);
  } finally {
    child.kill("SIGTERM");
    if (child.exitCode === null) await new Promise((r) => child.once("exit", r));
  }
}

async function httpTiming(url: string, cookie: string, iterations: number): Promise<Timing> {
  return timeIt(
    async () => {
      const res = await fetch(url, { headers: { cookie } });
      if (res.status !== 200) throw new Error(`${url}: ${res.status} ${(await res.text()).slice(0, 200)}`);
      await res.arrayBuffer();
    },
    { iterations, warmup: 1, maxSeconds: 40 },
  );
}

async function httpFigures(store: StoreName, m: Manifest, system: SystemStore, raw: RawDb) {
  const loadWanted = !only || only.has("load");
  // Made once and used against both servers: each call opens a client and a login per practitioner.
  const practitioners = loadWanted ? await loadPractitioners(m, system, raw) : [];
  await withServer(store, 1, async (url) => {
    const cookieOf = async (userId: string, practiceId: string) => {
      const { token } = await openLoginSession(system, {
        id: userId,
        practiceId,
        role: "practitioner",
        clientId: null,
      });
      return `tessera_session=${token}`;
    };
    const practiceId = m.clinic.practiceId;
    const n = (full: number) => (quick ? Math.max(3, Math.round(full / 4)) : full);

    if (!only || only.has("views")) {
      const openapi = (await (await fetch(`${url}/api/openapi.json`)).json()) as {
        paths: Record<string, Record<string, unknown>>;
      };
      // The workspace's views (issue 11) whose only parameter is the client.
      const viewPaths = Object.keys(openapi.paths).filter(
        (p) =>
          p.includes("/views") &&
          (p.match(/\{/g) ?? []).length === 1 &&
          p.includes("{clientId}") &&
          openapi.paths[p]!.get,
      );
      for (const sessions of ["30", "300", "3000"]) {
        const c = m.longClients[sessions]!;
        const cookie = await cookieOf(c.practitionerId, practiceId);
        const iterations = sessions === "3000" ? n(8) : sessions === "300" ? n(20) : n(40);
        for (const [view, floor] of [
          ["process", () => floorProcess(raw, practiceId, c.id)],
          ["sessions", () => floorSessionsPage(raw, practiceId, c.id)],
        ] as const) {
          const t = await httpTiming(`${url}/api/clients/${c.id}/${view}`, cookie, iterations);
          const f = await timeIt(floor, { iterations, warmup: 1 });
          record(figureOf(`GET /clients/:id/${view}, ${sessions} sessions`, store, t, f));
        }
        for (const path of viewPaths) {
          const name = `GET ${path.replace("/api", "").replace("{clientId}", ":id")}, ${sessions} sessions`;
          try {
            record(
              figureOf(
                name,
                store,
                await httpTiming(`${url}${path.replace("{clientId}", c.id)}`, cookie, iterations),
                null,
              ),
            );
          } catch (err) {
            console.log(`${store.padEnd(8)} ${name}: failed (${(err as Error).message.slice(0, 120)})`);
          }
        }
      }
    }

    if (!only || only.has("clients")) {
      const soloCookie = await cookieOf(m.solo.practitioner.id, m.solo.practiceId);
      const t = await httpTiming(`${url}/api/clients`, soloCookie, n(60));
      const f = await timeIt(() => floorClients(raw, m.solo.practiceId), { iterations: n(60) });
      record(figureOf(`GET /clients, ${m.solo.clients} clients`, store, t, f));
      // The practitioner's landing page: each client's latest session and count, the drafts, the flags.
      const home = await httpTiming(`${url}/api/views/home`, soloCookie, n(40));
      const homeFloor = await timeIt(() => floorHome(raw, m.solo.practiceId), { iterations: n(40) });
      record(figureOf(`GET /views/home, ${m.solo.clients} clients`, store, home, homeFloor));
    }

    if (loadWanted) await mixedLoadFigures(store, url, practitioners);
  });
  // A clinic's server runs one process per core (TESSERA_WORKERS): the same load against that.
  const workers = availableParallelism();
  if (loadWanted && workers > 1)
    await withServer(store, workers, (url) => mixedLoadFigures(store, url, practitioners, workers));
}

async function mixedLoadFigures(
  store: StoreName,
  url: string,
  practitioners: Awaited<ReturnType<typeof loadPractitioners>>,
  workers = 1,
) {
  for (const connections of [50, 200]) {
    const result = await mixedLoad({ url, practitioners }, store, connections, quick ? 5 : 10);
    record(
      workers > 1 ? { ...result.figure, name: `${result.figure.name}, ${workers} workers` } : result.figure,
    );
    const bad = Object.entries(result.statuses).filter(([s]) => !s.startsWith("2"));
    if (bad.length || result.errors)
      console.log(`         (non-2xx: ${JSON.stringify(Object.fromEntries(bad))}, errors ${result.errors})`);
  }
}

async function coldStartFigures(store: StoreName) {
  if (only && !only.has("cold")) return;
  const config = benchStoreConfig(store, scale, seed);
  await coldStart(config); // builds the server bundle when stale; not counted
  const runs = quick ? 2 : 5;
  const latencies: number[] = [];
  const floors: number[] = [];
  for (let i = 0; i < runs; i++) {
    latencies.push(await coldStart(config));
    floors.push(await coldStartFloor(config));
  }
  const sum = latencies.reduce((a, b) => a + b, 0) / 1000;
  record(
    figureOf(
      "cold start (spawn to listening)",
      store,
      { latencies, seconds: sum },
      { latencies: floors, seconds: 0 },
    ),
  );
}

/**
 * The process view's (the mosaic's) first load in headless Chromium, from the views bench in a
 * process of its own (it starts its own server on the same practice): its p50 and p95 per client.
 */
async function browserFigures(store: StoreName) {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "bench/views-first-screen.ts",
      "--store",
      store,
      "--scale",
      scale,
      "--seed",
      String(seed),
      "--views",
      "none",
      "--browser-runs",
      quick ? "4" : "12",
    ],
    { cwd: resolve(import.meta.dirname, ".."), stdio: ["ignore", "pipe", "inherit"] },
  );
  const line = /^Chromium first load, mosaic of the (\d+)-session client: p50 (\d+) ms, p95 (\d+) ms/;
  for await (const text of createInterface({ input: child.stdout! })) {
    const m = line.exec(text);
    if (m)
      record({
        name: `Chromium first load, mosaic, ${m[1]} sessions`,
        store,
        p50_ms: Number(m[2]),
        p95_ms: Number(m[3]),
        p99_ms: Number.NaN, // twelve loads have no p99
        per_s: 0,
        floor_p95_ms: null,
      });
    else if (text.startsWith("Chromium")) console.log(`${store.padEnd(8)} ${text}`);
  }
}

async function sizeLine(store: StoreName, raw: RawDb) {
  const [text] = await raw.all<{ bytes: number }>(
    `select (select coalesce(sum(length(narrative) + length(check_in) + length(insights) + length(integration)), 0) from sessions)
          + (select coalesce(sum(length(text)), 0) from pieces)
          + (select coalesce(sum(length(text)), 0) from reflections) as bytes`,
  );
  let bytes: number;
  if (store === "sqlite") {
    const dir = benchStoreConfig(store, scale, seed).dataDir;
    bytes = readdirSync(dir)
      .filter((f) => f.startsWith(SQLITE_FILE))
      .reduce((s, f) => s + statSync(join(dir, f)).size, 0);
  } else {
    const [row] = await raw.all<{ bytes: string }>(
      "select sum(pg_total_relation_size(c.oid))::bigint as bytes from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = current_schema() and c.relkind = 'r'",
    );
    bytes = Number(row!.bytes);
  }
  const t = Number(text!.bytes);
  sizes.push({ store, scale, ratio: bytes / t });
  console.log(
    `${store.padEnd(8)} database ${(bytes / 2 ** 20).toFixed(0)} MiB for ${(t / 2 ** 20).toFixed(0)} MiB of text: ${(bytes / t).toFixed(1)}× the text`,
  );
}

console.log(
  `tessera bench: scale ${scale}${baseline ? ` (baseline ${baseline})` : ""}, seed ${seed}${quick ? " (quick)" : ""}; load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(" ")} on this machine`,
);
console.log(`${FIGURE_HEADER} load1m`);
for (const store of stores) {
  if (store === "postgres")
    await withPostgres((c) => c.query("select 1")).catch(() => {
      throw new Error("PostgreSQL is not answering");
    });
  if (baseline && (!only || only.has("save") || only.has("search")))
    await withBench(store, baseline, (m, system, raw) => storeFigures(store, m, system, raw, baseline));
  await withBench(store, scale, async (m, system, raw) => {
    await storeFigures(store, m, system, raw);
    await httpFigures(store, m, system, raw);
    await coldStartFigures(store);
    if (!only || only.has("browser")) await browserFigures(store);
    if (!only || only.has("size")) await sizeLine(store, raw);
  });
}
console.log(`\n${formatTargets(checkTargets(figures, sizes, { scale, baseline }))}`);
if (values.json) {
  writeFileSync(values.json, JSON.stringify(figures, null, 2));
  console.log(`figures written to ${values.json}`);
}

/** Opens the generated practice of one store at one scale, migrated, with a raw connection beside it. */
async function withBench(
  store: StoreName,
  at: string,
  work: (m: Manifest, system: SystemStore, raw: RawDb) => Promise<void>,
) {
  const m = readManifest(store, at, seed);
  if (!m) {
    console.log(
      `${store}: no generated practice at scale ${at} seed ${seed} (run bench/generate-practice.ts first)`,
    );
    return;
  }
  const system = await openStore(benchStoreConfig(store, at, seed));
  await system.migrate();
  const raw = await openRawDb(store, at, seed);
  // Practices generated before care teams (migration 004) gave every client to nobody: each
  // client joins the team of the practitioner who wrote its sessions, as the generator does now.
  await raw.run(
    `insert into care_team (client_id, user_id, added_at)
     select distinct client_id, practitioner_id, '2026-01-01T00:00:00.000Z' from sessions where true
     on conflict do nothing`,
  );
  try {
    console.log(
      `${store} ${at}: ${m.counts.sessions} sessions, ${m.counts.pieces} pieces (generated in ${m.loadSeconds.toFixed(0)} s)`,
    );
    await work(m, system, raw);
  } finally {
    await raw.close();
    await system.close();
  }
}
