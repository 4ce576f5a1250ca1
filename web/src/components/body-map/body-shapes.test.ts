import { describe, expect, it } from "vitest";
import { BODY_REGIONS, LATERAL_REGIONS } from "../../../../src/domain";
import { REGION_SHAPES, WHOLE_REGIONS } from "./body-shapes";

describe("the body figure's shapes", () => {
  it("draws every body region of the pieces spec", () => {
    const drawn = new Set([...REGION_SHAPES.map((s) => s.region), ...WHOLE_REGIONS.map((w) => w.region)]);
    expect([...drawn].sort()).toEqual([...BODY_REGIONS].sort());
  });
  it("draws a left and a right shape for each paired region, and one shape for the others", () => {
    for (const region of BODY_REGIONS) {
      const sides = REGION_SHAPES.filter((s) => s.region === region).map((s) => s.side);
      if ((LATERAL_REGIONS as readonly string[]).includes(region))
        expect(sides.sort(), region).toEqual(["left", "right"]);
      else
        expect(
          sides.every((s) => s === null),
          region,
        ).toBe(true);
    }
  });
  it("puts the client's left on the viewer's right on the front view", () => {
    const hand = REGION_SHAPES.find((s) => s.region === "hands" && s.side === "left")!;
    expect(hand.shape.kind === "ellipse" && hand.shape.cx).toBeGreaterThan(100);
  });
});
