// Child process for the SIGKILL test: starts a backup to argv[3] of the SQLite data folder argv[2]
// and, once it is writing rows of the pieces table, says "halfway" and blocks until it is killed.
import { writeSync } from "node:fs";
import { writeBackup } from "../../../src/interop/backup/write-backup";
import type { Progress } from "../../../src/interop/progress";

const [dataDir, file] = process.argv.slice(2) as [string, string];
const hang: Progress = {
  stage(label) {
    if (label !== "pieces") return;
    writeSync(1, "halfway\n");
    // Blocks this thread for good: the parent kills the process here, mid-write.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  },
  advance() {},
  done() {},
};
await writeBackup({ dataDir }, file, { passphrase: null, progress: hang });
