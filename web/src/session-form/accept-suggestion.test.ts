// How an accepted suggestion becomes a piece of the session form.
import { describe, expect, it } from "vitest";
import { character, extracted } from "../suggestions/suggestion-factories";
import { openSuggestions } from "../suggestions/suggestion-state";
import { pieceFromSuggestion } from "./accept-suggestion";

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
