import { describe, expect, it } from "vitest";
import { PieceInput, normalisePiece } from "./piece";

describe("normalisePiece", () => {
  it("clears fields that do not belong to the kind, so a kind change leaves nothing stale", () => {
    const piece = PieceInput.parse({
      kind: "emotion",
      text: "afraid",
      emotions: ["fear", "fear"],
      temperature: "hot",
      colours: ["red"],
      age: 5,
    });
    expect(normalisePiece(piece)).toMatchObject({
      emotions: ["fear"],
      temperature: null,
      colours: [],
      age: null,
    });
  });

  it("keeps the memory's age and period", () => {
    const piece = PieceInput.parse({ kind: "memory", text: "at six", age: 6, period: "childhood" });
    expect(normalisePiece(piece)).toMatchObject({ age: 6, period: "childhood" });
  });
});

describe("PieceInput", () => {
  it("lower-cases a character label and fills defaults", () => {
    const piece = PieceInput.parse({ kind: "character", text: "The Old Woman", character: "Old Woman" });
    expect(piece).toMatchObject({
      character: "old woman",
      regions: [],
      laterality: null,
      threadIds: [],
      start: null,
    });
  });

  it("rejects a region outside the vocabulary with its path", () => {
    const r = PieceInput.safeParse({ kind: "body_sensation", text: "x", regions: ["elbow"] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["regions", 0]);
  });
});
