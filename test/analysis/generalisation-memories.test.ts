// Memories dated only by an age or life-period phrase, with no "remembered" or "recalled".
import { describe, expect, it } from "vitest";
import { onlyPiece, piecesOf } from "./support";

describe("memories marked by an age phrase alone", () => {
  it("dates a line that opens with 'at' and an age", () => {
    const m = onlyPiece("At nine, my uncle teaching me to row across the lake.", "memory");
    expect([m.age, m.period]).toEqual([9, "childhood"]);
    expect(onlyPiece("- me at 6, paddling pool, sun on my back", "memory").age).toBe(6);
  });

  it("takes a hedged age between commas after the client", () => {
    const m = onlyPiece("Suddenly I was tiny again, maybe four, hiding behind the sofa.", "memory");
    expect(m.age).toBe(4);
  });

  it("does not date a figure by its hedged age", () => {
    expect(piecesOf("A little boy appeared by the gate, about seven, barefoot.", "memory")).toEqual([]);
  });

  it("takes a guessed or perfect age and a decade with early or late", () => {
    expect(onlyPiece("The attic at my aunt's, when I must have been twelve.", "memory").age).toBe(12);
    expect(onlyPiece("He had been about eight, the winter the pipes froze.", "memory").age).toBe(8);
    expect(onlyPiece("Somewhere in my late twenties, on a night bus home.", "memory").period).toBe(
      "adulthood",
    );
  });

  it("takes a time before birth", () => {
    expect(onlyPiece("Before birth: floating, every sound muffled.", "memory").period).toBe("prenatal");
  });

  it("does not take durations for ages", () => {
    expect(piecesOf("We paused for about ten minutes, then carried on.", "memory")).toEqual([]);
  });
});
