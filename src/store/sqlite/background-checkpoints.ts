// WAL checkpoints on a thread of their own. SQLite's automatic checkpoint runs inside the commit
// that takes the WAL past 1,000 pages, on the event loop: every few dozen saves one commit copies
// the WAL into the database and syncs it, and every request queued meanwhile waits (under the
// mixed load at scale M a commit averaged 1.2 ms with it, 0.4 ms without). Here a worker thread
// with its own connection runs PASSIVE checkpoints, which never block readers or the writer.
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type { Database as SqliteDatabase } from "better-sqlite3-multiple-ciphers";

/** SQLite's own default, restored when the worker cannot run. */
const AUTOCHECKPOINT_PAGES = 1000;
const EVERY_MS = 250;

// Plain CommonJS run by `eval`, so it needs no file of its own in the bundle or in the sources;
// the driver's resolved path comes in workerData, so the worker finds it from any directory.
const WORKER_CODE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file, { timeout: 1000 });
try {
  if (workerData.key) db.pragma("key='" + workerData.key.replaceAll("'", "''") + "'");
  db.prepare("select count(*) from sqlite_master").get();
} catch (err) {
  db.close();
  throw err;
}
const checkpoint = () => {
  try { db.pragma("wal_checkpoint(PASSIVE)"); } catch { /* busy: the next tick tries again */ }
};
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on("message", (message) => {
  if (message !== "stop") return;
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
parentPort.postMessage("ready");
`;

export interface BackgroundCheckpoints {
  /** True once the worker has opened the database and the commit's own checkpoint is off; false if it could not. */
  ready: Promise<boolean>;
  /** Stops the worker after a last checkpoint and gives checkpoints back to the main connection. */
  stop(): Promise<void>;
}

/**
 * Starts the worker without waiting for it (nothing is added to start-up) and, once it has opened
 * the database, turns off the automatic checkpoint of the main connection `raw`. Whenever the
 * worker ends, by stop() or by failing, the automatic checkpoint comes back, so the WAL never
 * grows without bound.
 */
export function startBackgroundCheckpoints(
  raw: SqliteDatabase,
  options: { file: string; key?: string },
): BackgroundCheckpoints {
  const driver = createRequire(import.meta.url).resolve("better-sqlite3-multiple-ciphers");
  const worker = new Worker(WORKER_CODE, {
    eval: true,
    workerData: { driver, file: options.file, key: options.key, everyMs: EVERY_MS },
  });
  const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  const ready = new Promise<boolean>((resolve) => {
    worker.once("message", () => {
      if (raw.open) raw.pragma("wal_autocheckpoint = 0");
      resolve(true);
    });
    void exited.then(() => resolve(false));
  });
  // A worker that cannot open the file ends with an error; its exit restores the checkpoint.
  worker.on("error", () => {});
  void exited.then(() => {
    if (raw.open) raw.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
  });
  // An idle checkpoint timer must not keep the process alive.
  worker.unref();
  return {
    ready,
    async stop() {
      worker.postMessage("stop");
      await exited;
    },
  };
}
