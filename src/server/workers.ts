// Several processes serving one database (TESSERA_WORKERS, issue 16): node:cluster forks the
// workers, each re-running the same command, and shares the port among them. Nothing a request
// needs is kept in a process (login sessions, rate limits, throttles and drafts live in the
// database; audit records are sealed under the database's write lock), so any worker may answer
// any request; with SQLite the workers share the file in WAL mode (readers in parallel, writers
// one at a time, each waiting for the lock without blocking its event loop).
import cluster, { type Worker } from "node:cluster";

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** What this process is: the only one, the primary of several workers, or one of the workers. */
export type ServeRole = "single" | "primary" | "worker";

const LISTENING = "tessera:listening";
/** A worker that does not stop within this time after SIGTERM is killed. */
const STOP_WAIT_MS = 15_000;
/** A worker that died is replaced after this pause, so a crash at start cannot spin. */
const RESTART_AFTER_MS = 1_000;

export function serveRole(workers: number): ServeRole {
  if (cluster.isWorker) return "worker";
  return workers > 1 ? "primary" : "single";
}

/**
 * In a worker: starts the server (`start`), tells the primary where it listens and stops when the
 * primary goes away. In the primary: forks `workers` processes and resolves once every one
 * listens (they share one port), replacing any that dies; `close` stops them all. In a single
 * process: just `start`.
 */
export async function serveWithWorkers(
  workers: number,
  start: () => Promise<Served>,
  log: (line: string) => void = (line) => console.error(line),
): Promise<Served> {
  const role = serveRole(workers);
  if (role === "single") return start();
  if (role === "worker") {
    const started = await start();
    // Closed once, whether by a signal or by the primary going away.
    let closing: Promise<void> | null = null;
    const served = { url: started.url, close: () => (closing ??= started.close()) };
    process.send?.({ type: LISTENING, url: served.url });
    // The primary died or let go: nothing will send this process requests any more.
    process.once("disconnect", () => void served.close().finally(() => process.exit(0)));
    return served;
  }
  return forkWorkers(workers, log);
}

async function forkWorkers(count: number, log: (line: string) => void): Promise<Served> {
  let stopping = false;
  const live = new Set<Worker>();
  const fork = () =>
    new Promise<string>((resolve, reject) => {
      const worker = cluster.fork();
      live.add(worker);
      let listening = false;
      worker.on("message", (message: { type?: string; url?: string }) => {
        if (message?.type !== LISTENING || !message.url) return;
        listening = true;
        resolve(message.url);
      });
      worker.once("exit", (code, signal) => {
        live.delete(worker);
        if (!listening) return reject(new Error(`a worker stopped before it listened (${signal ?? code})`));
        if (stopping) return;
        log(`worker ${worker.process.pid} stopped (${signal ?? code}); starting another`);
        setTimeout(() => {
          if (!stopping) fork().catch((err: Error) => log(err.message));
        }, RESTART_AFTER_MS).unref();
      });
    });
  const close = async () => {
    stopping = true;
    await Promise.all([...live].map(stopWorker));
  };
  try {
    const urls = await Promise.all(Array.from({ length: count }, fork));
    return { url: urls[0]!, close };
  } catch (err) {
    await close();
    throw err;
  }
}

function stopWorker(worker: Worker): Promise<void> {
  return new Promise((resolve) => {
    if (worker.isDead()) return resolve();
    const kill = setTimeout(() => worker.process.kill("SIGKILL"), STOP_WAIT_MS);
    worker.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    worker.process.kill("SIGTERM");
  });
}
