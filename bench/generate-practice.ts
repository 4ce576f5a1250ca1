// Generates a synthetic practice through the store (scoped stores, so with access checks,
// transactions and audit records, as the server writes), with a progress bar.
//   npx tsx bench/generate-practice.ts --scale S|M|L [--seed 1] [--store sqlite|postgres|both]
//     [--fraction 0.25] [--writers 4]
// M: 20 practitioners, 2,000 clients, 60,000 sessions, ~1,000,000 pieces, plus the long clients
// (30, 300, 3,000 sessions) and a solo practice of 150 clients. Data and manifest: bench-stores.ts.
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { hashPassword } from "../src/server/auth/passwords";
import { openStore } from "../src/store/open-store";
import type { User } from "../src/domain";
import type { Caller, ScopedStore, SystemStore } from "../src/store/store";
import {
  BENCH_PASSWORD,
  benchStoreConfig,
  resetBenchStore,
  writeManifest,
  type Manifest,
  type StoreName,
} from "./bench-stores";
import {
  clientWorld,
  isoDate,
  pieceCountFor,
  pick,
  seededRandom,
  syntheticReflection,
  syntheticSession,
  type ClientLinks,
  type Random,
} from "./practice-content";
import {
  LONG_CLIENT_PIECES,
  LONG_CLIENT_SESSIONS,
  SOLO_CLIENTS,
  SOLO_SESSIONS_PER_CLIENT,
  sizeOf,
  type Scale,
} from "./practice-scales";

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "S" },
    seed: { type: "string", default: "1" },
    store: { type: "string", default: "both" },
    fraction: { type: "string", default: "1" },
    writers: { type: "string" },
  },
});
const scale = values.scale!.toUpperCase() as Scale;
if (!["S", "M", "L"].includes(scale)) throw new Error("--scale must be S, M or L");
const fraction = Number(values.fraction);
const seed = Number(values.seed);
const scaleName = fraction === 1 ? scale : `${scale}x${values.fraction}`;
const size = sizeOf(scale, fraction);
const stores: StoreName[] = values.store === "both" ? ["sqlite", "postgres"] : [values.store as StoreName];

const TEN_YEARS_FROM = Date.UTC(2016, 0, 4);
const DAY = 86_400_000;

interface ClientPlan {
  name: string;
  sessions: number;
  piecesMean: number;
  /** Days between sessions. */
  every: number;
  start: number;
}

/** Sessions per client follow a long tail (exponential weights): many short processes, a few long ones. */
function plansFor(r: Random, clients: number, sessions: number): ClientPlan[] {
  const weights = Array.from({ length: clients }, () => -Math.log(1 - r()));
  const total = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.max(1, Math.round((w / total) * sessions)));
  return counts.map((n, i) => {
    const every = pick(r, [7, 7, 14, 14, 21, 28]);
    const span = n * every * DAY;
    const latestStart = Math.max(TEN_YEARS_FROM, Date.UTC(2026, 0, 1) - span);
    return {
      name: `Client ${i + 1}`,
      sessions: n,
      piecesMean: size.piecesPerSession,
      every,
      start: TEN_YEARS_FROM + r() * (latestStart - TEN_YEARS_FROM),
    };
  });
}

interface Counts {
  sessions: number;
  pieces: number;
  reflections: number;
  measures: number;
}

