// WHO-5 against an independent statement of the published rules (clinical-reference §1):
// raw = sum of 5 items scored 0–5 (0–25); percentage = raw × 4 (0–100), not (raw − 5) × 4;
// raw below 13 means poor wellbeing; no other band is published; no prorating.
import { describe, expect, it } from "vitest";
import { scoreResponse } from "./score-response";
import { forEachAnswerVector, Mismatches } from "./testing/answer-space";

describe("WHO-5 scoring", () => {
  it("matches the published rule for all 7^5 = 16,807 responses (each item 0–5 or missing)", () => {
    const bad = new Mismatches();
    let complete = 0;
    const cases = forEachAnswerVector(5, [null, 0, 1, 2, 3, 4, 5], (a) => {
      const r = scoreResponse("who5", a);
      if (a.includes(null)) {
        bad.check(!r.complete && r.total === null && r.rawTotal === null && r.band === null, () =>
          JSON.stringify(a),
        );
        return;
      }
      complete++;
      const raw = (a as number[]).reduce((x, y) => x + y, 0);
      bad.check(
        r.complete &&
          r.rawTotal === raw &&
          r.total === raw * 4 &&
          r.band === (raw < 13 ? "poor wellbeing" : null),
        () => `${a}: raw ${r.rawTotal} total ${r.total} band ${r.band}`,
      );
    });
    expect(cases).toBe(16_807);
    expect(complete).toBe(7_776);
    expect(bad.found).toEqual([]);
  });

  it.each([
    [[0, 0, 0, 0, 0], 0, 0, "poor wellbeing"],
    [[5, 5, 2, 0, 0], 12, 48, "poor wellbeing"],
    [[5, 5, 3, 0, 0], 13, 52, null],
    [[5, 5, 5, 5, 5], 25, 100, null],
  ])(
    "scores %j as raw %i, percentage %i, band %s (the raw-13 boundary and the ends)",
    (answers, raw, pct, band) => {
      const r = scoreResponse("who5", answers);
      expect([r.rawTotal, r.total, r.band]).toEqual([raw, pct, band]);
    },
  );

  it("does not use the wrong (raw − 5) × 4 formula", () => {
    expect(scoreResponse("who5", [1, 1, 1, 1, 1]).total).toBe(20);
  });
});
