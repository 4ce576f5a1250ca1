import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli";

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
    const out = JSON.parse(runCli(["score", "gad7", "3,3,,3,3,3,3"]).stdout);
    expect(out).toMatchObject({ instrument: "gad7", total: null, band: null, complete: false });
  });

  it("gives PCL-5 cluster subscales", () => {
    const out = JSON.parse(runCli(["score", "pcl5", Array(20).fill("2").join(",")]).stdout);
    expect(out.total).toBe(40);
    expect(Object.values(out.subscales)).toEqual([10, 4, 14, 12]);
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
