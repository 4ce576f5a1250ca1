// /api/extract runs the extractor off the main thread, so one long text cannot stall other
// requests. One worker thread, started on first use; this same module is the worker's code
// (in the compiled bundle as in the sources), picked by workerData.
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import type { ExtractedPiece } from "../domain";

const ROLE = "tessera-extract";

interface Job {
  id: number;
  text: string;
}
type Answer = { id: number; pieces: ExtractedPiece[] } | { id: number; failed: string };

if (!isMainThread && (workerData as { role?: string } | null)?.role === ROLE) {
  const { extractPieces } = await import("../analysis");
  parentPort!.on("message", ({ id, text }: Job) => {
    try {
      parentPort!.postMessage({ id, pieces: extractPieces(text) } satisfies Answer);
    } catch (err) {
      // Only the kind of failure crosses back: a message could quote the text.
      parentPort!.postMessage({ id, failed: (err as Error).name ?? "Error" } satisfies Answer);
    }
  });
}

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, { resolve: (p: ExtractedPiece[]) => void; reject: (e: Error) => void }>();

/**
 * The worker's script: this very module in the compiled bundle; run from the sources (tests,
 * tsx) a worker cannot load TypeScript, so this module is bundled once per process with esbuild,
 * beside node_modules so its packages resolve.
 */
let script: Promise<URL> | undefined;
function workerScript(): Promise<URL> {
  script ??= (async () => {
    const self = new URL(import.meta.url);
    if (!self.pathname.endsWith(".ts")) return self;
    const { build } = await import("esbuild");
    const outfile = join(
      fileURLToPath(new URL("../../node_modules/.cache/tessera", import.meta.url)),
      `extract-worker-${process.pid}.mjs`,
    );
    await build({
      entryPoints: [fileURLToPath(self)],
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      packages: "external",
      outfile,
      logLevel: "warning",
    });
    return pathToFileURL(outfile);
  })();
  return script;
}

async function startWorker(): Promise<Worker> {
  const started = new Worker(await workerScript(), { workerData: { role: ROLE } });
  started.unref();
  started.on("message", (answer: Answer) => {
    const job = waiting.get(answer.id);
    if (!job) return;
    waiting.delete(answer.id);
    if ("pieces" in answer) job.resolve(answer.pieces);
    else job.reject(new Error(`the extractor failed (${answer.failed})`));
  });
  const fail = (err: Error) => {
    worker = null;
    for (const job of waiting.values()) job.reject(err);
    waiting.clear();
  };
  started.on("error", fail);
  started.on("exit", (code) => fail(new Error(`the extractor stopped (exit ${code})`)));
  return started;
}

let starting: Promise<Worker> | null = null;

export async function extractInWorker(text: string): Promise<ExtractedPiece[]> {
  if (!worker) {
    starting ??= startWorker().finally(() => (starting = null));
    worker = await starting;
  }
  const id = nextId++;
  const answer = new Promise<ExtractedPiece[]>((resolve, reject) => waiting.set(id, { resolve, reject }));
  // A worker waiting for jobs keeps the process alive; an idle one does not.
  worker.ref();
  worker.postMessage({ id, text } satisfies Job);
  return answer.finally(() => {
    if (waiting.size === 0) worker?.unref();
  });
}
