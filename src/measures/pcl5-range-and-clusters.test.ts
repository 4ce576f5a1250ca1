// PCL-5 additions of issue 13, restated independently: totals 31–33 are the published cut-off
// range (National Center for PTSD; Forkus et al. 2023); the cut-point itself stays at 33; cluster
// scores B (1–5), C (6–7), D (8–14), E (15–20) and their possible ranges; no item wording (the
// public-domain status was not confirmed at the publisher), and no flags.
import { describe, expect, it } from "vitest";
import { scoreResponse } from "./score-response";
import { describeInstruments } from "./catalogue";
import { getInstrument } from "./registry";

/** Twenty answers adding up to `total`, filled with 4s from the first item. */
const answersSumming = (total: number) =>
  Array.from({ length: 20 }, (_, i) => Math.max(0, Math.min(4, total - 4 * i)));

describe("PCL-5 cut-off range and clusters", () => {
  it("marks exactly the totals 31, 32 and 33 as inside the published range, over all 81 totals", () => {
    const inRange: number[] = [];
    for (let total = 0; total <= 80; total++) {
      const r = scoreResponse("pcl5", answersSumming(total));
      expect(r.total).toBe(total);
      if (r.cutPointRanges["probable-ptsd"]) inRange.push(total);
      expect(r.cutPoints["probable-ptsd"]).toBe(total >= 33);
    }
    expect(inRange).toEqual([31, 32, 33]);
  });

  it("gives no range verdict without a total", () => {
    const a: (number | null)[] = answersSumming(32);
    a[19] = null;
    expect(scoreResponse("pcl5", a).cutPointRanges).toEqual({ "probable-ptsd": null });
  });

  it("no other instrument has a cut-off range", () => {
    for (const id of ["phq9", "gad7", "who5", "pss10", "symptom-profile"])
      expect(
        scoreResponse(
          id,
          getInstrument(id)!.items.map(() => 0),
        ).cutPointRanges,
      ).toEqual({});
  });

  it("describes the four clusters with their items and ranges 0–20, 0–8, 0–28, 0–24", () => {
    const pcl5 = describeInstruments().find((i) => i.id === "pcl5")!;
    expect(pcl5.subscales.map((s) => [s.id, s.items, s.range.max])).toEqual([
      ["B", [1, 2, 3, 4, 5], 20],
      ["C", [6, 7], 8],
      ["D", [8, 9, 10, 11, 12, 13, 14], 28],
      ["E", [15, 16, 17, 18, 19, 20], 24],
    ]);
    expect(pcl5.cutPoints).toEqual([
      { id: "probable-ptsd", label: "probable PTSD", atLeast: 33, range: { min: 31, max: 33 } },
    ]);
  });

  it("sums each cluster: items answered 0,1,2,3,4 in turn give B 10, C 1, D 15, E 14", () => {
    const a = Array.from({ length: 20 }, (_, i) => i % 5);
    expect(scoreResponse("pcl5", a).subscales).toEqual({ B: 10, C: 1, D: 15, E: 14 });
  });

  it("keeps the item wording withheld, with the licence saying why", () => {
    const def = getInstrument("pcl5")!;
    expect(def.items.filter((i) => i.text !== null)).toHaveLength(0);
    expect(def.licence.itemTextsReproducible).toBe(false);
    expect(def.licence.text).toMatch(/not retrieved/);
  });
});
