// reliableChange against an independent table of each instrument's figures and direction
// (sources in the definitions). Reliable: PHQ-9 ≥ 6, GAD-7 ≥ 4, WHO-5 ≥ 10 percentage points,
// PCL-5 ≥ 5, PSS-10 and symptom profile none. Named larger figure: PCL-5 ≥ 10 "clinically
// meaningful" (National Center for PTSD), symptom profile > 1.0 "clinically significant" (MYMOP).
// Jacobson–Truax categories where a published cut-off exists: PHQ-9 caseness ≥ 10, GAD-7 ≥ 8
// (IAPT). Lower is better except on the WHO-5.
import { describe, expect, it } from "vitest";
import { reliableChange } from "./reliable-change";
import { scoreResponse } from "./score-response";
import { forEachAnswerVector, Mismatches } from "./testing/answer-space";
import { DomainError } from "../domain";

interface Expected {
  totals: number[];
  isReliable: ((size: number) => boolean) | null;
  isMeaningful: ((size: number) => boolean) | null;
  /** Totals at or above this are in the clinical range; null: not judged. */
  caseAtLeast: number | null;
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
  phq9: {
    totals: range(0, 27),
    isReliable: (d) => d >= 6,
    isMeaningful: null,
    caseAtLeast: 10,
    higherIsBetter: false,
  },
  gad7: {
    totals: range(0, 21),
    isReliable: (d) => d >= 4,
    isMeaningful: null,
    caseAtLeast: 8,
    higherIsBetter: false,
  },
  who5: {
    totals: range(0, 100, 4),
    isReliable: (d) => d >= 10,
    isMeaningful: null,
    caseAtLeast: null,
    higherIsBetter: true,
  },
  pcl5: {
    totals: range(0, 80),
    isReliable: (d) => d >= 5,
    isMeaningful: (d) => d >= 10,
    caseAtLeast: null,
    higherIsBetter: false,
  },
  pss10: {
    totals: range(0, 40),
    isReliable: null,
    isMeaningful: null,
    caseAtLeast: null,
    higherIsBetter: false,
  },
  "symptom-profile": {
    totals: [...profiles].sort((x, y) => x - y),
    isReliable: null,
    isMeaningful: (d) => d > 1 + 1e-9,
    caseAtLeast: null,
    higherIsBetter: false,
  },
};

/** Jacobson & Truax (1991), written out for symptom measures (lower is better). */
function jacobsonTruax(before: number, after: number, reliable: boolean, caseAtLeast: number) {
  if (!reliable) return "unchanged";
  if (after > before) return "deteriorated";
  return before >= caseAtLeast && after < caseAtLeast ? "recovered" : "improved";
}

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
      const { totals, isReliable, isMeaningful, caseAtLeast, higherIsBetter } = EXPECTED[id]!;
      const bad = new Mismatches();
      let cases = 0;
      for (const before of totals) {
        for (const after of totals) {
          const c = reliableChange(id, before, after);
          const diff = after - before;
          const direction = diff === 0 ? "unchanged" : diff > 0 === higherIsBetter ? "improved" : "worsened";
          const reliable = isReliable === null ? null : isReliable(Math.abs(diff));
          const meaningful = isMeaningful === null ? null : isMeaningful(Math.abs(diff));
          const significance =
            caseAtLeast === null || reliable === null
              ? null
              : jacobsonTruax(before, after, reliable, caseAtLeast);
          bad.check(
            Math.abs(c.difference - diff) < 1e-9 &&
              c.direction === direction &&
              c.reliable === reliable &&
              c.meaningful === meaningful &&
              c.clinicalSignificance === significance,
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

  it("symptom profile: no reliable-change figure; exactly 1.0 is not clinically significant, more than 1.0 is", () => {
    expect(reliableChange("symptom-profile", 3, 2)).toMatchObject({ reliable: null, meaningful: false });
    expect(reliableChange("symptom-profile", 3, 1.67)).toMatchObject({
      reliable: null,
      meaningful: true,
      meaningfulThreshold: 1,
    });
  });

  it("PCL-5: 4 points is within measurement error, 5 is reliable, 10 is clinically meaningful", () => {
    const at = (after: number) => {
      const c = reliableChange("pcl5", 40, after);
      return [c.reliable, c.meaningful];
    };
    expect([at(36), at(35), at(31), at(30), at(50)]).toEqual([
      [false, false],
      [true, false],
      [true, false],
      [true, true],
      [true, true],
    ]);
  });

  it("Jacobson–Truax counts over all 28² PHQ-9 pairs: recovered 165, improved 88, deteriorated 253, unchanged 278", () => {
    const counts: Record<string, number> = {};
    for (const before of range(0, 27))
      for (const after of range(0, 27)) {
        const k = reliableChange("phq9", before, after).clinicalSignificance!;
        counts[k] = (counts[k] ?? 0) + 1;
      }
    expect(counts).toEqual({ recovered: 165, improved: 88, deteriorated: 253, unchanged: 278 });
  });

  it("Jacobson–Truax: PHQ-9 15 → 9 recovered, 20 → 14 improved (still a case), 9 → 3 improved (never a case), 4 → 10 deteriorated, 12 → 8 unchanged", () => {
    const js = (b: number, a: number) => reliableChange("phq9", b, a).clinicalSignificance;
    expect([js(15, 9), js(20, 14), js(9, 3), js(4, 10), js(12, 8)]).toEqual([
      "recovered",
      "improved",
      "improved",
      "deteriorated",
      "unchanged",
    ]);
  });
});
