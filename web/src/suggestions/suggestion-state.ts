// Pure rules for narrative suggestions: which are still open, and how one becomes a piece.
import type { Character, ExtractedPiece } from "../../../src/domain";
import { newKey, type DraftPiece } from "../session-form/session-draft";
import { relocateSpan } from "../session-form/span";

export interface Suggestion extends ExtractedPiece {
  /** Stable while the practitioner types elsewhere: kind, quoted text, and which occurrence of it. */
  key: string;
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
  return `${piece.kind}|${piece.text}|${occurrence}`;
}

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const overlaps = (a: { start: number | null; end: number | null }, b: { start: number; end: number }) =>
  a.start !== null && a.end !== null && a.start < b.end && b.start < a.end;

/** Suggestions not dismissed and not already among the pieces (same kind, same text or span). */
export function openSuggestions(
  extracted: ExtractedPiece[],
  sourceText: string,
  dismissed: ReadonlySet<string>,
  pieces: readonly DraftPiece[],
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

/** The piece an accepted suggestion becomes, its span placed in the narrative as it is now. */
export function pieceFromSuggestion(
  s: Suggestion,
  narrative: string,
  characters: readonly Character[],
): DraftPiece {
  const span = relocateSpan(narrative, s.text, s.start);
  const character = matchCharacter(s.character, characters);
  return {
    key: newKey(),
    kind: s.kind,
    text: s.text,
    regions: [...s.regions],
    laterality: s.laterality,
    age: s.age,
    period: s.period,
    colours: [...s.colours],
    temperature: s.temperature,
    movement: s.movement,
    emotions: [...s.emotions],
    character: character ? character.label : s.character,
    aspect: s.kind === "character" ? (s.aspect ?? character?.aspect ?? null) : null,
    start: span?.start ?? null,
    end: span?.end ?? null,
    characterId: character?.id ?? null,
    threadIds: [],
  };
}
