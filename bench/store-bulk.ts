// Bulk-inserts a synthetic practice into each store through the scoped store (so with access
// checks, transactions and audit records, as the server does) and times listSessions.
//   npx tsx bench/store-bulk.ts [--clients 50] [--sessions 20] [--pieces 15] [--writers 8]
import { parseArgs } from "node:util";
import type { SystemStore } from "../src/store/store";
import { storeTargets } from "../test/support/databases";
import { seededRandom, syntheticSession } from "./store-synthetic";

const { values } = parseArgs({
  options: {
    clients: { type: "string", default: "50" },
    sessions: { type: "string", default: "20" },
    pieces: { type: "string", default: "15" },
    writers: { type: "string", default: "8" },
  },
});
const size = {
  clients: Number(values.clients),
  sessions: Number(values.sessions),
  pieces: Number(values.pieces),
  writers: Number(values.writers),
};

async function bench(system: SystemStore) {
  const { practice, user } = await system.createPracticeWithUser("Bench Practice", {
    name: "Bench",
    email: `bench-${Date.now()}@example.org`,
    role: "admin",
    passwordHash: "x",
  });
  const store = system.scoped({ userId: user.id, practiceId: practice.id, role: "admin", clientId: null });
  const random = seededRandom(42);
  const clientIds: string[] = [];
  for (let c = 0; c < size.clients; c++)
    clientIds.push((await store.createClient({ name: `Client ${c}` })).id);
  // Round-robin over clients, so concurrent writers mostly save different clients' sessions.
  const inputs = Array.from({ length: size.sessions }, (_, s) =>
    clientIds.map((clientId) => ({ clientId, input: syntheticSession(random, s, size.pieces) })),
  ).flat();

  // Writers work through the queue together, like several practitioners saving at once.
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: size.writers }, async () => {
      while (next < inputs.length) {
        const job = inputs[next++]!;
        await store.createSession(job.clientId, job.input);
      }
    }),
  );
  const insertSeconds = (performance.now() - started) / 1000;

  const latencies: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const clientId of clientIds) {
      const t = performance.now();
      const sessions = await store.listSessions(clientId);
      latencies.push(performance.now() - t);
      if (sessions.length !== size.sessions)
        throw new Error("listSessions returned the wrong number of sessions");
    }
  }
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;

  const searchStarted = performance.now();
  for (let i = 0; i < 20; i++) await store.search("warmth release");
  const searchMs = (performance.now() - searchStarted) / 20;

  return {
    sessionsPerSecond: inputs.length / insertSeconds,
    piecesPerSecond: (inputs.length * size.pieces) / insertSeconds,
    listP50: at(0.5),
    listP95: at(0.95),
    searchMs,
  };
}

console.log(
  `synthetic practice: ${size.clients} clients × ${size.sessions} sessions × ${size.pieces} pieces ` +
    `(${size.clients * size.sessions} sessions, ${size.clients * size.sessions * size.pieces} pieces), ${size.writers} concurrent writers`,
);
for (const target of storeTargets()) {
  if (target.skip) {
    console.log(`${target.name}: skipped (${target.skip})`);
    continue;
  }
  const system = await target.open();
  try {
    const r = await bench(system);
    console.log(
      `${target.name.padEnd(8)} inserts: ${r.sessionsPerSecond.toFixed(0)} sessions/s (${r.piecesPerSecond.toFixed(0)} pieces/s)` +
        ` | listSessions (${size.sessions} sessions with pieces): p50 ${r.listP50.toFixed(1)} ms, p95 ${r.listP95.toFixed(1)} ms` +
        ` | search: ${r.searchMs.toFixed(1)} ms`,
    );
  } finally {
    await system.close();
  }
}
