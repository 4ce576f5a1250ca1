// What real published accounts say that reads like an experience and is not one: a quotation's
// attribution, a name made of an emotion word, a figure of speech of manner. Sentences are written
// for these tests, not taken from any corpus.
import { describe, expect, it } from "vitest";
import { onlyPiece, piecesOf } from "./support";

describe("words of experience that are not experiences", () => {
  it("reads 'recalls' after a quotation as its attribution, not a memory", () => {
    expect(
      piecesOf(
        "“It was the first time I let anyone hold my head,” recalls Marta, who now teaches yoga.",
        "memory",
      ),
    ).toEqual([]);
    expect(onlyPiece("“I was back in my grandmother's kitchen,” she recalled.", "memory")).toBeDefined();
  });

  it("reads a capitalised emotion word before a name as part of the name", () => {
    expect(piecesOf("Last spring, Joy Martens came in with a stiff neck.", "emotion")).toEqual([]);
    expect(onlyPiece("Joy flooded through me and I laughed.", "emotion").emotions).toEqual(["joy"]);
  });

  it("takes 'fast and furious' as manner, not anger", () => {
    expect(piecesOf("The pictures came fast and furious, one after another.", "emotion")).toEqual([]);
    expect(onlyPiece("I was furious with him and my jaw clenched.", "emotion").emotions).toEqual(["anger"]);
  });

  it("takes the whole body at ease as calm, and a part relaxing as a release", () => {
    expect(piecesOf("By the end her body was totally relaxed.", "release")).toEqual([]);
    expect(onlyPiece("By the end her body was totally relaxed.", "emotion").emotions).toEqual(["calm"]);
    expect(onlyPiece("Her shoulders relaxed under my hands.", "release").regions).toEqual(["shoulders"]);
  });
});
