import { describe, expect, it } from "vitest";
import { checkTargets, formatTargets, type ScaledFigure } from "../../bench/targets";

function fig(name: string, p50: number, extra: Partial<ScaledFigure> = {}): ScaledFigure {
  return {
    name,
    store: "sqlite",
    scale: "M",
    p50_ms: p50,
    p95_ms: p50 * 1.2,
    p99_ms: p50 * 1.5,
    per_s: 0,
    floor_p95_ms: null,
    ...extra,
  };
}

describe("bench targets", () => {
  it("compares each view's 300 and 3,000 session first screens with its 30 session one", () => {
    const lines = checkTargets(
      [
        fig("GET /clients/:id/views/brief, 30 sessions", 10),
        fig("GET /clients/:id/views/brief, 300 sessions", 15),
        fig("GET /clients/:id/views/brief, 3000 sessions", 25),
      ],
      [],
      { scale: "M", baseline: null },
    );
    expect(lines.map((l) => [l.target, l.met])).toEqual([
      ["/clients/:id/views/brief: 300 sessions within 2× of 30 (p50)", true],
      ["/clients/:id/views/brief: 3000 sessions within 2× of 30 (p50)", false],
    ]);
  });

  it("holds search on the scale measured to 50 ms and to twice the baseline scale's p95", () => {
    const name = 'search, common word ("jaw")';
    const lines = checkTargets([fig(name, 10, { scale: "S" }), fig(name, 30)], [], {
      scale: "M",
      baseline: "S",
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ met: false, measured: "36 ms, 3.00× S" });
  });

  it("checks overhead over the raw floor, the mixed load, cold start and size", () => {
    const lines = checkTargets(
      [
        fig("save a session with 30 pieces", 5, { floor_p95_ms: 5 }),
        fig("save a session with 30 pieces", 4, { scale: "S" }),
        fig("mixed HTTP load, 50 connections", 20, { per_s: 1600, p99_ms: 90 }),
        fig("mixed HTTP load, 50 connections, 2 workers", 20, { per_s: 1400, p99_ms: 90 }),
        fig("cold start (spawn to listening)", 1000),
      ],
      [{ store: "sqlite", scale: "M", ratio: 10.6 }],
      { scale: "M", baseline: "S" },
    );
    const byTarget = Object.fromEntries(lines.map((l) => [l.target, l.met]));
    expect(byTarget).toEqual({
      "save a session with 30 pieces: p95 within 1.5× of the raw floor": true,
      "save on M within 1.5× of S (p50)": true,
      "mixed HTTP load, 50 connections: ≥ 1,500 requests/s at p99 ≤ 100 ms": true,
      "mixed HTTP load, 50 connections, 2 workers: ≥ 1,500 requests/s at p99 ≤ 100 ms": false,
      "cold start ≤ 1.5 s (p95)": true,
      "database size ≤ 3× the text it stores": false,
    });
    expect(formatTargets(lines).split("\n")[0]).toBe("targets: 4 of 6 met");
  });
});
