// reliableChange against an independent table of each instrument's figure and direction
// (sources in the definitions): PHQ-9 ≥ 6, GAD-7 ≥ 4, WHO-5 ≥ 10 percentage points,
// PCL-5 ≥ 10, PSS-10 none, symptom profile > 1.0. Lower is better except on the WHO-5.
import { describe, expect, it } from "vitest";
import { reliableChange } from "./reliable-change";
import { scoreResponse } from "./score-response";
import { forEachAnswerVector, Mismatches } from "./testing/answer-space";
import { DomainError } from "../domain";

interface Expected {
  totals: number[];
  isReliable: ((size: number) => boolean) | null;
  higherIsBetter: boolean;
}

const range = (from: number, to: number, step = 1) =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);

// Every profile value a complete symptom profile can take.
const profiles = new Set<number>();
forEachAnswerVector(4, [null, 0, 1, 2, 3, 4, 5, 6], (a) => {
  const t = scoreResponse("symptom-profile", a).total;
  if (t !== null) profiles.add(t);
});

const EXPECTED: Record<string, Expected> = {
  phq9: { totals: range(0, 27), isReliable: (d) => d >= 6, higherIsBetter: false },
  gad7: { totals: range(0, 21), isReliable: (d) => d >= 4, higherIsBetter: false },
  who5: { totals: range(0, 100, 4), isReliable: (d) => d >= 10, higherIsBetter: true },
  pcl5: { totals: range(0, 80), isReliable: (d) => d >= 10, higherIsBetter: false },
  pss10: { totals: range(0, 40), isReliable: null, higherIsBetter: false },
  "symptom-profile": {
    totals: [...profiles].sort((x, y) => x - y),
    isReliable: (d) => d > 1 + 1e-9,
    higherIsBetter: false,
  },
};

// Pair counts, written out: 28², 22², 26², 81², 41², and the achievable profiles squared.
const PAIRS: Record<string, number> = {
  phq9: 784,
  gad7: 484,
  who5: 676,
  pcl5: 6_561,
  pss10: 1_681,
  "symptom-profile": profiles.size ** 2,
};

describe("reliable change", () => {
  it.each(Object.keys(EXPECTED))(
    "judges every pair of %s totals against the published figure and direction",
    (id) => {
      const { totals, isReliable, higherIsBetter } = EXPECTED[id]!;
      const bad = new Mismatches();
      let cases = 0;
      for (const before of totals) {
        for (const after of totals) {
          const c = reliableChange(id, before, after);
          const diff = after - before;
          const direction = diff === 0 ? "unchanged" : diff > 0 === higherIsBetter ? "improved" : "worsened";
          const reliable = isReliable === null ? null : isReliable(Math.abs(diff));
          bad.check(
            Math.abs(c.difference - diff) < 1e-9 && c.direction === direction && c.reliable === reliable,
            () => `${before}→${after}: ${JSON.stringify(c)}`,
          );
          cases++;
        }
      }
      expect(cases).toBe(PAIRS[id]);
      expect(bad.found).toEqual([]);
    },
  );

  it("takes score results and rejects incomplete ones, other instruments and impossible totals", () => {
    const before = scoreResponse("phq9", [3, 3, 3, 3, 3, 3, 0, 0, 0]);
    const after = scoreResponse("phq9", [1, 1, 1, 1, 1, 1, 0, 0, 0]);
    expect(reliableChange("phq9", before, after)).toMatchObject({
      difference: -12,
      direction: "improved",
      reliable: true,
    });
    const incomplete = scoreResponse("phq9", [1, 1, 1, 1, 1, 1, 0, 0, null]);
    expect(() => reliableChange("phq9", before, incomplete)).toThrow(/after: the response is incomplete/);
    expect(() => reliableChange("gad7", before, 3)).toThrow(/before: is a phq9 result, not gad7/);
    expect(() => reliableChange("phq9", 28, 3)).toThrow(/before: 28 is outside the PHQ-9 total range 0–27/);
    expect(() => reliableChange("who5", 0, Number.NaN)).toThrow(DomainError);
  });

  it("PHQ-9: 5 points is not a reliable change, 6 is", () => {
    expect(reliableChange("phq9", 15, 10).reliable).toBe(false);
    expect(reliableChange("phq9", 15, 9).reliable).toBe(true);
  });

  it("symptom profile: exactly 1.0 is not reliable, more than 1.0 is", () => {
    expect(reliableChange("symptom-profile", 3, 2).reliable).toBe(false);
    expect(reliableChange("symptom-profile", 3, 1.67).reliable).toBe(true);
  });
});
