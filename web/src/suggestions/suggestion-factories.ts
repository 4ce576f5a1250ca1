// Small factories for the suggestion tests: an extracted piece quoted from a text, a character.
import type { Character, ExtractedPiece } from "../../../src/domain";

/** A piece the extractor might return for `quote`, placed where it first occurs in `text`. */
export function extracted(
  text: string,
  quote: string,
  kind: ExtractedPiece["kind"],
  fields: Partial<ExtractedPiece> = {},
): ExtractedPiece {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  return {
    kind,
    text: quote,
    start,
    end: start + quote.length,
    regions: [],
    laterality: null,
    age: null,
    period: null,
    colours: [],
    temperature: null,
    movement: null,
    emotions: [],
    character: null,
    aspect: null,
    ...fields,
  };
}

export function character(label: string, id = `c-${label}`): Character {
  const at = "2025-01-01T00:00:00.000Z";
  return {
    id,
    practiceId: "p",
    clientId: "c",
    label,
    aspect: "child",
    description: "",
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
}
