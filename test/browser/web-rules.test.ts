// The web app's pure rules, without a browser: which suggestions stay open, how one becomes a
// piece, how spans follow the narrative, and how API error paths find their fields.
import { describe, expect, it } from "vitest";
import type { Character, ExtractedPiece } from "../../src/domain";
import { ApiError } from "../../web/src/api/http";
import { describePath, errorAt, errorsUnder, fieldErrorsOf } from "../../web/src/form-errors";
import { emptyPiece, emptySession, toSessionBody } from "../../web/src/session-form/session-draft";
import { reanchor, relocateSpan } from "../../web/src/session-form/span";
import { segmentText } from "../../web/src/suggestions/narrative-mirror";
import {
  openSuggestions,
  pieceFromSuggestion,
  suggestionKey,
} from "../../web/src/suggestions/suggestion-state";

function extracted(
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

function character(label: string, id = `c-${label}`): Character {
  const at = "2025-01-01T00:00:00.000Z";
  return {
    id,
    practiceId: "p",
    clientId: "c",
    label,
    aspect: "child",
    description: "",
    createdAt: at,
    updatedAt: at,
  };
}

describe("suggestion keys", () => {
  it("stay the same when text is typed before the span", () => {
    const before = "She felt cold.";
    const after = "At first nothing. She felt cold.";
    expect(suggestionKey(extracted(before, "felt cold", "temperature"), before)).toBe(
      suggestionKey(extracted(after, "felt cold", "temperature"), after),
    );
  });

  it("hold no clinical text, so they can be kept in browser storage", () => {
    const text = "She felt cold.";
    expect(suggestionKey(extracted(text, "felt cold", "temperature"), text)).toMatch(/^s[0-9a-z]+$/);
  });

  it("tell apart two occurrences of the same words", () => {
    const text = "She felt cold. Later she felt cold again.";
    const second = { ...extracted(text, "felt cold", "temperature"), start: text.lastIndexOf("felt cold") };
    expect(suggestionKey(extracted(text, "felt cold", "temperature"), text)).not.toBe(
      suggestionKey(second, text),
    );
  });
});

describe("open suggestions", () => {
  const text = "A little girl appeared. She felt sad in her chest.";
  const girl = extracted(text, "A little girl appeared", "character", {
    character: "little girl",
    aspect: "child",
  });
  const sad = extracted(text, "She felt sad in her chest", "emotion", {
    emotions: ["sadness"],
    regions: ["chest"],
  });

  it("leave out a dismissed suggestion", () => {
    const open = openSuggestions([girl, sad], text, new Set([suggestionKey(sad, text)]), []);
    expect(open.map((s) => s.kind)).toEqual(["character"]);
  });

  it("leave out a suggestion already among the pieces, by its text or by its span", () => {
    const byText = { ...emptyPiece("emotion"), text: "she felt sad in her chest " };
    const bySpan = {
      ...emptyPiece("character"),
      text: "edited by hand",
      start: girl.start + 2,
      end: girl.end,
    };
    expect(openSuggestions([girl, sad], text, new Set(), [byText, bySpan])).toEqual([]);
  });

  it("keep a suggestion whose span is among the pieces under another kind", () => {
    const piece = { ...emptyPiece("visual"), text: girl.text, start: girl.start, end: girl.end };
    expect(openSuggestions([girl], text, new Set(), [piece])).toHaveLength(1);
  });
});

describe("an accepted suggestion", () => {
  const text = "A Little Girl appeared and said I am tired.";
  const said = extracted(text, "said I am tired", "message", { character: "little girl" });

  it("links the client's character whose label matches", () => {
    const [s] = openSuggestions([said], text, new Set(), []);
    const piece = pieceFromSuggestion(s!, text, [character("old man"), character("little girl", "girl-1")]);
    expect(piece).toMatchObject({
      kind: "message",
      characterId: "girl-1",
      character: "little girl",
      aspect: null,
    });
    expect(text.slice(piece.start!, piece.end!)).toBe(piece.text);
  });

  it("keeps the suggested label unlinked when no character has it", () => {
    const [s] = openSuggestions([said], text, new Set(), []);
    expect(pieceFromSuggestion(s!, text, [character("old man")])).toMatchObject({
      characterId: null,
      character: "little girl",
    });
  });

  it("takes its span from the narrative as it is now", () => {
    const [s] = openSuggestions([said], text, new Set(), []);
    const now = `Quietly. ${text}`;
    const piece = pieceFromSuggestion(s!, now, []);
    expect(now.slice(piece.start!, piece.end!)).toBe("said I am tired");
    expect(pieceFromSuggestion(s!, "all rewritten", [])).toMatchObject({ start: null, end: null });
  });
});

describe("spans", () => {
  it("move to the nearest occurrence of their text, or are dropped", () => {
    expect(relocateSpan("ab cold ab cold", "cold", 12)).toEqual({ start: 11, end: 15 });
    expect(relocateSpan("warm", "cold", 0)).toBeNull();
    const piece = { ...emptyPiece(), text: "cold", start: 0, end: 4 };
    expect(reanchor(piece, "so cold")).toMatchObject({ start: 3, end: 7 });
  });

  it("are re-anchored when the session body is built", () => {
    const draft = {
      ...emptySession("2025-01-01"),
      narrative: "Then: warmth",
      pieces: [{ ...emptyPiece("temperature"), text: "warmth", start: 0, end: 6 }],
    };
    expect(toSessionBody(draft).pieces[0]).toMatchObject({ start: 6, end: 12 });
    expect(toSessionBody(draft).pieces[0]).not.toHaveProperty("key");
  });

  it("cut the narrative into segments that cover it exactly, overlapping highlights together", () => {
    const text = "a warm golden light";
    const segments = segmentText(text, [
      { key: "v", kind: "visual", start: 2, end: 19 },
      { key: "t", kind: "temperature", start: 2, end: 6 },
    ]);
    expect(segments.map((s) => text.slice(s.start, s.end)).join("")).toBe(text);
    expect(segments.map((s) => s.covering.map((c) => c.key))).toEqual([[], ["v", "t"], ["v"]]);
  });
});

describe("API error paths", () => {
  const error = new ApiError(400, "invalid", "invalid body", [
    { path: "pieces.2.age", message: "too big" },
    { path: "techniques[0].regions[1]", message: "unknown region" },
    { path: "durationMinutes", message: "too small" },
  ]);

  it("reach the field they name, also inside one piece or technique", () => {
    const errors = fieldErrorsOf(error);
    expect(errorAt(errors, "durationMinutes")).toBe("too small");
    expect(errorAt(errorsUnder(errors, "pieces.2"), "age")).toBe("too big");
    expect(errorAt(errorsUnder(errors, "techniques.0"), "regions")).toBe("unknown region");
    expect(errorAt(errorsUnder(errors, "pieces.1"), "age")).toBeUndefined();
  });

  it("read as field names in the summary", () => {
    expect(describePath("pieces.2.age")).toBe("Piece 3 › age");
    expect(describePath("contact.email")).toBe("contact › email");
    expect(describePath("durationMinutes")).toBe("duration minutes");
  });
});
