// One benchmark figure: latency percentiles and throughput of a named operation on one store,
// beside the raw-driver floor for the same answer. Figures are what --json writes.
export interface Figure {
  name: string;
  store: string;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  per_s: number;
  floor_p95_ms: number | null;
}

export interface Timing {
  latencies: number[];
  seconds: number;
}

export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Runs `fn` after `warmup` untimed calls, `iterations` times one after another, or until `maxSeconds`. */
export async function timeIt(
  fn: (i: number) => Promise<unknown>,
  options: { iterations: number; warmup?: number; maxSeconds?: number },
): Promise<Timing> {
  for (let i = 0; i < (options.warmup ?? 2); i++) await fn(-1 - i);
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + (options.maxSeconds ?? 30) * 1000;
  for (let i = 0; i < options.iterations; i++) {
    const t = performance.now();
    await fn(i);
    latencies.push(performance.now() - t);
    if (performance.now() > deadline && latencies.length >= 3) break;
  }
  return { latencies, seconds: (performance.now() - started) / 1000 };
}

export function figureOf(name: string, store: string, timing: Timing, floor: Timing | null): Figure {
  const sorted = [...timing.latencies].sort((a, b) => a - b);
  const floorSorted = floor ? [...floor.latencies].sort((a, b) => a - b) : null;
  return {
    name,
    store,
    p50_ms: round(percentile(sorted, 0.5)),
    p95_ms: round(percentile(sorted, 0.95)),
    p99_ms: round(percentile(sorted, 0.99)),
    per_s: round(timing.latencies.length / timing.seconds),
    floor_p95_ms: floorSorted ? round(percentile(floorSorted, 0.95)) : null,
  };
}

function round(x: number): number {
  return Number.isFinite(x) ? Math.round(x * 100) / 100 : x;
}

export function formatFigure(f: Figure): string {
  const ratio = f.floor_p95_ms ? `${(f.p95_ms / f.floor_p95_ms).toFixed(2)}×` : "–";
  return [
    f.store.padEnd(8),
    f.name.padEnd(52),
    fmt(f.p50_ms),
    fmt(f.p95_ms),
    fmt(f.p99_ms),
    String(f.per_s).padStart(9),
    (f.floor_p95_ms === null ? "–" : fmt(f.floor_p95_ms)).padStart(9),
    ratio.padStart(7),
  ].join(" ");
}

export const FIGURE_HEADER = [
  "store".padEnd(8),
  "figure".padEnd(52),
  "p50 ms".padStart(9),
  "p95 ms".padStart(9),
  "p99 ms".padStart(9),
  "per s".padStart(9),
  "floor p95".padStart(9),
  "ratio".padStart(7),
].join(" ");

const fmt = (x: number) => x.toFixed(x < 10 ? 2 : 1).padStart(9);
