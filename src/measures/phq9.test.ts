// PHQ-9 against an independent statement of the published rules (clinical-reference §1):
// total = sum of 9 items scored 0–3; bands 0–4 minimal, 5–9 mild, 10–14 moderate,
// 15–19 moderately severe, 20–27 severe; no prorating, so any missing item means no total.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { scoreResponse } from "./score-response";
import { answersWithMissing, forEachAnswerVector, Mismatches } from "./testing/answer-space";

const PUBLISHED_BANDS: [min: number, max: number, band: string][] = [
  [0, 4, "minimal"],
  [5, 9, "mild"],
  [10, 14, "moderate"],
  [15, 19, "moderately severe"],
  [20, 27, "severe"],
];
const publishedBand = (total: number) => PUBLISHED_BANDS.find(([lo, hi]) => total >= lo && total <= hi)![2];

/** Nine answers adding up to `total`, filled with 3s from the first item. */
const answersSumming = (total: number) =>
  Array.from({ length: 9 }, (_, i) => Math.max(0, Math.min(3, total - 3 * i)));

const PHQ9_MISSING_RUNS = 20_000;

describe("PHQ-9 scoring", () => {
  it("matches the published sum, band and item-9 flag for all 4^9 = 262,144 complete responses", () => {
    const bad = new Mismatches();
    const cases = forEachAnswerVector(9, [0, 1, 2, 3], (a) => {
      const r = scoreResponse("phq9", a);
      const total = a[0]! + a[1]! + a[2]! + a[3]! + a[4]! + a[5]! + a[6]! + a[7]! + a[8]!;
      bad.check(
        r.complete && r.total === total && r.rawTotal === total && r.band === publishedBand(total),
        () => `${a}: got total ${r.total} band ${r.band}`,
      );
      bad.check(
        JSON.stringify(r.flags) === JSON.stringify(a[8]! > 0 ? ["phq9-item9"] : []),
        () => `${a}: flags ${r.flags}`,
      );
    });
    expect(cases).toBe(262_144);
    expect(bad.found).toEqual([]);
  });

  it.each([
    [0, "minimal"],
    [4, "minimal"],
    [5, "mild"],
    [9, "mild"],
    [10, "moderate"],
    [14, "moderate"],
    [15, "moderately severe"],
    [19, "moderately severe"],
    [20, "severe"],
    [27, "severe"],
  ])("puts a total of %i in the band %s (every band boundary)", (total, band) => {
    const r = scoreResponse("phq9", answersSumming(total));
    expect(r.total).toBe(total);
    expect(r.band).toBe(band);
  });

  it(`gives no total and no band when any item is missing (${PHQ9_MISSING_RUNS} random responses)`, () => {
    fc.assert(
      fc.property(answersWithMissing(9, 3), (a) => {
        const r = scoreResponse("phq9", a);
        const missing = a.flatMap((x, i) => (x === null ? [i + 1] : []));
        expect(r).toMatchObject({
          complete: false,
          total: null,
          rawTotal: null,
          band: null,
          prorated: false,
        });
        expect(r.missingItems).toEqual(missing);
      }),
      { numRuns: PHQ9_MISSING_RUNS },
    );
  });
});
