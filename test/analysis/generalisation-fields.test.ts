// Fields on matched pieces: sides carried to a part named again, the skull's back as occiput,
// and a figure's posture is not a place in the client's body.
import { describe, expect, it } from "vitest";
import { piecesOf } from "./support";

describe("regions and sides", () => {
  it("carries the side to the same limb named again with 'the'", () => {
    const found = piecesOf("An ache in the left shoulder, then a buzzing down the arm.");
    expect(found.map((p) => p.laterality)).toEqual(["left", "left"]);
  });

  it("keeps a side given anew", () => {
    const found = piecesOf("Her left foot tingled. The right foot went numb.");
    expect(found.map((p) => p.laterality)).toEqual(["left", "right"]);
  });

  it("does not carry a side to a plural or another limb", () => {
    const found = piecesOf("A pulse in the right knee; then the hands felt heavy.");
    expect(found.map((p) => p.laterality)).toEqual(["right", null]);
  });

  it("reads 'the joint' as the part named before", () => {
    const found = piecesOf("Her left elbow ached; warmth pooled in the joint.", "temperature");
    expect(found[0]!.regions).toEqual(["arms"]);
    expect(found[0]!.laterality).toBe("left");
  });

  it("maps the back or base of the skull to the occiput", () => {
    expect(piecesOf("A dull pressure at the base of her skull.")[0]!.regions).toEqual(["occiput"]);
  });

  it("does not take a figure's folded arms as a place", () => {
    const found = piecesOf("A stern clerk in a grey suit appeared, arms folded.");
    expect(found.every((p) => !p.regions.includes("arms"))).toBe(true);
  });
});

describe("several pieces of a kind in one sentence", () => {
  it("keeps emotions apart across ', then'", () => {
    const found = piecesOf("A flash of anger, then a quiet calm.", "emotion");
    expect(found.map((p) => p.emotions)).toEqual([["anger"], ["calm"]]);
  });

  it("keeps images apart across '; then'", () => {
    const found = piecesOf("Saw a green circle; then a gold thread over her chest.", "visual");
    expect(found.map((p) => p.colours)).toEqual([["green"], ["gold"]]);
  });

  it("keeps one movement going on over 'then'", () => {
    expect(piecesOf("His arm rose up slowly, then drifted down again.", "movement")).toHaveLength(1);
  });
});

describe("a side named after the part", () => {
  it("takes 'left side' after a part in a note line", () => {
    expect(piecesOf("Throat — tightness, left side.")[0]!.laterality).toBe("left");
  });

  it("does not give a part the side of another place", () => {
    const found = piecesOf("Her jaw ached, then her left side went cold.");
    expect(found[0]!.laterality).toBeNull();
  });
});
