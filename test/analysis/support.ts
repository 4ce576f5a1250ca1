// Small helpers for the extractor's tests: look pieces up by kind and check span invariants.
import { expect } from "vitest";
import type { ExtractedPiece, PieceKind } from "../../src/domain";
import { extractPieces } from "../../src/analysis";

export function piecesOf(text: string, kind?: PieceKind): ExtractedPiece[] {
  const all = extractPieces(text);
  expectValidSpans(text, all);
  return kind ? all.filter((p) => p.kind === kind) : all;
}

export function kindsOf(text: string): PieceKind[] {
  return piecesOf(text).map((p) => p.kind);
}

/** The one piece of a kind; fails when there is none or more than one. */
export function onlyPiece(text: string, kind: PieceKind): ExtractedPiece {
  const found = piecesOf(text, kind);
  expect(found, `${kind} pieces in: ${text}`).toHaveLength(1);
  return found[0]!;
}

export function expectValidSpans(text: string, pieces: ExtractedPiece[]): void {
  for (const p of pieces) {
    expect(Number.isInteger(p.start) && Number.isInteger(p.end)).toBe(true);
    expect(p.start).toBeGreaterThanOrEqual(0);
    expect(p.end).toBeGreaterThanOrEqual(p.start);
    expect(p.end).toBeLessThanOrEqual(text.length);
    expect(p.text).toBe(text.slice(p.start, p.end));
  }
}
