// The PHQ-9 item-9 safety flag: every response with item 9 above 0 flags, every other does not,
// whatever the total and whether or not other items are missing (clinical-reference §1).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { scoreResponse } from "./score-response";
import { listInstruments } from "./registry";
import { forEachAnswerVector, Mismatches } from "./testing/answer-space";

const ITEM9_PROPERTY_RUNS = 50_000;
const OTHER_INSTRUMENT_RUNS = 2_000;

const item9Flags = (a: readonly (number | null)[]) => a[8] !== null && a[8]! > 0;

describe("PHQ-9 item-9 flag", () => {
  it("flags exactly the responses with item 9 > 0, over all 5^9 = 1,953,125 responses with or without missing items", () => {
    const bad = new Mismatches();
    const cases = forEachAnswerVector(9, [null, 0, 1, 2, 3], (a) => {
      const flagged = scoreResponse("phq9", a).flags.includes("phq9-item9");
      bad.check(flagged === item9Flags(a), () => `${JSON.stringify(a)}: flagged=${flagged}`);
    });
    expect(cases).toBe(1_953_125);
    expect(bad.found).toEqual([]);
  });

  it(`flags exactly when item 9 > 0 (property, ${ITEM9_PROPERTY_RUNS} runs)`, () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }), { minLength: 9, maxLength: 9 }),
        (a) => {
          expect(scoreResponse("phq9", a).flags.includes("phq9-item9")).toBe(item9Flags(a));
        },
      ),
      { numRuns: ITEM9_PROPERTY_RUNS },
    );
  });

  it("flags even when every other item is missing, and with the lowest possible total", () => {
    expect(scoreResponse("phq9", [null, null, null, null, null, null, null, null, 1]).flags).toEqual([
      "phq9-item9",
    ]);
    expect(scoreResponse("phq9", [0, 0, 0, 0, 0, 0, 0, 0, 1]).flags).toEqual(["phq9-item9"]);
    expect(scoreResponse("phq9", [0, 0, 0, 0, 0, 0, 0, 0, 1]).band).toBe("minimal");
  });

  it("does not flag when item 9 is unanswered, even with the highest other answers", () => {
    expect(scoreResponse("phq9", [3, 3, 3, 3, 3, 3, 3, 3, null]).flags).toEqual([]);
  });

  it(`is never raised by another instrument (${OTHER_INSTRUMENT_RUNS} random responses each)`, () => {
    for (const def of listInstruments().filter((d) => d.id !== "phq9")) {
      const max = def.options.length - 1;
      const n = def.items.length;
      fc.assert(
        fc.property(
          fc.array(fc.option(fc.integer({ min: 0, max }), { nil: null }), { minLength: n, maxLength: n }),
          (a) => {
            expect(scoreResponse(def.id, a).flags).not.toContain("phq9-item9");
          },
        ),
        { numRuns: OTHER_INSTRUMENT_RUNS },
      );
    }
  });
});
