// The outcome-measure screens' pure rules, without a browser: the chart's time and value axes and
// band edges, the quick-entry line, and how scores, changes and flags read.
import { describe, expect, it } from "vitest";
import type { MeasureResponse } from "../../src/domain";
import { describeInstruments } from "../../src/server/routes/measure-catalogue";
import type { TimelineItem } from "../../web/src/api/tessera-api";
import {
  bandAreas,
  dayNumber,
  labelled,
  monthTicks,
  timeDomain,
  valueTicks,
} from "../../web/src/measures/chart-geometry";
import {
  changeVerdict,
  formatDifference,
  formatTotal,
  itemList,
  openFlagItems,
  pointsPhrase,
  profileLabels,
  raisedFlags,
} from "../../web/src/measures/measure-text";
import { formatQuickEntry, parseQuickEntry } from "../../web/src/measures/quick-entry";

const catalogue = describeInstruments();
const instrument = (id: string) => catalogue.find((i) => i.id === id)!;

function response(fields: Partial<MeasureResponse>): MeasureResponse {
  const at = "2026-01-10T09:00:00.000Z";
  return {
    id: "r1",
    practiceId: "p",
    clientId: "c",
    instrument: "phq9",
    instrumentVersion: "1",
    date: "2026-01-10",
    answers: [1, 1, 1, 1, 1, 1, 1, 1, 0],
    labels: [],
    enteredBy: "u",
    flags: [],
    followUp: null,
    createdAt: at,
    updatedAt: at,
    ...fields,
  };
}

function change(difference: number, reliable: boolean | null) {
  return {
    instrument: "phq9",
    before: 10,
    after: 10 + difference,
    difference,
    direction:
      difference === 0
        ? ("unchanged" as const)
        : difference < 0
          ? ("improved" as const)
          : ("worsened" as const),
    reliable,
    threshold: 6,
    responseId: "r0",
    date: "2026-01-01",
  };
}

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

describe("the quick-entry line", () => {
  it("reads answers in item order with an empty slot for an unanswered item", () => {
    expect(parseQuickEntry("2, 1,,3", 5)).toEqual({ answers: [2, 1, null, 3, null] });
    expect(parseQuickEntry("", 3)).toEqual({ answers: [null, null, null] });
  });

  it("passes numbers the instrument does not allow on to the API, which names the item", () => {
    expect(parseQuickEntry("0,4", 2)).toEqual({ answers: [0, 4] });
  });

  it("refuses text that is not a whole number, and more answers than items", () => {
    expect(parseQuickEntry("1,x", 3)).toEqual({ problem: "Item 2: “x” is not a whole number." });
    expect(parseQuickEntry("1,1,1,1", 3)).toHaveProperty("problem");
  });

  it("writes answers back without trailing empty slots", () => {
    expect(formatQuickEntry([2, null, 1, null, null])).toBe("2,,1");
  });
});

describe("how measures read", () => {
  it("prints totals at the instrument's precision and differences with a true minus sign", () => {
    expect(formatTotal(2.5, 2)).toBe("2.5");
    expect(formatTotal(14, 0)).toBe("14");
    expect(formatDifference(-7, 0)).toBe("−7");
    expect(formatDifference(2, 0)).toBe("+2");
  });

  it("lists items, runs of three or more as a range", () => {
    expect(itemList([3])).toBe("item 3");
    expect(itemList([3, 7])).toBe("items 3 and 7");
    expect(itemList([4, 6, 7, 8, 9])).toBe("items 4 and 6–9");
  });

  it("calls a change reliable only when the API says so, in the direction it gives", () => {
    expect(changeVerdict(change(-7, true))).toBe("reliable improvement");
    expect(changeVerdict(change(7, true))).toBe("reliable worsening");
    expect(changeVerdict(change(-2, false))).toBe("within measurement error");
    expect(changeVerdict(change(-2, null))).toBe("not judged (no reliable-change figure)");
    expect(pointsPhrase(change(-10, true), 0)).toBe("10 points lower");
  });

  it("names the item and the answer that raised a PHQ-9 flag", () => {
    const flagged = response({ answers: [0, 0, 0, 0, 0, 0, 0, 0, 2], flags: ["phq9-item9"] });
    expect(raisedFlags(instrument("phq9"), flagged)).toEqual([
      expect.objectContaining({ id: "phq9-item9", item: 9, answer: "More than half the days" }),
    ]);
  });

  it("keeps a flag open until its follow-up is recorded", () => {
    const item = (r: MeasureResponse): TimelineItem => ({
      response: r,
      score: null,
      change: { fromPrevious: null, fromBaseline: null },
    });
    const open = response({ id: "open", flags: ["phq9-item9"] });
    const done = response({
      id: "done",
      flags: ["phq9-item9"],
      followUp: { at: "2026-01-11T10:00:00.000Z", byUserId: "u", note: "phoned" },
    });
    const quiet = response({ id: "quiet" });
    expect(openFlagItems([item(open), item(done), item(quiet)]).map((i) => i.response.id)).toEqual(["open"]);
  });

  it("reads a symptom profile's labels as the client's concerns and activity", () => {
    expect(profileLabels(["back pain", "", "gardening"])).toBe("Concern: back pain · Activity: gardening");
    expect(profileLabels([])).toBe("");
  });
});
