import { describe, expect, it } from "vitest";
import { sentenceAround } from "./sentence-around";

describe("sentenceAround", () => {
  const text = 'She lay down. The girl said, "It stops sooner." Then she cried. After that, calm.';
  it("gives the whole sentence that holds the span, split around the piece", () => {
    const start = text.indexOf("The girl");
    const end = start + "The girl said".length;
    expect(sentenceAround(text, start, end)).toEqual({
      before: "",
      piece: "The girl said",
      after: ', "It stops sooner."',
    });
  });
  it("starts after the previous sentence's full stop and ends at the next one", () => {
    const start = text.indexOf("cried");
    expect(sentenceAround(text, start, start + 5)).toEqual({
      before: "Then she ",
      piece: "cried",
      after: ".",
    });
  });
  it("runs to the end of a text with no final full stop", () => {
    const t = "One. two three";
    expect(sentenceAround(t, 5, 8)).toEqual({ before: "", piece: "two", after: " three" });
  });
});
