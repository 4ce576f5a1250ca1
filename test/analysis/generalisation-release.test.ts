// Releases told through breath, lengthening, widening, opening, a knot undone, or tearfulness;
// and a stomach that drops is a sensation, not a release.
import { describe, expect, it } from "vitest";
import { kindsOf, piecesOf } from "./support";

describe("releases beyond softening and sighing", () => {
  it("takes lengthening, widening and opening of a body place", () => {
    expect(kindsOf("Her neck seemed to lengthen under my hands.")).toContain("release");
    expect(kindsOf("I felt my ribcage widen.")).toContain("release");
    expect(kindsOf("His belly felt open for the first time in weeks.")).toContain("release");
  });

  it("takes breath that settles deeper", () => {
    expect(kindsOf("Her breathing slowed and she went very still.")).toContain("release");
    expect(kindsOf("He breathed out for a long time.")).toContain("release");
  });

  it("takes a knot coming undone and something unclenching", () => {
    expect(kindsOf("A softness spread, as if a knot had come untied.")).toContain("release");
    expect(kindsOf("Something deep in my pelvis began unclenching.")).toContain("release");
  });

  it("takes tearfulness, and weeping next to a separate emotion", () => {
    expect(kindsOf("She was tearful for a while.")).toContain("release");
    const both = kindsOf("I started crying, and then I felt so light and happy.");
    expect(both).toContain("release");
    expect(both).toContain("emotion");
  });

  it("takes one tear that comes, and not a tear in a muscle or a torn page", () => {
    expect(kindsOf("A single tear rolled down her cheek.")).toContain("release");
    expect(kindsOf("A tear in the fascia was found on the scan.")).not.toContain("release");
    expect(kindsOf("She tore the paper in half.")).not.toContain("release");
  });

  it("takes a dropping stomach as a sensation", () => {
    const found = piecesOf("When the letter came to mind my stomach dropped.");
    expect(found.map((p) => p.kind)).toContain("body_sensation");
    expect(found.map((p) => p.kind)).not.toContain("release");
  });
});
