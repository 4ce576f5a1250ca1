// The WHO-5 screening flags, restated independently: who5-depression-screen when a complete
// response has raw score ≤ 7 (≤ 28 %); who5-low-item when any item is answered 0 or 1, even with
// other items missing (issue 13; medicalalgorithms.com, the WHO-5 authors' advice).
import { describe, expect, it } from "vitest";
import { scoreResponse } from "./score-response";
import { forEachAnswerVector, Mismatches } from "./testing/answer-space";

describe("WHO-5 flags", () => {
  it("raise exactly per the rules over all 7^5 = 16,807 responses (each item 0–5 or missing)", () => {
    const bad = new Mismatches();
    const counts = { screen: 0, lowItem: 0, both: 0, none: 0 };
    const cases = forEachAnswerVector(5, [null, 0, 1, 2, 3, 4, 5], (a) => {
      const complete = !a.includes(null);
      const raw = complete ? (a as number[]).reduce((x, y) => x + y, 0) : null;
      const screen = raw !== null && raw <= 7;
      const lowItem = a.some((x) => x !== null && x <= 1);
      const expected = [...(screen ? ["who5-depression-screen"] : []), ...(lowItem ? ["who5-low-item"] : [])];
      const r = scoreResponse("who5", a);
      bad.check(JSON.stringify(r.flags) === JSON.stringify(expected), () => `${a}: ${r.flags}`);
      bad.check(
        r.raisedFlags.every((f) => f.item === null && f.answer === null),
        () => `${a}: ${JSON.stringify(r.raisedFlags)}`,
      );
      if (screen && lowItem) counts.both++;
      else if (screen) counts.screen++;
      else if (lowItem) counts.lowItem++;
      else counts.none++;
    });
    expect(cases).toBe(16_807);
    expect(bad.found).toEqual([]);
    // Complete responses: 6^5 = 7,776; raw ≤ 7 in 762 of them, and every one has an item ≤ 1
    // (five items ≥ 2 sum to 10). Responses with no item ≤ 1: 5^5 = 3,125 (items 2–5 or blank).
    expect(counts).toEqual({ screen: 0, both: 762, lowItem: 16_807 - 3_125 - 762, none: 3_125 });
  });

  it("depression screen: raw 7 (28 %) flags, raw 8 (32 %) does not", () => {
    const at7 = scoreResponse("who5", [2, 2, 2, 1, 0]);
    expect([at7.rawTotal, at7.total, at7.flags]).toEqual([
      7,
      28,
      ["who5-depression-screen", "who5-low-item"],
    ]);
    const at8 = scoreResponse("who5", [2, 2, 2, 2, 0]);
    expect([at8.rawTotal, at8.total, at8.flags]).toEqual([8, 32, ["who5-low-item"]]);
  });

  it("depression screen needs a complete response; the low-item flag does not", () => {
    expect(scoreResponse("who5", [0, 0, 0, 0, null]).flags).toEqual(["who5-low-item"]);
    expect(scoreResponse("who5", [2, 2, 2, 2, null]).flags).toEqual([]);
  });

  it("grades the depression screen high and a low item routine, each with its follow-up", () => {
    const r = scoreResponse("who5", [0, 0, 0, 0, 0]);
    expect(r.raisedFlags.map((f) => [f.id, f.urgency])).toEqual([
      ["who5-depression-screen", "high"],
      ["who5-low-item", "routine"],
    ]);
    expect(r.raisedFlags.every((f) => f.followUp.length > 20)).toBe(true);
  });
});
