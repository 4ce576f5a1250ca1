import { describe, expect, it } from "vitest";
import { ageOn, periodForAge } from "./life-period";

describe("periodForAge", () => {
  it.each([
    [0, "infancy"],
    [2, "infancy"],
    [3, "childhood"],
    [12, "childhood"],
    [13, "adolescence"],
    [19, "adolescence"],
    [20, "adulthood"],
    [87, "adulthood"],
  ] as const)("age %i is %s (spec boundaries)", (age, period) => {
    expect(periodForAge(age)).toBe(period);
  });
});

describe("ageOn", () => {
  it("counts a birthday only once it has come", () => {
    expect(ageOn("1990-06-15", "2026-06-14")).toBe(35);
    expect(ageOn("1990-06-15", "2026-06-15")).toBe(36);
    expect(ageOn("1990-06-15", "2026-01-01")).toBe(35);
  });
});
