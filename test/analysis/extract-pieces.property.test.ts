// Robustness of the extractor: whatever the input, it returns schema-valid pieces with valid spans,
// and never throws. (No test here measures time; the suite's timeout catches a hang.)
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ExtractedPiece } from "../../src/domain";
import { extractPieces } from "../../src/analysis";
import { syntheticNarrative } from "../../bench/extract-synthetic";

function expectWellFormed(text: string): void {
  const pieces = extractPieces(text);
  for (const p of pieces) {
    expect(p.start).toBeGreaterThanOrEqual(0);
    expect(p.start).toBeLessThanOrEqual(p.end);
    expect(p.end).toBeLessThanOrEqual(text.length);
    expect(p.text).toBe(text.slice(p.start, p.end));
    // Parsing must give back exactly the same object: no missing, extra or out-of-range field.
    expect(ExtractedPiece.parse(p)).toEqual(p);
  }
}

/** Any UTF-16 code units, lone surrogates included. */
const codeUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 })
  .map((units) => String.fromCharCode(...units));

/** Words the rules react to, mixed with punctuation, quotes, emoji and broken surrogates. */
const WORDS = [
  "she",
  "he",
  "I",
  "my",
  "her",
  "left",
  "right",
  "both",
  "shoulder",
  "jaw",
  "chest",
  "belly",
  "felt",
  "warm",
  "cold",
  "shiver",
  "tremble",
  "jerked",
  "softened",
  "let",
  "go",
  "sigh",
  "cried",
  "saw",
  "a",
  "the",
  "golden",
  "crimson",
  "light",
  "heard",
  "smelled",
  "tasted",
  "memory",
  "when",
  "was",
  "six",
  "as",
  "teenager",
  "before",
  "born",
  "girl",
  "wolf",
  "appeared",
  "said",
  "asked",
  "told",
  "it",
  "realised",
  "no",
  "not",
  "never",
  "didn't",
  "fear",
  "grief",
  "warmth",
  "towards",
  "and",
  "then",
  "but",
  "because",
  "which",
  "I",
  "asked",
  "whether",
  "held",
  "the",
  "occiput",
  "CV4",
  "check-in",
  "feeling",
  "blue",
  '"',
  "“",
  "”",
  "'",
  ",",
  ".",
  ";",
  ":",
  "—",
  "(",
  ")",
  "?",
  "!",
  "\n",
  "\n\n",
  "😀",
  "👩‍👧",
  "\uD800",
  "\uDC00",
  "é",
  "ß",
  "日本",
  "  ",
  "\t",
  "twenty",
  "-",
  "one",
  "Dr.",
  "M.",
  "stomach",
  "liver",
  "working",
  "there",
  "was",
  "a",
  "voice",
];
const wordSoup = fc.array(fc.constantFrom(...WORDS), { maxLength: 200 }).map((ws) => ws.join(" "));
const wordSoupTight = fc.array(fc.constantFrom(...WORDS), { maxLength: 200 }).map((ws) => ws.join(""));

describe("extractPieces on arbitrary input", () => {
  it("never throws and keeps spans valid on any UTF-16 text", () => {
    fc.assert(
      fc.property(codeUnits, (text) => expectWellFormed(text)),
      { numRuns: 300 },
    );
  });

  it("never throws and keeps spans valid on any Unicode string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => expectWellFormed(text)),
      { numRuns: 300 },
    );
  });

  it("never throws and keeps spans valid on a soup of the words its rules react to", () => {
    fc.assert(
      fc.property(wordSoup, (text) => expectWellFormed(text)),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(wordSoupTight, (text) => expectWellFormed(text)),
      { numRuns: 200 },
    );
  });

  it("never throws when experience text is cut at any point", () => {
    const text = syntheticNarrative(7);
    fc.assert(
      fc.property(fc.nat({ max: text.length }), fc.nat({ max: text.length }), (a, b) => {
        expectWellFormed(text.slice(Math.min(a, b), Math.max(a, b)));
      }),
      { numRuns: 200 },
    );
  });

  it("returns no pieces for empty input", () => {
    expect(extractPieces("")).toEqual([]);
  });
});

describe("extractPieces on very long input", () => {
  it("handles a megabyte of narrative", () => {
    let text = "";
    for (let seed = 1; text.length < 1_000_000; seed++) text += syntheticNarrative(seed) + "\n";
    expectWellFormed(text);
  });

  it("handles a megabyte without spaces, punctuation or sentence ends", () => {
    expectWellFormed("warm".repeat(250_000));
    expectWellFormed("a ".repeat(500_000));
  });

  it("handles a megabyte of one sentence full of quotes and commas", () => {
    expectWellFormed('She said, "it warms," and '.repeat(40_000));
  });

  it("handles a megabyte of emoji and broken surrogates", () => {
    expectWellFormed("😀\uD800 x\uDC00, ".repeat(125_000));
  });
});
