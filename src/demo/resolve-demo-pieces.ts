// Turns hand-written demo pieces (quote + labels + thread keys) into piece inputs with offsets.
// Fails loudly: a quote that is missing or ambiguous in its text is a bug in the demo data.
import type { CharacterAspect, CharacterInput, PieceInput } from "../domain";
import type { DemoPiece } from "./demo-types";

export type ResolvedPiece = Omit<PieceInput, "characterId" | "threadIds"> & {
  text: string;
  start: number;
  end: number;
  threadKeys: string[];
};

/** Offsets (UTF-16 code units, end exclusive) of the n-th occurrence of quote in source. */
export function locateQuote(
  source: string,
  quote: string,
  occurrence?: number,
): { start: number; end: number } {
  if (quote.length === 0) throw new Error("demo piece has an empty quote");
  const starts: number[] = [];
  for (let i = source.indexOf(quote); i !== -1; i = source.indexOf(quote, i + 1)) starts.push(i);
  if (starts.length === 0) throw new Error(`demo quote not found in its text: ${JSON.stringify(quote)}`);
  if (occurrence === undefined && starts.length > 1) {
    throw new Error(`demo quote occurs ${starts.length} times; give an occurrence: ${JSON.stringify(quote)}`);
  }
  const start = starts[(occurrence ?? 1) - 1];
  if (start === undefined)
    throw new Error(`demo quote has no occurrence ${occurrence}: ${JSON.stringify(quote)}`);
  return { start, end: start + quote.length };
}

export function resolveDemoPieces(
  source: string,
  pieces: DemoPiece[],
  characters: CharacterInput[],
): ResolvedPiece[] {
  const aspects = new Map<string, CharacterAspect>(
    characters.map((c) => [c.label.trim().toLowerCase(), c.aspect ?? "other"]),
  );
  return pieces.map((p) => {
    const { quote, occurrence, threads, ...fields } = p;
    const { start, end } = locateQuote(source, quote, occurrence);
    if (fields.character != null && !aspects.has(fields.character)) {
      throw new Error(`demo piece names an unknown character: ${JSON.stringify(fields.character)}`);
    }
    if (
      fields.kind === "character" &&
      fields.character != null &&
      fields.aspect !== aspects.get(fields.character)
    ) {
      throw new Error(
        `demo character piece has an aspect that differs from its character: ${fields.character}`,
      );
    }
    return { ...fields, text: source.slice(start, end), start, end, threadKeys: threads ?? [] };
  });
}
