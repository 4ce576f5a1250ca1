// The engine's contract: validation errors that name the item, the result shape, prorating where a
// definition allows it, and definitions that cannot be changed at run time.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { scoreResponse, scoreWithDefinition } from "./score-response";
import { getInstrument, listInstruments } from "./registry";
import { ScoreResult } from "./score-result";
import { InstrumentDefinition } from "./definition-schema";
import { DomainError } from "../domain";

function invalidError(run: () => unknown): DomainError {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).code).toBe("invalid");
    return err as DomainError;
  }
  throw new Error("expected an invalid-input error");
}

const SHAPE_RUNS = 1_000;
const PRORATE_RUNS = 5_000;

describe("scoreResponse validation", () => {
  it.each([
    [[1, 1, 1, 1, 1, 1, 1, 1], "PHQ-9 has 9 items; got 8 answers"],
    [[1, 1, 1, 1, 1, 1, 1, 1, 1, 1], "PHQ-9 has 9 items; got 10 answers"],
    [[], "PHQ-9 has 9 items; got 0 answers"],
  ])("rejects the wrong number of answers %j", (answers, message) => {
    const err = invalidError(() => scoreResponse("phq9", answers));
    expect(err.message).toBe(message);
    expect(err.details).toEqual([{ path: "answers", message }]);
  });

  it.each([
    [4, 3],
    [-1, 3],
    [1.5, 3],
    [Number.NaN, 3],
    [Number.POSITIVE_INFINITY, 3],
  ])("rejects the answer %d on item 3, naming the item", (bad, item) => {
    const answers: (number | null)[] = [0, 0, 0, 0, 0, 0, 0, 0, 0];
    answers[item - 1] = bad;
    const err = invalidError(() => scoreResponse("phq9", answers));
    expect(err.message).toMatch(/^PHQ-9 item 3: .* is not an allowed answer \(whole number 0–3, or empty\)$/);
    expect(err.details).toHaveLength(1);
    expect(err.details[0]!.path).toBe("answers.2");
  });

  it("reports every bad item at once", () => {
    const err = invalidError(() => scoreResponse("who5", [6, 0, 0, 9, 0]));
    expect(err.details.map((d) => d.path)).toEqual(["answers.0", "answers.3"]);
    expect(err.message).toContain("item 1: 6");
    expect(err.message).toContain("item 4: 9");
  });

  it("rejects a non-number answer", () => {
    const err = invalidError(() => scoreResponse("gad7", [0, 0, "2" as unknown as number, 0, 0, 0, 0]));
    expect(err.details[0]!.path).toBe("answers.2");
  });

  it("rejects an unknown instrument, listing the known ones", () => {
    const err = invalidError(() => scoreResponse("phq-9", [0]));
    expect(err.message).toBe(
      'unknown instrument "phq-9"; known: phq9, gad7, who5, pcl5, pss10, symptom-profile',
    );
    expect(err.details[0]!.path).toBe("instrument");
  });
});

describe("scoreResponse results", () => {
  it(`always match the ScoreResult schema and carry the instrument version (${SHAPE_RUNS} random responses per instrument)`, () => {
    for (const def of listInstruments()) {
      const n = def.items.length;
      const max = def.options.length - 1;
      fc.assert(
        fc.property(
          fc.array(fc.option(fc.integer({ min: 0, max }), { nil: null }), { minLength: n, maxLength: n }),
          (a) => {
            const r = scoreResponse(def.id, a);
            expect(ScoreResult.safeParse(r).success).toBe(true);
            expect([r.instrument, r.version]).toEqual([def.id, def.version]);
          },
        ),
        { numRuns: SHAPE_RUNS },
      );
    }
  });

  it("does not let callers change a definition", () => {
    const def = getInstrument("phq9")!;
    expect(Object.isFrozen(def)).toBe(true);
    expect(Object.isFrozen(def.bands[0])).toBe(true);
    expect(() => {
      (def.bands as { label: string }[])[0]!.label = "changed";
    }).toThrow(TypeError);
  });
});

describe("prorating, where a definition allows it", () => {
  // No shipped instrument's manual allows prorating, so the rule is pinned on a test definition:
  // PHQ-9 with up to 2 missing items prorated as round(sum × 9 / answered).
  const prorating = InstrumentDefinition.parse({
    ...getInstrument("phq9")!,
    id: "phq9-prorated-test",
    missingItems: {
      optionalItems: [],
      prorate: { maxMissing: 2 },
      source: "test definition, not a published rule",
    },
  });

  it(`prorates with 1–2 missing items and refuses with 3 or more (${PRORATE_RUNS} random responses)`, () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 3 }), { nil: null, freq: 3 }), {
          minLength: 9,
          maxLength: 9,
        }),
        (a) => {
          const r = scoreWithDefinition(prorating, a);
          const answered = a.filter((x): x is number => x !== null);
          const missing = 9 - answered.length;
          const sum = answered.reduce((x, y) => x + y, 0);
          if (missing === 0) expect([r.total, r.complete, r.prorated]).toEqual([sum, true, false]);
          else if (missing <= 2)
            expect([r.total, r.complete, r.prorated]).toEqual([
              Math.round((sum * 9) / answered.length),
              false,
              true,
            ]);
          else expect([r.total, r.band, r.complete, r.prorated]).toEqual([null, null, false, false]);
        },
      ),
      { numRuns: PRORATE_RUNS },
    );
  });

  it("prorates 8 answers of 2 to 18", () => {
    expect(scoreWithDefinition(prorating, [2, 2, 2, 2, 2, 2, 2, 2, null]).total).toBe(18);
  });
});