async function loadClient(
  system: SystemStore,
  store: ScopedStore,
  plan: ClientPlan,
  r: Random,
  passwordHash: string,
  counts: Counts,
  tick: (n: number) => void,
): Promise<string> {
  const world = clientWorld(r);
  const client = await store.createClient({
    name: plan.name,
    dateOfBirth: isoDate(Date.UTC(1950, 0, 1) + r() * 50 * 365 * DAY),
    presentingConcerns: [
      { category: pick(r, ["stress", "pain", "trauma", "anxiety"] as const), description: "" },
    ],
  });
  const links: ClientLinks = { characters: [], threadIds: [] };
  for (const c of world.characters) {
    const made = await store.createCharacter(client.id, c);
    links.characters.push({ id: made.id, label: made.label });
  }
  for (const t of world.threads) links.threadIds.push((await store.createThread(client.id, t)).id);
  for (let i = 0; i < 3; i++)
    await store.createLifeEvent(client.id, {
      age: Math.floor(r() * 40),
      title: pick(r, ["moved house", "school change", "loss", "illness", "birth of sibling"]),
    });
  // A third of clients have a portal login and write reflections.
  let own: ScopedStore | null = null;
  if (r() < 0.34) {
    const user = await system.createUser(store.caller.practiceId, {
      name: plan.name,
      email: `${client.id}@clients.example.org`,
      role: "client",
      clientId: client.id,
      passwordHash,
    });
    own = system.scoped({
      userId: user.id,
      practiceId: store.caller.practiceId,
      role: "client",
      clientId: client.id,
    });
  }
  // Courses of about 40 sessions: the first opens with the first session.
  let courseId: string | null = null;
  for (let s = 0; s < plan.sessions; s++) {
    const date = isoDate(plan.start + s * plan.every * DAY);
    if (s % 40 === 0 && r() < 0.8)
      courseId = (await store.createCourse(client.id, { startDate: date, intention: "ease and integration" }))
        .id;
    const input = syntheticSession(r, world, links, date, courseId, pieceCountFor(r, plan.piecesMean));
    await store.createSession(client.id, input);
    counts.sessions++;
    counts.pieces += input.pieces!.length;
    if (own && r() < 0.15) {
      await own.createReflection(client.id, syntheticReflection(r, world, date));
      counts.reflections++;
    }
    if (s % 8 === 0) {
      const instrument = r() < 0.6 ? "phq9" : "gad7";
      const items = instrument === "phq9" ? 9 : 7;
      await store.createMeasureResponse(client.id, {
        instrument,
        instrumentVersion: "1",
        date,
        answers: Array.from({ length: items }, () => Math.floor(r() * 3)),
      });
      counts.measures++;
    }
    tick(1);
  }
  return client.id;
}

/** Runs jobs with `writers` at a time, in order of the list. */
async function inParallel<T>(jobs: Array<() => Promise<T>>, writers: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (next < jobs.length) {
        const i = next++;
        results[i] = await jobs[i]!();
      }
    }),
  );
  return results;
}

