// How the narrative mirror cuts the text into highlighted segments.
import { describe, expect, it } from "vitest";
import { segmentText } from "./narrative-mirror";

describe("narrative segments", () => {
  it("cover the narrative exactly, overlapping highlights together", () => {
    const text = "a warm golden light";
    const segments = segmentText(text, [
      { key: "v", kind: "visual", start: 2, end: 19 },
      { key: "t", kind: "temperature", start: 2, end: 6 },
    ]);
    expect(segments.map((s) => text.slice(s.start, s.end)).join("")).toBe(text);
    expect(segments.map((s) => s.covering.map((c) => c.key))).toEqual([[], ["v", "t"], ["v"]]);
  });
});
