import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli";

const score = (...args: string[]) => JSON.parse(runCli(["score", ...args]).stdout);

describe("tessera score", () => {
  it("prints the total, band, completeness and the item-9 flag as JSON", () => {
    const r = runCli(["score", "phq9", "1,1,1,1,1,1,1,1,1"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      instrument: "phq9",
      total: 9,
      band: "mild",
      subscales: {},
      complete: true,
      flags: ["phq9-item9"],
    });
  });

  it("marks a response with an empty item incomplete, with no total", () => {
    const out = score("gad7", "3,3,,3,3,3,3");
    expect(out).toMatchObject({ instrument: "gad7", total: null, band: null, complete: false });
  });

  it("gives PCL-5 cluster subscales", () => {
    const out = score("pcl5", Array(20).fill("2").join(","));
    expect(out.total).toBe(40);
    expect(out.subscales).toEqual({ B: 10, C: 4, D: 14, E: 12 });
  });

  it("prints phq9-item9-unanswered in flags when item 9 is left blank", () => {
    expect(score("phq9", "3,3,3,3,3,3,3,3,")).toMatchObject({
      total: null,
      complete: false,
      flags: ["phq9-item9-unanswered"],
    });
  });

  it("prints the WHO-5 flags: raw 7 raises both, raw 8 with a 0 only the low-item flag, raw 25 none", () => {
    expect([
      score("who5", "2,2,2,1,0").flags,
      score("who5", "2,2,2,2,0").flags,
      score("who5", "5,5,5,5,5").flags,
    ]).toEqual([["who5-depression-screen", "who5-low-item"], ["who5-low-item"], []]);
  });

  it("with --full, grades each flag and gives its follow-up text, and marks PCL-5 31–33 as the published range", () => {
    const phq9 = score("phq9", "0,0,0,0,0,0,0,0,3", "--full");
    expect(phq9.raisedFlags).toEqual([
      expect.objectContaining({ id: "phq9-item9", urgency: "highest", item: 9, answer: 3 }),
    ]);
    expect(phq9.raisedFlags[0].followUp).toMatch(/^Answered 'Nearly every day'/);
    const at32 = score("pcl5", "4,4,4,4,4,4,4,4,0,0,0,0,0,0,0,0,0,0,0,0", "--full");
    expect([at32.total, at32.cutPoints, at32.cutPointRanges]).toEqual([
      32,
      { "probable-ptsd": false },
      { "probable-ptsd": true },
    ]);
  });

  it("lists every flag id in its help", () => {
    const help = runCli(["score", "--help"]).stdout;
    for (const id of ["phq9-item9", "phq9-item9-unanswered", "who5-depression-screen", "who5-low-item"])
      expect(help).toContain(id);
  });

  it("exits 2 and names the item for an answer out of range", () => {
    const r = runCli(["score", "phq9", "1,1,4,1,1,1,1,1,1"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/item 3/);
  });

  it("lists the instruments", () => {
    const r = runCli(["score", "--list"]);
    for (const id of ["phq9", "gad7", "who5", "pcl5", "pss10", "symptom-profile"])
      expect(r.stdout).toContain(id);
  });
});
