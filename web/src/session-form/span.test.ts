// How a piece's span follows its text while the narrative is edited.
import { describe, expect, it } from "vitest";
import { reanchor, relocateSpan } from "./span";

describe("spans", () => {
  it("move to the nearest occurrence of their text, or are dropped", () => {
    expect(relocateSpan("ab cold ab cold", "cold", 12)).toEqual({ start: 11, end: 15 });
    expect(relocateSpan("warm", "cold", 0)).toBeNull();
    const piece = { text: "cold", start: 0, end: 4 };
    expect(reanchor(piece, "so cold")).toMatchObject({ start: 3, end: 7 });
  });
});
