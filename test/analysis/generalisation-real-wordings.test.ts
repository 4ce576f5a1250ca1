// Wordings of published accounts that the stock lexicon missed: limbs moving by plain verbs, a part
// felt "much better", energy felt moving, tiredness, becoming aware; and what looks like them but is not.
import { describe, expect, it } from "vitest";
import { kindsOf, onlyPiece, piecesOf } from "./support";

describe("a body part moving by a plain verb", () => {
  it("takes a limb pulling up, lifting, pointing or swinging on its own", () => {
    expect(
      onlyPiece("Halfway through, my left knee pulled up towards my belly.", "movement").laterality,
    ).toBe("left");
    expect(kindsOf("Then his right arm lifted slowly off the couch.")).toContain("movement");
    expect(kindsOf("My foot began to point towards the window.")).toContain("movement");
  });

  it("does not take the same words as nouns or as a technique's name", () => {
    expect(piecesOf("At one point my hands were resting on my belly.", "movement")).toEqual([]);
    expect(piecesOf("Next I did a gentle kidney lift.", "movement")).toEqual([]);
  });
});

describe("a count is not an age", () => {
  it("reads 'at one point' as a moment of the session, not age one", () => {
    const text = "She cradled my head. At one point a deep sadness came over me.";
    expect(piecesOf(text, "memory")).toEqual([]);
    expect(kindsOf(text)).toContain("emotion");
  });

  it("still dates a memory by 'at five'", () => {
    expect(onlyPiece("I remembered falling off the wall at five.", "memory").age).toBe(5);
  });
});

describe("sensations in plain words", () => {
  it("takes a part that felt much better or lighter", () => {
    expect(onlyPiece("Afterwards my lower back felt so much better.", "body_sensation").regions).toEqual([
      "lower-back",
    ]);
    expect(kindsOf("My shoulders felt lighter than they had in weeks.")).toContain("body_sensation");
  });

  it("takes energy felt moving through the body, and tiredness", () => {
    expect(onlyPiece("I felt energy run down the backs of my legs.", "body_sensation").regions).toEqual([
      "legs",
    ]);
    expect(kindsOf("By the end of the hour I felt very tired.")).toContain("body_sensation");
  });

  it("does not take weariness of something, or a noun that names another thing", () => {
    expect(piecesOf("I am tired of holding everyone together.", "body_sensation")).toEqual([]);
    expect(piecesOf("She worked along my energy lines.", "body_sensation")).toEqual([]);
  });
});

describe("insights in other words", () => {
  it("takes things making sense and becoming aware of a pattern", () => {
    expect(kindsOf("Lying there, it all began to make sense to me.")).toContain("insight");
    expect(kindsOf("I became aware of how much I had kept to myself.")).toContain("insight");
  });

  it("does not take becoming aware of the body, being understood, or a general need", () => {
    const aware = kindsOf("I became aware of my stomach gurgling and working.");
    expect(aware).not.toContain("insight");
    expect(piecesOf("Heard and understood, the little boy smiled.", "insight")).toEqual([]);
    expect(
      piecesOf("Nothing has to be broken for a body to need care; you do not need a reason.", "insight"),
    ).toEqual([]);
  });
});
