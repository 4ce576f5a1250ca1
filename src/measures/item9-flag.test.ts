// The PHQ-9 item-9 safety flags: every response with item 9 above 0 raises phq9-item9, graded by
// the answer (Simon et al. 2013); a blank item 9 raises phq9-item9-unanswered; whatever the total
// and whether or not other items are missing (clinical-reference §1; issue 13).
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

  it("raises phq9-item9-unanswered, and not phq9-item9, when item 9 is blank, even with the highest other answers", () => {
    const r = scoreResponse("phq9", [3, 3, 3, 3, 3, 3, 3, 3, null]);
    expect(r.flags).toEqual(["phq9-item9-unanswered"]);
    expect(r.raisedFlags).toEqual([
      {
        id: "phq9-item9-unanswered",
        urgency: "raised",
        item: 9,
        answer: null,
        meaning: expect.stringContaining("left blank"),
        followUp: expect.stringContaining("Ask the client"),
      },
    ]);
  });

  it("raises exactly one of the two item-9 flags or neither, over all 5^9 = 1,953,125 responses: blank → unanswered (390,625), 1–3 → item9 (1,171,875), 0 → none (390,625)", () => {
    const bad = new Mismatches();
    const counts = { unanswered: 0, item9: 0, none: 0 };
    forEachAnswerVector(9, [null, 0, 1, 2, 3], (a) => {
      const flags = scoreResponse("phq9", a).flags;
      const expected = a[8] === null ? ["phq9-item9-unanswered"] : a[8]! > 0 ? ["phq9-item9"] : [];
      if (flags.length === 0) counts.none++;
      else if (flags[0] === "phq9-item9") counts.item9++;
      else counts.unanswered++;
      bad.check(JSON.stringify(flags) === JSON.stringify(expected), () => `${JSON.stringify(a)}: ${flags}`);
    });
    expect(bad.found).toEqual([]);
    expect(counts).toEqual({ unanswered: 390_625, item9: 1_171_875, none: 390_625 });
  });

  it("grades urgency by the item-9 answer: several days → raised, more than half the days → high, nearly every day → highest", () => {
    const graded = [1, 2, 3].map((answer) => {
      const [flag] = scoreResponse("phq9", [0, 0, 0, 0, 0, 0, 0, 0, answer]).raisedFlags;
      return [flag!.answer, flag!.urgency, flag!.followUp.split(".")[0]];
    });
    expect(graded).toEqual([
      [1, "raised", "Answered 'Several days'"],
      [2, "high", "Answered 'More than half the days'"],
      [3, "highest", "Answered 'Nearly every day'"],
    ]);
  });

  it("grades by item 9 alone: the same urgency whatever the other answers (all 4^8 = 65,536 others, for each answer 1–3)", () => {
    const seen = new Map<number, Set<string>>([1, 2, 3].map((k) => [k, new Set()]));
    let cases = 0;
    forEachAnswerVector(8, [null, 0, 1, 3], (others) => {
      for (const answer of [1, 2, 3]) {
        const flag = scoreResponse("phq9", [...others, answer]).raisedFlags[0]!;
        seen.get(answer)!.add(`${flag.urgency}|${flag.followUp}`);
        cases++;
      }
    });
    expect(cases).toBe(196_608);
    expect([...seen.values()].map((s) => s.size)).toEqual([1, 1, 1]);
  });

  it(`is never raised by another instrument (${OTHER_INSTRUMENT_RUNS} random responses each)`, () => {
    for (const def of listInstruments().filter((d) => d.id !== "phq9")) {
      const max = def.options.length - 1;
      const n = def.items.length;
      fc.assert(
        fc.property(
          fc.array(fc.option(fc.integer({ min: 0, max }), { nil: null }), { minLength: n, maxLength: n }),
          (a) => {
            const flags = scoreResponse(def.id, a).flags;
            expect(flags).not.toContain("phq9-item9");
            expect(flags).not.toContain("phq9-item9-unanswered");
          },
        ),
        { numRuns: OTHER_INSTRUMENT_RUNS },
      );
    }
  });
});
