// How scores, changes and flags read on the outcome-measure screens.
import { describe, expect, it } from "vitest";
import type { MeasureResponse } from "../../../src/domain";
// The catalogue the API serves, shaped by the server's presenter (moving to src/measures).
import { describeInstruments, reliableChange, scoreResponse } from "../../../src/measures";
import type { TimelineItem } from "../api/tessera-api";
import {
  changeVerdict,
  formatDifference,
  formatTotal,
  highestUrgency,
  isNotableChange,
  itemList,
  openFlagItems,
  pointsPhrase,
  profileLabels,
  raisedFlags,
  scoreFindings,
  subscaleScores,
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
    meaningful: null,
    meaningfulThreshold: null,
    clinicalSignificance: null,
    responseId: "r0",
    date: "2026-01-01",
  };
}

/** A change as the API computes it, with the fields a timeline item adds. */
const computed = (id: string, before: number, after: number) => ({
  ...reliableChange(id, before, after),
  responseId: "r0",
  date: "2026-01-01",
});

/** A stored response as the store keeps it: the flag ids scoring raised. */
const scored = (id: string, answers: (number | null)[]) =>
  response({ instrument: id, answers, flags: scoreResponse(id, answers).flags });

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

  it("reads PCL-5 changes as the National Center for PTSD does: under 5 within error, 5–9 reliable, 10 or more clinically meaningful", () => {
    const pcl5 = instrument("pcl5");
    const verdicts = [36, 35, 31, 30, 45, 50].map((after) =>
      changeVerdict(computed("pcl5", 40, after), pcl5),
    );
    expect(verdicts).toEqual([
      "within measurement error",
      "reliable improvement",
      "reliable improvement",
      "clinically meaningful improvement",
      "reliable worsening",
      "clinically meaningful worsening",
    ]);
  });

  it("names a symptom-profile change above 1 clinically significant, never reliable", () => {
    const sp = instrument("symptom-profile");
    expect(changeVerdict(computed("symptom-profile", 3, 1.5), sp)).toBe("clinically significant improvement");
    expect(changeVerdict(computed("symptom-profile", 3, 2), sp)).toBe("not a clinically significant change");
    expect(changeVerdict(computed("symptom-profile", 2, 3.5), sp)).toBe("clinically significant worsening");
    expect(isNotableChange(computed("symptom-profile", 3, 1.5))).toBe(true);
    expect(isNotableChange(computed("symptom-profile", 3, 2))).toBe(false);
  });

  it("adds a Jacobson–Truax recovery to a PHQ-9 change that leaves the clinical range", () => {
    const phq9 = instrument("phq9");
    expect(changeVerdict(computed("phq9", 15, 9), phq9)).toBe(
      "reliable improvement; recovered (Jacobson–Truax: out of the clinical range, 10 or more)",
    );
    expect(changeVerdict(computed("phq9", 20, 14), phq9)).toBe("reliable improvement");
  });

  it("grades PHQ-9 item-9 flags by the answer, with the follow-up text for that answer", () => {
    const grade = (answer: number) =>
      raisedFlags(instrument("phq9"), scored("phq9", [0, 0, 0, 0, 0, 0, 0, 0, answer])).map((f) => [
        f.urgency,
        f.answer,
        f.followUp.startsWith(`Answered '${f.answer}'`),
      ]);
    expect([grade(1), grade(2), grade(3)]).toEqual([
      [["raised", "Several days", true]],
      [["high", "More than half the days", true]],
      [["highest", "Nearly every day", true]],
    ]);
  });

  it("says a blank item 9 was left blank and asks for it to be asked", () => {
    const flags = raisedFlags(instrument("phq9"), scored("phq9", [1, 1, 1, 1, 1, 1, 1, 1, null]));
    expect(flags).toEqual([
      expect.objectContaining({
        id: "phq9-item9-unanswered",
        kind: "unanswered",
        item: 9,
        answer: "left blank",
      }),
    ]);
    expect(flags[0]!.followUp).toMatch(/Ask the client/);
  });

  it("lists the WHO-5 screens most urgent first, without an item", () => {
    const flags = raisedFlags(instrument("who5"), scored("who5", [0, 1, 2, 1, 0]));
    expect(flags.map((f) => [f.id, f.urgency, f.item])).toEqual([
      ["who5-depression-screen", "high", null],
      ["who5-low-item", "routine", null],
    ]);
    expect(highestUrgency(flags)).toBe("high");
    expect(highestUrgency([])).toBeNull();
  });

  it("marks PCL-5 totals 31–33 as the published cut-off range and shows the four cluster scores", () => {
    const pcl5 = instrument("pcl5");
    const at = (total: number) => {
      const a = Array.from({ length: 20 }, (_, i) => Math.max(0, Math.min(4, total - 4 * i)));
      return scoreFindings(pcl5, scoreResponse("pcl5", a));
    };
    expect(at(30)).toEqual([]);
    expect(at(31)).toEqual([
      "in the published probable PTSD cut-off range (31–33), below the cut-point Tessera uses (33)",
    ]);
    expect(at(33)).toEqual([
      "at or above the probable PTSD cut-point (33), inside the published cut-off range 31–33",
    ]);
    expect(at(34)).toEqual(["at or above the probable PTSD cut-point (33)"]);
    const a = Array.from({ length: 20 }, (_, i) => i % 5);
    expect(subscaleScores(pcl5, scoreResponse("pcl5", a))).toBe(
      "Clusters: B 10 of 20 · C 1 of 8 · D 15 of 28 · E 14 of 24",
    );
    expect(subscaleScores(instrument("phq9"), scoreResponse("phq9", [0, 0, 0, 0, 0, 0, 0, 0, 0]))).toBe("");
  });
});
