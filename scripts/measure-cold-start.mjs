#!/usr/bin/env node
// Cold start of `tessera serve`: milliseconds from spawning the process to its "running at" line,
// each run on a fresh empty data folder (so migrations run too, as on a first start).
// Usage: node scripts/measure-cold-start.mjs [runs=5] [bin=bin/tessera.mjs]
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const runs = Number(process.argv[2] ?? 5);
const bin = resolve(process.argv[3] ?? "bin/tessera.mjs");

function once() {
  const data = mkdtempSync(join(tmpdir(), "tessera-cold-"));
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [bin, "serve", "--port", "0"], {
      env: { ...process.env, TESSERA_DATA: data, TESSERA_DATABASE_URL: "" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      if (!out.includes("running at")) return;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      child.once("exit", () => {
        rmSync(data, { recursive: true, force: true });
        done(ms);
      });
      child.kill("SIGTERM");
    });
    child.once("exit", (code) => {
      if (!out.includes("running at")) fail(new Error(`serve exited (${code}) before listening`));
    });
  });
}

const times = [];
for (let i = 0; i < runs; i++) times.push(await once());
const sorted = [...times].sort((a, b) => a - b);
console.log(`runs (ms): ${times.map((t) => t.toFixed(0)).join(", ")}`);
console.log(
  `median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms, min ${sorted[0].toFixed(0)}, max ${sorted.at(-1).toFixed(0)}`,
);
