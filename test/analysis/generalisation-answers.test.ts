// Practitioner questions about a sense: a yes-answer with content is a piece of that kind; a
// no-answer, a bare yes, and the suggestion itself are not.
import { describe, expect, it } from "vitest";
import { kindsOf, piecesOf } from "./support";

describe("questions answered yes", () => {
  it("takes the content of a yes-answer as the piece asked about", () => {
    expect(kindsOf("I asked whether she could smell anything. She said yes, pine needles.")).toEqual([
      "smell",
    ]);
    expect(kindsOf("Asked about taste: 'yes, something salty'.")).toEqual(["taste"]);
  });

  it("takes nothing from a no-answer or a bare yes", () => {
    expect(piecesOf("I asked if he could hear anything. He said no.")).toEqual([]);
    expect(piecesOf("I asked if he could taste anything. He said yes.")).toEqual([]);
  });

  it("does not take a suggestion to a body part as its message", () => {
    expect(piecesOf("I suggested he ask his knee what it wanted.", "message")).toEqual([]);
  });
});
