import { describe, expect, it } from "vitest";
import { chooseShape, chosenKeys } from "./figure-choice";

describe("choosing regions on the body figure", () => {
  it("adds a paired region with the side clicked, and an unpaired one with no side", () => {
    expect(chooseShape({ regions: [], laterality: null }, "arms", "left")).toEqual({
      regions: ["arms"],
      laterality: "left",
    });
    expect(chooseShape({ regions: [], laterality: null }, "throat", null)).toEqual({
      regions: ["throat"],
      laterality: null,
    });
  });

  it("widens to both sides when the other side is clicked, and narrows back when one is clicked again", () => {
    const both = chooseShape({ regions: ["arms"], laterality: "left" }, "arms", "right");
    expect(both).toEqual({ regions: ["arms"], laterality: "both" });
    expect(chooseShape(both, "arms", "left")).toEqual({ regions: ["arms"], laterality: "right" });
  });

  it("takes a region away when its only chosen side is clicked, dropping the side with it", () => {
    expect(chooseShape({ regions: ["arms", "throat"], laterality: "left" }, "arms", "left")).toEqual({
      regions: ["throat"],
      laterality: null,
    });
  });

  it("shows a region named without a side as chosen on both sides", () => {
    expect(chosenKeys({ regions: ["shoulders", "throat"], laterality: null })).toEqual([
      "shoulders:left",
      "shoulders:right",
      "throat",
    ]);
  });
});
