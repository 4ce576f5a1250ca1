// How an accepted narrative suggestion becomes a piece of the session form.
import type { Character } from "../../../src/domain";
import { matchCharacter, type Suggestion } from "../suggestions/suggestion-state";
import { newKey, type DraftPiece } from "./session-draft";
import { relocateSpan } from "./span";

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
