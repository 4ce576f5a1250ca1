// The quick-entry line of the questionnaire form: answers typed as one line of numbers.
import { describe, expect, it } from "vitest";
import { formatQuickEntry, parseQuickEntry } from "./quick-entry";

describe("the quick-entry line", () => {
  it("reads answers in item order with an empty slot for an unanswered item", () => {
    expect(parseQuickEntry("2, 1,,3", 5)).toEqual({ answers: [2, 1, null, 3, null] });
    expect(parseQuickEntry("", 3)).toEqual({ answers: [null, null, null] });
  });

  it("passes numbers the instrument does not allow on to the API, which names the item", () => {
    expect(parseQuickEntry("0,4", 2)).toEqual({ answers: [0, 4] });
  });

  it("refuses text that is not a whole number, and more answers than items", () => {
    expect(parseQuickEntry("1,x", 3)).toEqual({ problem: "Item 2: “x” is not a whole number." });
    expect(parseQuickEntry("1,1,1,1", 3)).toHaveProperty("problem");
  });

  it("writes answers back without trailing empty slots", () => {
    expect(formatQuickEntry([2, null, 1, null, null])).toBe("2,,1");
  });
});
