// PSS-10 against an independent statement of the published rules (Cohen, PSSscore.html;
// clinical-reference §1): items 4, 5, 7, 8 are positively stated and reversed 0=4, 1=3, 2=2,
// 3=1, 4=0; total = sum over all 10 items (0–40); conventional bands 0–13 low, 14–26 moderate,
// 27–40 high; no prorating.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { scoreResponse } from "./score-response";
import { answersWithMissing, completeAnswers, forEachAnswerVector, Mismatches } from "./testing/answer-space";

const POSITIVELY_STATED = new Set([4, 5, 7, 8]);
const REVERSED: Record<number, number> = { 0: 4, 1: 3, 2: 2, 3: 1, 4: 0 };
const itemScore = (item: number, answer: number) =>
  POSITIVELY_STATED.has(item) ? REVERSED[answer]! : answer;
const publishedTotal = (a: number[]) => a.reduce((sum, x, i) => sum + itemScore(i + 1, x), 0);
const publishedBand = (total: number) => (total <= 13 ? "low" : total <= 26 ? "moderate" : "high");

const COMPLETE_RUNS = 20_000;
const MISSING_RUNS = 5_000;

/** Answers whose item scores fill up to `total` from item 1, written back through the reversal. */
const answersScoring = (total: number) =>
  Array.from({ length: 10 }, (_, i) => {
    const score = Math.max(0, Math.min(4, total - 4 * i));
    return POSITIVELY_STATED.has(i + 1) ? REVERSED[score]! : score;
  });

describe("PSS-10 scoring", () => {
  it("reverse-scores exactly items 4, 5, 7, 8 (every item × every answer, 50 cases)", () => {
    const bad = new Mismatches();
    let cases = 0;
    for (let item = 1; item <= 10; item++) {
      for (let answer = 0; answer <= 4; answer++) {
        const a = new Array(10).fill(2);
        a[item - 1] = answer;
        const r = scoreResponse("pss10", a);
        bad.check(r.itemScores[item - 1] === itemScore(item, answer), () => `item ${item} answer ${answer}`);
        cases++;
      }
    }
    expect(cases).toBe(50);
    expect(bad.found).toEqual([]);
  });

  it("matches the published total and band on two exhaustive half-spaces (2 × 5 × 5^5 = 31,250 responses)", () => {
    const bad = new Mismatches();
    let cases = 0;
    for (const fixed of [0, 1, 2, 3, 4]) {
      // Items 1–5 vary over every answer with items 6–10 fixed, then the other way round.
      for (const firstHalfVaries of [true, false]) {
        cases += forEachAnswerVector(5, [0, 1, 2, 3, 4], (half) => {
          const a = firstHalfVaries
            ? [...half, ...new Array(5).fill(fixed)]
            : [...new Array(5).fill(fixed), ...half];
          const r = scoreResponse("pss10", a);
          const total = publishedTotal(a);
          bad.check(r.total === total && r.band === publishedBand(total), () => `${a}: ${r.total} ${r.band}`);
        });
      }
    }
    expect(cases).toBe(31_250);
    expect(bad.found).toEqual([]);
  });

  it(`matches the published total and band (property, ${COMPLETE_RUNS} random complete responses)`, () => {
    fc.assert(
      fc.property(completeAnswers(10, 4), (a) => {
        const r = scoreResponse("pss10", a);
        expect([r.complete, r.total, r.band]).toEqual([
          true,
          publishedTotal(a),
          publishedBand(publishedTotal(a)),
        ]);
      }),
      { numRuns: COMPLETE_RUNS },
    );
  });

  it.each([
    [0, "low"],
    [13, "low"],
    [14, "moderate"],
    [26, "moderate"],
    [27, "high"],
    [40, "high"],
  ])("puts a total of %i in the band %s (every band boundary)", (total, band) => {
    const r = scoreResponse("pss10", answersScoring(total));
    expect([r.total, r.band]).toEqual([total, band]);
  });

  it("scores all-'Never' as 16, not 0, because the four positive items reverse to 4", () => {
    expect(scoreResponse("pss10", new Array(10).fill(0)).total).toBe(16);
  });

  it(`gives no total and no band when any item is missing (${MISSING_RUNS} random responses)`, () => {
    fc.assert(
      fc.property(answersWithMissing(10, 4), (a) => {
        expect(scoreResponse("pss10", a)).toMatchObject({ complete: false, total: null, band: null });
      }),
      { numRuns: MISSING_RUNS },
    );
  });
});
