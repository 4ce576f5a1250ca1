// Throughput of the narrative extractor on realistic synthetic narratives (about 1 MB in total).
// Run: npx tsx bench/extract-throughput.ts [megabytes]
import { extractPieces } from "../src/analysis";
import { syntheticNarrative } from "./extract-synthetic";

const targetMb = Number(process.argv[2] ?? 1);
const narratives: string[] = [];
let bytes = 0;
for (let seed = 1; bytes < targetMb * 1_000_000; seed++) {
  const text = syntheticNarrative(seed);
  narratives.push(text);
  bytes += Buffer.byteLength(text, "utf8");
}

// Warm up the model and the JIT with one untimed pass, so the figure is the steady state.
for (const text of narratives) extractPieces(text);

let pieces = 0;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (const text of narratives) pieces += extractPieces(text).length;
const wall = (performance.now() - t0) / 1000;
const used = process.cpuUsage(cpu0);
// CPU time of this single-threaded run: the figure that does not depend on what else the machine runs.
const cpu = (used.user + used.system) / 1e6;

const mb = bytes / 1_000_000;
console.log(`narratives: ${narratives.length}, text: ${mb.toFixed(2)} MB, pieces: ${pieces}`);
console.log(`wall: ${wall.toFixed(2)} s (${(mb / wall).toFixed(2)} MB/s), cpu: ${cpu.toFixed(2)} s`);
console.log(`throughput: ${(mb / cpu).toFixed(2)} MB/s of text per second of one core`);
