// Tessera's symptom profile against its own stated rule (MYMOP practice, qol.thoracic.org):
// items concern 1, concern 2 (optional), activity, wellbeing, each 0–6; profile = mean of the
// completed items, to 2 decimals; concern 1, activity and wellbeing are required; no bands.
import { describe, expect, it } from "vitest";
import { scoreResponse } from "./score-response";
import { forEachAnswerVector, Mismatches } from "./testing/answer-space";

const REQUIRED_ITEMS = [1, 3, 4];

describe("symptom profile scoring", () => {
  it("matches the stated rule for all 8^4 = 4,096 responses (each item 0–6 or missing)", () => {
    const bad = new Mismatches();
    let scored = 0;
    const cases = forEachAnswerVector(4, [null, 0, 1, 2, 3, 4, 5, 6], (a) => {
      const r = scoreResponse("symptom-profile", a);
      const complete = REQUIRED_ITEMS.every((k) => a[k - 1] !== null);
      if (!complete) {
        bad.check(
          !r.complete && r.total === null && r.band === null,
          () => `${JSON.stringify(a)} should be incomplete`,
        );
        return;
      }
      scored++;
      const answered = a.filter((x): x is number => x !== null);
      const mean = answered.reduce((x, y) => x + y, 0) / answered.length;
      bad.check(
        r.complete &&
          r.total !== null &&
          Math.abs(r.total - mean) <= 0.005 && // the mean, rounded …
          Math.abs(r.total * 100 - Math.round(r.total * 100)) < 1e-9 && // … to 2 decimals
          r.band === null,
        () => `${JSON.stringify(a)}: profile ${r.total}, mean ${mean}`,
      );
    });
    expect(cases).toBe(4_096);
    expect(scored).toBe(7 * 7 * 7 * 8);
    expect(bad.found).toEqual([]);
  });

  it.each([
    [[6, null, 6, 6], 6],
    [[0, 0, 0, 0], 0],
    [[1, 2, 3, 4], 2.5],
    [[1, null, 1, 2], 1.33],
    [[2, null, 2, 1], 1.67],
    [[4, null, 3, 2], 3],
  ])("profiles %j as %d", (answers, profile) => {
    expect(scoreResponse("symptom-profile", answers).total).toBe(profile);
  });

  it("is incomplete without the first concern, the activity or wellbeing", () => {
    for (const a of [
      [null, 3, 3, 3],
      [3, 3, null, 3],
      [3, 3, 3, null],
    ])
      expect(scoreResponse("symptom-profile", a)).toMatchObject({ complete: false, total: null });
  });
});