async function generate(storeName: StoreName): Promise<Manifest> {
  await resetBenchStore(storeName, scaleName, seed);
  const system = await openStore(benchStoreConfig(storeName, scaleName, seed));
  await system.migrate();
  const writers = Number(values.writers ?? (storeName === "sqlite" ? 1 : 4));
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const r = seededRandom(seed);
  const tag = `${storeName}-${scaleName}-${seed}`.toLowerCase();
  const started = performance.now();
  try {
    const { practice, user: admin } = await system.createPracticeWithUser("Still Point Clinic", {
      name: "Clinic Admin",
      email: `admin-${tag}@clinic.example.org`,
      role: "admin",
      passwordHash,
    });
    const practitioners: User[] = [];
    for (let i = 0; i < size.practitioners; i++) {
      const u = await system.createUser(practice.id, {
        name: `Practitioner ${i + 1}`,
        email: `p${i + 1}-${tag}@clinic.example.org`,
        role: "practitioner",
        clientId: null,
        passwordHash,
      });
      practitioners.push(u);
    }
    void admin;
    const scopedAs = (userId: string, practiceId: string): ScopedStore =>
      system.scoped({ userId, practiceId, role: "practitioner", clientId: null } satisfies Caller);

    const plans = plansFor(r, size.clients, size.sessions);
    const longPlans: ClientPlan[] = LONG_CLIENT_SESSIONS.map((n) => ({
      name: `Long Client ${n}`,
      sessions: n,
      piecesMean: LONG_CLIENT_PIECES,
      every: n > 500 ? 1 : 7,
      start: TEN_YEARS_FROM,
    }));
    const soloUser = { name: "Solo Practitioner", email: `solo-${tag}@solo.example.org` };
    const total =
      plans.reduce((s, p) => s + p.sessions, 0) +
      longPlans.reduce((s, p) => s + p.sessions, 0) +
      SOLO_CLIENTS * SOLO_SESSIONS_PER_CLIENT;
    const bar = new cliProgress.SingleBar(
      {
        format: `${storeName} ${scaleName} [{bar}] {percentage}% {value}/{total} sessions | {rate}/s | eta {eta_formatted}`,
        etaBuffer: 200,
      },
      cliProgress.Presets.shades_classic,
    );
    const counts: Counts = { sessions: 0, pieces: 0, reflections: 0, measures: 0 };
    let lastTick = performance.now();
    let done = 0;
    bar.start(total, 0, { rate: "0" });
    const tick = (n: number) => {
      done += n;
      const now = performance.now();
      if (now - lastTick > 500 || done === total) {
        lastTick = now;
        bar.update(done, { rate: (done / ((now - started) / 1000)).toFixed(0) });
      }
    };

    // Each job makes one client with its own seeded stream, so the data do not depend on the
    // number of writers.
    const jobs = plans.map((plan, i) => {
      const owner = practitioners[i % practitioners.length]!;
      return () =>
        loadClient(
          system,
          scopedAs(owner.id, practice.id),
          plan,
          seededRandom(seed * 1_000_003 + i),
          passwordHash,
          counts,
          tick,
        );
    });
    const longJobs = longPlans.map((plan, i) => {
      const owner = practitioners[i % practitioners.length]!;
      return async () => ({
        sessions: plan.sessions,
        id: await loadClient(
          system,
          scopedAs(owner.id, practice.id),
          plan,
          seededRandom(seed * 7_000_001 + i),
          passwordHash,
          counts,
          tick,
        ),
        practitionerId: owner.id,
      });
    });
    const longResults = await inParallel(longJobs, Math.min(writers, longJobs.length));
    await inParallel(jobs, writers);

    const solo = await system.createPracticeWithUser("Solo Practice", {
      ...soloUser,
      role: "practitioner",
      passwordHash,
    });
    const soloStore = scopedAs(solo.user.id, solo.practice.id);
    await inParallel(
      Array.from(
        { length: SOLO_CLIENTS },
        (_, i) => () =>
          loadClient(
            system,
            soloStore,
            {
              name: `Solo Client ${String(i + 1).padStart(3, "0")}`,
              sessions: SOLO_SESSIONS_PER_CLIENT,
              piecesMean: size.piecesPerSession,
              every: 14,
              start: TEN_YEARS_FROM + i * 20 * DAY,
            },
            seededRandom(seed * 9_000_011 + i),
            passwordHash,
            counts,
            tick,
          ),
      ),
      writers,
    );
    bar.stop();
    const manifest: Manifest = {
      store: storeName,
      scale: scaleName,
      seed,
      generatedAt: new Date().toISOString(),
      loadSeconds: (performance.now() - started) / 1000,
      clinic: {
        practiceId: practice.id,
        practitioners: practitioners.map((p) => ({ id: p.id, email: p.email })),
        clients: plans.length + longPlans.length,
      },
      longClients: Object.fromEntries(
        longResults.map((l) => [String(l.sessions), { id: l.id, practitionerId: l.practitionerId }]),
      ),
      solo: {
        practiceId: solo.practice.id,
        practitioner: { id: solo.user.id, email: solo.user.email },
        clients: SOLO_CLIENTS,
      },
      counts,
    };
    writeManifest(manifest);
    return manifest;
  } finally {
    await system.close();
  }
}

for (const storeName of stores) {
  const m = await generate(storeName);
  console.log(
    `${storeName} ${scaleName}: ${m.counts.sessions} sessions, ${m.counts.pieces} pieces, ${m.counts.reflections} reflections, ` +
      `${m.counts.measures} measures in ${m.loadSeconds.toFixed(0)} s (${(m.counts.sessions / m.loadSeconds).toFixed(0)} sessions/s)`,
  );
}
