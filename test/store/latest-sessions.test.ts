// The latest sessions holding a card's last few items, and rows grouped by a key: one pass each.
import { describe, expect, it } from "vitest";
import { groupedBy } from "../../src/domain";
import { latestSessionsHolding } from "../../src/store/scoped/view-queries/latest-sessions";

const place = new Map(["s1", "s2", "s3", "s4", "s5", "s6"].map((id, i) => [id, i]));

describe("latestSessionsHolding", () => {
  it("takes the newest sessions, in any order given, until they hold what is wanted", () => {
    const counts = [
      { sessionId: "s2", count: 4 },
      { sessionId: "s6", count: 1 },
      { sessionId: "s4", count: 2 },
      { sessionId: "s5", count: 1 },
      { sessionId: "s1", count: 9 },
    ];
    expect(latestSessionsHolding(counts, place, 3)).toEqual(["s6", "s5", "s4"]);
    expect(latestSessionsHolding(counts, place, 5)).toEqual(["s6", "s5", "s4", "s2"]);
    expect(latestSessionsHolding(counts, place, 1)).toEqual(["s6"]);
  });

  it("skips sessions with nothing counted and sessions not on the axis", () => {
    const counts = [
      { sessionId: "s6", count: 0 },
      { sessionId: "elsewhere", count: 5 },
      { sessionId: "s3", count: 1 },
    ];
    expect(latestSessionsHolding(counts, place, 5)).toEqual(["s3"]);
    expect(latestSessionsHolding([], place, 5)).toEqual([]);
  });
});

describe("groupedBy", () => {
  it("keeps each group's rows in their order", () => {
    const rows = [
      { k: "a", n: 1 },
      { k: "b", n: 2 },
      { k: "a", n: 3 },
    ];
    expect([...groupedBy(rows, (r) => r.k)]).toEqual([
      ["a", [rows[0], rows[2]]],
      ["b", [rows[1]]],
    ]);
  });
});
