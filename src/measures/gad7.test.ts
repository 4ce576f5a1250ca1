// GAD-7 against an independent statement of the published rules (clinical-reference §1,
// Spitzer 2006): total = sum of 7 items scored 0–3; cut points 5, 10, 15 mark mild, moderate,
// severe (below 5 minimal); no prorating, so any missing item means no total.
import { describe, expect, it } from "vitest";
import { scoreResponse } from "./score-response";
import { forEachAnswerVector, Mismatches } from "./testing/answer-space";

const publishedBand = (total: number) =>
  total >= 15 ? "severe" : total >= 10 ? "moderate" : total >= 5 ? "mild" : "minimal";

describe("GAD-7 scoring", () => {
  it("matches the published rule for all 5^7 = 78,125 responses (each item 0–3 or missing)", () => {
    const bad = new Mismatches();
    let complete = 0;
    const cases = forEachAnswerVector(7, [null, 0, 1, 2, 3], (a) => {
      const r = scoreResponse("gad7", a);
      if (a.includes(null)) {
        bad.check(
          !r.complete && r.total === null && r.band === null && r.flags.length === 0,
          () => `${JSON.stringify(a)}: incomplete response got total ${r.total} band ${r.band}`,
        );
        return;
      }
      complete++;
      const total = (a as number[]).reduce((x, y) => x + y, 0);
      bad.check(
        r.complete && r.total === total && r.band === publishedBand(total) && r.flags.length === 0,
        () => `${a}: got total ${r.total} band ${r.band}`,
      );
    });
    expect(cases).toBe(78_125);
    expect(complete).toBe(16_384);
    expect(bad.found).toEqual([]);
  });

  it.each([
    [[0, 0, 0, 0, 0, 0, 0], 0, "minimal"],
    [[3, 1, 0, 0, 0, 0, 0], 4, "minimal"],
    [[3, 2, 0, 0, 0, 0, 0], 5, "mild"],
    [[3, 3, 3, 0, 0, 0, 0], 9, "mild"],
    [[3, 3, 3, 1, 0, 0, 0], 10, "moderate"],
    [[3, 3, 3, 3, 2, 0, 0], 14, "moderate"],
    [[3, 3, 3, 3, 3, 0, 0], 15, "severe"],
    [[3, 3, 3, 3, 3, 3, 3], 21, "severe"],
  ])("scores %j as %i, band %s (every band boundary)", (answers, total, band) => {
    const r = scoreResponse("gad7", answers);
    expect([r.total, r.band]).toEqual([total, band]);
  });
});
