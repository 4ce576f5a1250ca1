import { describe, expect, it } from "vitest";
import type { PieceTile, SessionRef } from "../../../../src/domain";
import { applyMosaicFilter, onHighlight, readMosaicParams } from "./mosaic-filter";

const tile = (id: string, more: Partial<PieceTile> = {}): PieceTile => ({
  id,
  kind: "memory",
  words: id,
  regions: [],
  laterality: null,
  emotions: [],
  colours: [],
  age: null,
  period: null,
  characterId: null,
  character: null,
  aspect: null,
  threadIds: [],
  ...more,
});
const session = (n: number, date: string, tiles: PieceTile[]): SessionRef & { tiles: PieceTile[] } => ({
  id: `s${n}`,
  number: n,
  date,
  status: "signed",
  courseId: null,
  tiles,
});

const sessions = [
  session(1, "2025-01-10", [tile("a", { kind: "emotion", emotions: ["fear"] }), tile("b")]),
  session(2, "2025-02-10", [tile("c", { characterId: "boy" })]),
  session(3, "2025-03-10", [tile("d", { kind: "emotion", emotions: ["calm"], regions: ["chest"] })]),
];

describe("the mosaic filter", () => {
  it("narrows to the tiles of a kind and drops sessions left empty", () => {
    const out = applyMosaicFilter(sessions, { kind: "emotion" });
    expect(out.map((s) => s.tiles.map((t) => t.id))).toEqual([["a"], ["d"]]);
  });
  it("keeps every session in a date range, even one with no pieces, when no facet is chosen", () => {
    const out = applyMosaicFilter([...sessions, session(4, "2025-03-20", [])], { from: "2025-02-01" });
    expect(out.map((s) => s.number)).toEqual([2, 3, 4]);
  });
  it("highlights the tiles of a character wherever they are", () => {
    const all = sessions.flatMap((s) => s.tiles);
    expect(all.filter((t) => onHighlight(t, { by: "character", id: "boy" })).map((t) => t.id)).toEqual(["c"]);
    expect(all.filter((t) => onHighlight(t, { by: "region", id: "chest" })).map((t) => t.id)).toEqual(["d"]);
  });
  it("reads filter and highlight from the address", () => {
    const { filter, highlight } = readMosaicParams(new URLSearchParams("kind=memory&highlight=thread:t1"));
    expect(filter.kind).toBe("memory");
    expect(highlight).toEqual({ by: "thread", id: "t1" });
  });
});
