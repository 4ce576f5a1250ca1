// A Tessera server on a generated practice, in its own process so the load generator does not
// share its event loop. Prints one JSON line {url} when listening (with --workers N, once all N
// worker processes listen on the shared port; kill the printed pid to stop them all).
//   npx tsx bench/bench-server.ts --store sqlite|postgres --scale S [--seed 1] [--workers 1]
import { parseArgs } from "node:util";
import { startTessera } from "../src/server/start";
import { serveRole, serveWithWorkers } from "../src/server/workers";
import { benchStoreConfig, type StoreName } from "./bench-stores";

const { values } = parseArgs({
  options: {
    store: { type: "string" },
    scale: { type: "string" },
    seed: { type: "string", default: "1" },
    workers: { type: "string", default: "1" },
  },
});
const config = benchStoreConfig(values.store as StoreName, values.scale!, Number(values.seed));
const workers = Number(values.workers);
const server = await serveWithWorkers(workers, () =>
  startTessera({ ...config, port: 0, host: "127.0.0.1", quiet: true }),
);
if (serveRole(workers) !== "worker") console.log(JSON.stringify({ url: server.url, pid: process.pid }));
const stop = () => void server.close().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
