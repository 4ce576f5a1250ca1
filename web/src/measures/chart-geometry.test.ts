// The outcome-measure chart's rules: time and value axes, and band edges.
import { describe, expect, it } from "vitest";
// The catalogue the API serves, shaped by the server's presenter (moving to src/measures).
import { describeInstruments } from "../../../src/measures";
import { bandAreas, dayNumber, labelled, monthTicks, timeDomain, valueTicks } from "./chart-geometry";

const catalogue = describeInstruments();
const instrument = (id: string) => catalogue.find((i) => i.id === id)!;

describe("the chart's time axis", () => {
  it("reads dates as calendar days, whatever the time zone", () => {
    expect(dayNumber("1970-01-02")).toBe(1);
    expect(dayNumber("2026-03-05") - dayNumber("2026-03-04")).toBe(1);
    expect(dayNumber("2026-03-05T23:30:00+05:00")).toBe(dayNumber("2026-03-05"));
  });

  it("covers every response and session with a margin, and a month either side of a single date", () => {
    const [from, to] = timeDomain(["2026-03-05", "2026-01-20", "2026-11-05"]);
    expect(from).toBeLessThan(dayNumber("2026-01-20"));
    expect(to).toBeGreaterThan(dayNumber("2026-11-05"));
    expect(timeDomain(["2026-03-05"])).toEqual([dayNumber("2026-03-05") - 30, dayNumber("2026-03-05") + 30]);
  });

  it("labels month starts, with the year on the first and on each January, thinned to fit", () => {
    const domain = [dayNumber("2025-11-20"), dayNumber("2026-03-10")] as const;
    expect(monthTicks(domain, 10).map((t) => t.label)).toEqual(["Dec 2025", "Jan 2026", "Feb", "Mar"]);
    const year = [dayNumber("2026-01-10"), dayNumber("2026-12-20")] as const;
    const thinned = monthTicks(year, 6);
    expect(thinned.length).toBeLessThanOrEqual(6);
    expect(thinned[0]!.label).toMatch(/2026$/);
  });
});

describe("the chart's value axis", () => {
  it("uses round steps over each instrument's total range", () => {
    expect(valueTicks(0, 27, 6)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(valueTicks(0, 100, 6)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(valueTicks(0, 80, 6)).toEqual([0, 20, 40, 60, 80]);
    expect(valueTicks(0, 6, 6)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it("shades PHQ-9 bands edge to edge, halfway between the last total of one and the first of the next", () => {
    const phq9 = instrument("phq9");
    const areas = bandAreas(phq9.bands, phq9.total, phq9.higherIsBetter);
    expect(areas.map((a) => [a.label, a.from, a.to])).toEqual([
      ["minimal", 0, 4.5],
      ["mild", 4.5, 9.5],
      ["moderate", 9.5, 14.5],
      ["moderately severe", 14.5, 19.5],
      ["severe", 19.5, 27],
    ]);
    expect(areas.map((a) => a.severity)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it("shades WHO-5's one band on the percentage scale as the concerning end", () => {
    const who5 = instrument("who5");
    const [poor] = bandAreas(who5.bands, who5.total, who5.higherIsBetter);
    expect(poor).toMatchObject({ label: "poor wellbeing", from: 0, to: 48.5 });
    expect(poor!.severity).toBeGreaterThan(0.5);
  });

  it("labels only marks far enough from the last labelled one", () => {
    expect(labelled([0, 10, 20, 25, 50], 18)).toEqual([true, false, true, false, true]);
  });
});
