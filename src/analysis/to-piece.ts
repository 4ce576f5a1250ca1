// Turns a draft on token indices into an ExtractedPiece with UTF-16 offsets cut from the source,
// trimming leading connectives and trailing punctuation (spec: "Spans").
import type { ExtractedPiece } from "../domain";
import { KIND_FIELDS, type KindSpecificField } from "../domain";
import type { DraftPiece } from "./model";
import { LEADING_CONNECTIVES } from "./text/clauses";
import type { ReadText } from "./text/read-text";

/** The schema's limit on a piece's text. */
const MAX_TEXT = 10_000;
const CLOSING_QUOTES = new Set(['"', "”", "’", "'"]);
const TRAILING_CONNECTIVES = new Set(["and", "but", "then", "so", "or", "as", "when", "while", "because"]);

export function toPiece(d: DraftPiece, read: ReadText): ExtractedPiece | null {
  const { tokens, source } = read;
  let first = Math.max(0, d.first);
  let last = Math.min(tokens.length, d.last);
  while (
    first < last &&
    (LEADING_CONNECTIVES.has(tokens[first]!.norm) ||
      (isPunct(tokens[first]!.text, true) && !tokens[first]!.quote))
  )
    first++;
  while (last > first) {
    const t = tokens[last - 1]!;
    if (TRAILING_CONNECTIVES.has(t.norm)) last--;
    else if (
      isPunct(t.text, false) &&
      !(t.quote === "close" || t.quote === "toggle" || CLOSING_QUOTES.has(t.text))
    )
      last--;
    else break;
  }
  if (last <= first) return null;
  let start = tokens[first]!.start;
  let end = tokens[last - 1]!.end;
  if (end - start > MAX_TEXT) end = start + MAX_TEXT;
  // Never cut a surrogate pair in two.
  if (
    end < source.length &&
    isLowSurrogate(source.charCodeAt(end)) &&
    isHighSurrogate(source.charCodeAt(end - 1))
  )
    end--;
  start = Math.max(0, Math.min(start, source.length));
  end = Math.max(start, Math.min(end, source.length));
  if (end <= start) return null;

  const own = KIND_FIELDS[d.kind];
  const has = (f: KindSpecificField) => own.includes(f);
  return {
    kind: d.kind,
    start,
    end,
    text: source.slice(start, end),
    regions: [...new Set(d.regions)],
    laterality: d.regions.length > 0 ? d.laterality : null,
    age: has("age") ? (d.age ?? null) : null,
    period: has("period") ? (d.period ?? null) : null,
    colours: has("colours") ? [...new Set(d.colours ?? [])] : [],
    temperature: has("temperature") ? (d.temperature ?? null) : null,
    movement: has("movement") ? (d.movement ?? null) : null,
    emotions: has("emotions") ? [...new Set(d.emotions ?? [])] : [],
    character: has("character") ? (d.character ?? null) : null,
    aspect: has("aspect") ? (d.figure?.aspect ?? d.aspect ?? null) : null,
  };
}

function isPunct(text: string, leading: boolean): boolean {
  if (leading && (text === '"' || text === "“")) return false;
  return /^[\p{P}\p{S}]+$/u.test(text) && !/^[“"]$/.test(text);
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
