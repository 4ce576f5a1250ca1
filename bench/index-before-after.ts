// The session save with and without migration 007's indexes, on a generated practice: drops the
// indexes, times saves, creates them again (as 007 does) and times the same saves.
//   npx tsx bench/index-before-after.ts --store sqlite|postgres --scale M [--seed 1] [--saves 15]
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import type { PieceInput, Session } from "../src/domain";
import { openStore } from "../src/store/open-store";
import { benchStoreConfig, readManifest, type StoreName } from "./bench-stores";
import { FIGURE_HEADER, figureOf, formatFigure, timeIt } from "./figures";
import { openRawDb } from "./raw-db";

const { values } = parseArgs({
  options: {
    store: { type: "string", default: "sqlite" },
    scale: { type: "string", default: "S" },
    seed: { type: "string", default: "1" },
    saves: { type: "string", default: "15" },
  },
});
const store = values.store as StoreName;
const seed = Number(values.seed);
const m = readManifest(store, values.scale!, seed);
if (!m) throw new Error("generate the practice first");
const INDEXES: Array<[string, string]> = [
  ["search_documents_session", "search_documents (session_id) where session_id is not null"],
  ["search_documents_reflection", "search_documents (reflection_id) where reflection_id is not null"],
  ["sessions_course", "sessions (course_id) where course_id is not null"],
  ["users_client", "users (client_id) where client_id is not null"],
  ["search_documents_client_date", "search_documents (client_id, date)"],
];
const system = await openStore(benchStoreConfig(store, values.scale!, seed));
await system.migrate();
const raw = await openRawDb(store, values.scale!, seed);
const practitioner = system.scoped({
  userId: m.clinic.practitioners[0]!.id,
  practiceId: m.clinic.practiceId,
  role: "practitioner",
  clientId: null,
});
const client = await practitioner.createClient({ name: `Index Bench ${Date.now()}` });
const pieces: PieceInput[] = Array.from({ length: 30 }, (_, k) => ({
  kind: "body_sensation",
  text: `warmth ${k} in the jaw`,
  regions: ["jaw"],
}));
const saves = Number(values.saves);

async function measure(label: string) {
  let last: Session | null = null;
  const create = await timeIt(
    async () =>
      (last = await practitioner.createSession(client.id, {
        date: "2025-03-03",
        narrative: "jaw softened",
        pieces,
      })),
    { iterations: saves, warmup: 1 },
  );
  console.log(
    `${formatFigure(figureOf(`save (create), 30 pieces, ${label}`, store, create, null))} ${loadavg()[0]!.toFixed(2)}`,
  );
  const draft = last! as Session & { version?: number };
  let version = draft.version;
  const update = await timeIt(
    async () => {
      const saved = (await practitioner.updateSession(draft.id, {
        courseId: draft.courseId,
        date: draft.date,
        durationMinutes: 60,
        checkIn: "",
        techniques: [],
        narrative: "jaw softened again",
        pieces,
        insights: "",
        integration: "",
        version,
      } as never)) as Session & { version?: number };
      version = saved.version;
    },
    { iterations: saves, warmup: 1 },
  );
  console.log(
    `${formatFigure(figureOf(`save (update), 30 pieces, ${label}`, store, update, null))} ${loadavg()[0]!.toFixed(2)}`,
  );
}

console.log(`${FIGURE_HEADER} load1m`);
try {
  for (const [name] of INDEXES) await raw.run(`drop index if exists ${name}`);
  await measure("without 007 indexes");
} finally {
  for (const [name, def] of INDEXES) await raw.run(`create index if not exists ${name} on ${def}`);
}
await measure("with 007 indexes");
await raw.close();
await system.close();
