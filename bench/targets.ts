// Issue 16's targets (and issue 11's first load in Chromium) checked against the figures of one
// run, so `npm run bench` ends with a table of what is met and what is not. Pure: figures in,
// lines out; the names it reads are the ones bench/run-all.ts records.
import type { Figure } from "./figures";

export interface ScaledFigure extends Figure {
  scale: string;
}

export interface SizeFigure {
  store: string;
  scale: string;
  ratio: number;
}

export interface TargetLine {
  target: string;
  store: string;
  measured: string;
  met: boolean;
}

const VIEW = /^GET (\/clients\/:id\/views\/[^,]+), (\d+) sessions$/;

export function checkTargets(
  figures: readonly ScaledFigure[],
  sizes: readonly SizeFigure[],
  options: { scale: string; baseline: string | null },
): TargetLine[] {
  const lines: TargetLine[] = [];
  const stores = [...new Set(figures.map((f) => f.store))];
  const at = (store: string, scale: string, name: string) =>
    figures.find((f) => f.store === store && f.scale === scale && f.name === name);

  for (const store of stores) {
    const own = figures.filter((f) => f.store === store && f.scale === options.scale);

    // A view's first screen at 300 and 3,000 sessions within 2× of 30 (p50, one run).
    const views = new Map<string, Map<string, number>>();
    for (const f of own) {
      const m = VIEW.exec(f.name);
      if (!m) continue;
      const bySize = views.get(m[1]!) ?? new Map<string, number>();
      bySize.set(m[2]!, f.p50_ms);
      views.set(m[1]!, bySize);
    }
    for (const [view, bySize] of views) {
      const base = bySize.get("30");
      for (const size of ["300", "3000"]) {
        const v = bySize.get(size);
        if (base === undefined || v === undefined) continue;
        const ratio = v / base;
        lines.push({
          target: `${view}: ${size} sessions within 2× of 30 (p50)`,
          store,
          measured: `${ratio.toFixed(2)}× (${base.toFixed(1)} → ${v.toFixed(1)} ms)`,
          met: ratio <= 2,
        });
      }
    }

    // Overhead over the raw-driver floor, for every figure that has one.
    for (const f of own) {
      if (!f.floor_p95_ms) continue;
      const ratio = f.p95_ms / f.floor_p95_ms;
      lines.push({
        target: `${f.name}: p95 within 1.5× of the raw floor`,
        store,
        measured: `${ratio.toFixed(2)}× (${f.p95_ms} vs ${f.floor_p95_ms} ms)`,
        met: ratio <= 1.5,
      });
    }

    // Search on this scale against the baseline: within 2× and ≤ 50 ms (p95).
    for (const f of own.filter((x) => x.name.startsWith("search"))) {
      if (f.name.includes("before 007")) continue;
      const base = options.baseline ? at(store, options.baseline, f.name) : undefined;
      const ratio = base ? f.p95_ms / base.p95_ms : null;
      lines.push({
        target: `${f.name}: p95 ≤ 50 ms${base ? ` and within 2× of ${options.baseline}` : ""}`,
        store,
        measured: `${f.p95_ms} ms${ratio === null ? "" : `, ${ratio.toFixed(2)}× ${options.baseline}`}`,
        met: f.p95_ms <= 50 && (ratio === null || ratio <= 2),
      });
    }

    // A save on this scale within 1.5× of the same on the baseline (p50).
    const saveName = "save a session with 30 pieces";
    const save = at(store, options.scale, saveName);
    const saveBase = options.baseline ? at(store, options.baseline, saveName) : undefined;
    if (save && saveBase)
      lines.push({
        target: `save on ${options.scale} within 1.5× of ${options.baseline} (p50)`,
        store,
        measured: `${(save.p50_ms / saveBase.p50_ms).toFixed(2)}× (${saveBase.p50_ms} → ${save.p50_ms} ms)`,
        met: save.p50_ms / saveBase.p50_ms <= 1.5,
      });

    // Mixed load: ≥ 1,500 requests/s at p99 ≤ 100 ms (the target is SQLite's; PostgreSQL beside it).
    for (const f of own.filter((x) => x.name.startsWith("mixed HTTP load"))) {
      lines.push({
        target: `${f.name}: ≥ 1,500 requests/s at p99 ≤ 100 ms`,
        store,
        measured: `${f.per_s} requests/s, p99 ${f.p99_ms} ms`,
        met: f.per_s >= 1500 && f.p99_ms <= 100,
      });
    }

    const cold = own.find((f) => f.name.startsWith("cold start"));
    if (cold)
      lines.push({
        target: "cold start ≤ 1.5 s (p95)",
        store,
        measured: `${(cold.p95_ms / 1000).toFixed(2)} s`,
        met: cold.p95_ms <= 1500,
      });

    for (const f of own.filter((x) => x.name.startsWith("Chromium first load"))) {
      lines.push({
        target: `${f.name} ≤ 500 ms (p50)`,
        store,
        measured: `p50 ${f.p50_ms} ms, p95 ${f.p95_ms} ms`,
        met: f.p50_ms <= 500,
      });
    }
  }

  for (const s of sizes.filter((x) => x.scale === options.scale))
    lines.push({
      target: "database size ≤ 3× the text it stores",
      store: s.store,
      measured: `${s.ratio.toFixed(1)}×`,
      met: s.ratio <= 3,
    });
  return lines;
}

export function formatTargets(lines: readonly TargetLine[]): string {
  const met = lines.filter((l) => l.met).length;
  return [
    `targets: ${met} of ${lines.length} met`,
    ...lines.map(
      (l) => `${l.met ? "met    " : "NOT met"} ${l.store.padEnd(8)} ${l.target.padEnd(70)} ${l.measured}`,
    ),
  ].join("\n");
}
