// Which narrative suggestions stay open, and keys that follow a suggestion without clinical text.
import { describe, expect, it } from "vitest";
import { extracted } from "./suggestion-factories";
import { openSuggestions, suggestionKey } from "./suggestion-state";

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
    const byText = { kind: "emotion" as const, text: "she felt sad in her chest ", start: null, end: null };
    const bySpan = {
      kind: "character" as const,
      text: "edited by hand",
      start: girl.start + 2,
      end: girl.end,
    };
    expect(openSuggestions([girl, sad], text, new Set(), [byText, bySpan])).toEqual([]);
  });

  it("keep a suggestion whose span is among the pieces under another kind", () => {
    const piece = { kind: "visual" as const, text: girl.text, start: girl.start, end: girl.end };
    expect(openSuggestions([girl], text, new Set(), [piece])).toHaveLength(1);
  });
});
