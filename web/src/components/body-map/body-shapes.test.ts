import { describe, expect, it } from "vitest";
import { BODY_REGIONS, LATERAL_REGIONS } from "../../../../src/domain";
import { REGION_SHAPES, WHOLE_REGIONS } from "./body-shapes";

describe("the body figure's shapes", () => {
  it("draws every body region of the pieces spec", () => {
    const drawn = new Set([...REGION_SHAPES.map((s) => s.region), ...WHOLE_REGIONS.map((w) => w.region)]);
    expect([...drawn].sort()).toEqual([...BODY_REGIONS].sort());
  });
  it("draws a left and a right shape for each paired region on each view that has it, and one shape for the others", () => {
    for (const view of ["front", "back"] as const)
      for (const region of BODY_REGIONS) {
        const sides = REGION_SHAPES.filter((s) => s.region === region && s.view === view).map((s) => s.side);
        if (sides.length === 0) continue;
        if ((LATERAL_REGIONS as readonly string[]).includes(region))
          expect(sides.sort(), `${view} ${region}`).toEqual(["left", "right"]);
        else expect(sides, `${view} ${region}`).toEqual([null]);
      }
  });
  it("draws the arms and legs on the back too, so the back view is a whole figure", () => {
    for (const region of ["shoulders", "arms", "hands", "hips", "legs", "knees", "feet"])
      expect(
        REGION_SHAPES.filter((s) => s.region === region && s.view === "back")
          .map((s) => s.side)
          .sort(),
        region,
      ).toEqual(["left", "right"]);
  });
  it("puts the client's left on the viewer's left on the back view", () => {
    const hand = REGION_SHAPES.find((s) => s.region === "hands" && s.side === "left" && s.view === "back")!;
    expect(hand.shape.kind === "ellipse" && hand.shape.cx).toBeLessThan(100);
  });
  it("puts the client's left on the viewer's right on the front view", () => {
    const hand = REGION_SHAPES.find((s) => s.region === "hands" && s.side === "left" && s.view === "front")!;
    expect(hand.shape.kind === "ellipse" && hand.shape.cx).toBeGreaterThan(100);
  });
});
