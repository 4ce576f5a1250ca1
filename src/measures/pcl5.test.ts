// PCL-5 against an independent statement of the published rules (comorbidityguidelines.org.au,
// 'PCL-5: Scoring and interpretation'; clinical-reference §1): total = sum of 20 items scored
// 0–4 (0–80); clusters B = items 1–5, C = 6–7, D = 8–14, E = 15–20; provisional DSM-5 rule:
// items rated 2 or more count, needing at least 1 B, 1 C, 2 D and 2 E; no severity bands;
// probable PTSD at Tessera's chosen cut-point 33 (published range 31–33); no prorating.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { scoreResponse } from "./score-response";
import { answersWithMissing, completeAnswers, forEachAnswerVector, Mismatches } from "./testing/answer-space";

const CLUSTERS: Record<string, number[]> = {
  B: [1, 2, 3, 4, 5],
  C: [6, 7],
  D: [8, 9, 10, 11, 12, 13, 14],
  E: [15, 16, 17, 18, 19, 20],
};
const REQUIRED: Record<string, number> = { B: 1, C: 1, D: 2, E: 2 };
const PROBABLE_PTSD_AT = 33;

const clusterSum = (a: number[], c: string) => CLUSTERS[c]!.reduce((s, k) => s + a[k - 1]!, 0);
const endorsedIn = (a: number[], c: string) => CLUSTERS[c]!.filter((k) => a[k - 1]! >= 2).length;
const meetsDsm5 = (a: number[]) => Object.keys(REQUIRED).every((c) => endorsedIn(a, c) >= REQUIRED[c]!);

const COMPLETE_RUNS = 20_000;
const MISSING_RUNS = 5_000;

function expectPublished(a: number[]) {
  const r = scoreResponse("pcl5", a);
  const total = a.reduce((x, y) => x + y, 0);
  return (
    r.complete &&
    r.total === total &&
    r.band === null &&
    r.subscales.B === clusterSum(a, "B") &&
    r.subscales.C === clusterSum(a, "C") &&
    r.subscales.D === clusterSum(a, "D") &&
    r.subscales.E === clusterSum(a, "E") &&
    r.cutPoints["probable-ptsd"] === total >= PROBABLE_PTSD_AT &&
    r.diagnosticRule?.met === meetsDsm5(a)
  );
}

describe("PCL-5 scoring", () => {
  it("applies the DSM-5 rule correctly to all 2^20 = 1,048,576 patterns of endorsed items (1 = not endorsed, 2 = endorsed)", () => {
    const bad = new Mismatches();
    let met = 0;
    const cases = forEachAnswerVector(20, [1, 2], (a) => {
      bad.check(expectPublished(a), () => `${a}`);
      if (meetsDsm5(a)) met++;
    });
    expect(cases).toBe(1_048_576);
    // (2^5−1)·(2^2−1)·(2^7−1−7)·(2^6−1−6) patterns meet the rule, counted by hand.
    expect(met).toBe(31 * 3 * 120 * 57);
    expect(bad.found).toEqual([]);
  });

  it(`matches the published total, clusters, cut-point and DSM-5 rule (property, ${COMPLETE_RUNS} random complete responses)`, () => {
    fc.assert(
      fc.property(completeAnswers(20, 4), (a) => {
        expect(expectPublished(a)).toBe(true);
      }),
      { numRuns: COMPLETE_RUNS },
    );
  });

  it("has no severity bands: the band is null for every total 0–80 (81 cases)", () => {
    for (let total = 0; total <= 80; total++) {
      const a = Array.from({ length: 20 }, (_, i) => Math.max(0, Math.min(4, total - 4 * i)));
      expect(scoreResponse("pcl5", a).band).toBeNull();
    }
  });

  it.each([
    [32, false],
    [33, true],
  ])("a total of %i meets the probable-PTSD cut-point: %s", (total, met) => {
    const a = Array.from({ length: 20 }, (_, i) => Math.max(0, Math.min(4, total - 4 * i)));
    expect(scoreResponse("pcl5", a).cutPoints["probable-ptsd"]).toBe(met);
  });

  it("does not meet the DSM-5 rule with one D item short, however high the total", () => {
    //        B: 1–5          C: 6–7  D: 8–14 (only item 8 endorsed)  E: 15–20
    const a = [4, 4, 4, 4, 4, 4, 4, 4, 1, 1, 1, 1, 1, 1, 4, 4, 4, 4, 4, 4];
    const r = scoreResponse("pcl5", a);
    expect(r.diagnosticRule).toEqual({
      id: "provisional-dsm5",
      met: false,
      endorsed: { B: 5, C: 2, D: 1, E: 6 },
    });
    expect(r.cutPoints["probable-ptsd"]).toBe(true);
  });

  it(`gives no total, cut-point or DSM-5 result when any item is missing, and cluster sums only for whole clusters (${MISSING_RUNS} random responses)`, () => {
    fc.assert(
      fc.property(answersWithMissing(20, 4), (a) => {
        const r = scoreResponse("pcl5", a);
        expect([r.complete, r.total, r.band, r.cutPoints["probable-ptsd"], r.diagnosticRule]).toEqual([
          false,
          null,
          null,
          null,
          null,
        ]);
        for (const c of Object.keys(CLUSTERS)) {
          const whole = CLUSTERS[c]!.every((k) => a[k - 1] !== null);
          expect(r.subscales[c]).toBe(whole ? clusterSum(a as number[], c) : null);
        }
      }),
      { numRuns: MISSING_RUNS },
    );
  });
});
