// The mixed HTTP load (or some kinds of its requests) against a server already running on a
// generated practice, e.g. one started with `node --cpu-prof` to see what a request costs:
//   npx tsx bench/load-against.ts --url http://127.0.0.1:4321 --store sqlite --scale S --seed 1
//     [--connections 50] [--seconds 10] [--kinds session,client]
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { openStore } from "../src/store/open-store";
import { benchStoreConfig, readManifest, type StoreName } from "./bench-stores";
import { FIGURE_HEADER, formatFigure } from "./figures";
import { MIX_KINDS, mixedLoad, type MixKind } from "./http-load";
import { loadPractitioners } from "./load-targets";
import { openRawDb } from "./raw-db";

const { values } = parseArgs({
  options: {
    url: { type: "string" },
    store: { type: "string", default: "sqlite" },
    scale: { type: "string", default: "S" },
    seed: { type: "string", default: "1" },
    connections: { type: "string", default: "50" },
    seconds: { type: "string", default: "10" },
    kinds: { type: "string" },
  },
});
const store = values.store as StoreName;
const seed = Number(values.seed);
const kinds = values.kinds?.split(",") as MixKind[] | undefined;
for (const k of kinds ?? [])
  if (!MIX_KINDS.includes(k)) throw new Error(`--kinds: one of ${MIX_KINDS.join(", ")}`);
const m = readManifest(store, values.scale!, seed);
if (!m || !values.url) throw new Error("--url and a generated practice are needed");
const system = await openStore(benchStoreConfig(store, values.scale!, seed));
const raw = await openRawDb(store, values.scale!, seed);
try {
  const practitioners = await loadPractitioners(m, system, raw);
  const result = await mixedLoad(
    { url: values.url, practitioners },
    store,
    Number(values.connections),
    Number(values.seconds),
    kinds,
  );
  console.log(`${FIGURE_HEADER} load1m`);
  console.log(`${formatFigure(result.figure)} ${loadavg()[0]!.toFixed(2).padStart(6)}`);
  console.log(`statuses ${JSON.stringify(result.statuses)}, errors ${result.errors}`);
} finally {
  await raw.close();
  await system.close();
}
