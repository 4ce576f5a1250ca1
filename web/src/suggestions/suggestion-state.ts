// Pure rules for narrative suggestions: which are still open, and which character one names.
// The session form depends on this folder, never the reverse: a suggestion becomes a form piece
// in session-form/accept-suggestion.ts.
import type { Character, ExtractedPiece, PieceData } from "../../../src/domain";

export interface Suggestion extends ExtractedPiece {
  /**
   * Stable while the practitioner types elsewhere: a fingerprint of the kind, the quoted text and
   * which occurrence of it. A fingerprint, so keys can be kept in browser storage and DOM ids
   * without clinical text.
   */
  key: string;
}

/** FNV-1a, 32 bits, twice with different seeds: short, and collisions do not matter here. */
export function fingerprint(value: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ value.length;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `s${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}

export function suggestionKey(
  piece: Pick<ExtractedPiece, "kind" | "text" | "start">,
  sourceText: string,
): string {
  let occurrence = 0;
  if (piece.text) {
    for (
      let i = sourceText.indexOf(piece.text);
      i !== -1 && i < piece.start;
      i = sourceText.indexOf(piece.text, i + 1)
    ) {
      occurrence++;
    }
  }
  return fingerprint(`${piece.kind}|${piece.text}|${occurrence}`);
}

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const overlaps = (a: { start: number | null; end: number | null }, b: { start: number; end: number }) =>
  a.start !== null && a.end !== null && a.start < b.end && b.start < a.end;

/** Suggestions not dismissed and not already among the pieces (same kind, same text or span). */
export function openSuggestions(
  extracted: ExtractedPiece[],
  sourceText: string,
  dismissed: ReadonlySet<string>,
  pieces: readonly Pick<PieceData, "kind" | "text" | "start" | "end">[],
): Suggestion[] {
  return extracted
    .map((p) => ({ ...p, key: suggestionKey(p, sourceText) }))
    .filter((s) => !dismissed.has(s.key))
    .filter((s) => !pieces.some((p) => p.kind === s.kind && (sameText(p.text, s.text) || overlaps(p, s))));
}

export function matchCharacter(
  label: string | null,
  characters: readonly Character[],
): Character | undefined {
  if (!label) return undefined;
  const wanted = label.trim().toLowerCase();
  return characters.find((c) => c.label.trim().toLowerCase() === wanted);
}
