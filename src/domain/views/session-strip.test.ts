import { describe, expect, it } from "vitest";
import { buildStrip, STRIP_CELLS, stripCellBounds, stripCellOf, stripFromCells } from "./session-strip";

const sessions = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    number: i + 1,
    date: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
  }));

describe("the appearance strip", () => {
  it("keeps one cell per session in a process no longer than the strip", () => {
    const strip = buildStrip(sessions(5), new Set(["s1", "s4"]));
    expect(strip.map((c) => [c.fromNumber, c.toNumber, c.present, c.sessionId])).toEqual([
      [1, 1, 0, null],
      [2, 2, 1, "s1"],
      [3, 3, 0, null],
      [4, 4, 0, null],
      [5, 5, 1, "s4"],
    ]);
  });

  it("cuts a long process into at most STRIP_CELLS stretches that cover every session once", () => {
    const all = sessions(3000);
    const present = new Set(all.filter((_, i) => i % 7 === 0 || (i >= 2000 && i < 2100)).map((s) => s.id));
    const strip = buildStrip(all, present);
    expect(strip).toHaveLength(STRIP_CELLS);
    expect(strip.reduce((n, c) => n + c.sessions, 0)).toBe(3000);
    expect(strip.reduce((n, c) => n + c.present, 0)).toBe(present.size);
    strip.forEach((c, i) => {
      expect(c.toNumber - c.fromNumber + 1).toBe(c.sessions);
      if (i > 0) expect(c.fromNumber).toBe(strip[i - 1]!.toNumber + 1);
    });
    // The link goes to the first session of the stretch that held it.
    expect(strip[0]!.sessionId).toBe("s0");
    const dense = strip.find((c) => c.fromNumber <= 2050 && c.toNumber >= 2050)!;
    expect(dense.present).toBe(dense.sessions);
  });

  it("leaves every cell empty and unlinked for something never present", () => {
    expect(buildStrip(sessions(100), new Set()).every((c) => c.present === 0 && c.sessionId === null)).toBe(
      true,
    );
    expect(buildStrip([], new Set())).toEqual([]);
  });

  it("bounds each cell where stripCellOf puts its sessions, for short, exact and long processes", () => {
    for (const total of [0, 1, 5, 47, 48, 49, 100, 3000, 3001]) {
      const bounds = stripCellBounds(total);
      expect(bounds).toHaveLength(Math.min(total, STRIP_CELLS));
      bounds.forEach(({ first, last }, k) => {
        expect(first).toBeLessThanOrEqual(last);
        expect(stripCellOf(first, total)).toBe(k);
        expect(stripCellOf(last, total)).toBe(k);
        if (k > 0) expect(first).toBe(bounds[k - 1]!.last + 1);
      });
      if (total > 0) expect(bounds.at(-1)!.last).toBe(total - 1);
    }
  });

  it("gives from counted cells the strip buildStrip gives from every session", () => {
    const all = sessions(3000);
    const present = all.filter((_, i) => i % 11 === 0 || (i >= 900 && i < 1000));
    const ref = (i: number) => ({ ...all[i]!, status: "signed" as const, courseId: null });
    const bounds = stripCellBounds(all.length).map(({ first, last }) => ({
      from: ref(first),
      to: ref(last),
      sessions: last - first + 1,
    }));
    const cells = new Map<number, { cell: number; present: number; sessionId: string }>();
    for (const s of present) {
      const cell = stripCellOf(all.indexOf(s), all.length);
      const c = cells.get(cell);
      if (c) c.present += 1;
      else cells.set(cell, { cell, present: 1, sessionId: s.id });
    }
    expect(stripFromCells(bounds, [...cells.values()])).toEqual(
      buildStrip(all, new Set(present.map((s) => s.id))),
    );
  });
});
