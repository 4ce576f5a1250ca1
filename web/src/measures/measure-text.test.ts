// How scores, changes and flags read on the outcome-measure screens.
import { describe, expect, it } from "vitest";
import type { MeasureResponse } from "../../../src/domain";
// The catalogue the API serves, shaped by the server's presenter (moving to src/measures).
import { describeInstruments } from "../../../src/server/routes/measure-catalogue";
import type { TimelineItem } from "../api/tessera-api";
import {
  changeVerdict,
  formatDifference,
  formatTotal,
  itemList,
  openFlagItems,
  pointsPhrase,
  profileLabels,
  raisedFlags,
} from "./measure-text";

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
