// What readText, the phrase matchers' word ids and the word vectors remember per wink lexeme id
// (text/lexeme-memo.ts, text/read-text.ts) holds for one wink instance only: a renewed instance
// gives its new words the ids the last one gave other words. Renewing must not change an answer.
import { describe, expect, it } from "vitest";
import { extractPieces } from "../../src/analysis";
import { readText, renewReader } from "../../src/analysis/text/read-text";

// A capitalised word opening a sentence is a lexeme of its own that the model lacks, so each
// text's first word is the first new word its instance meets: "Occiput" is a body region,
// "Quorbel" nothing.
const REGION_FIRST = "Occiput warm and heavy. Held the sacrum. She felt a wave of grief and saw a grey wolf.";
const NONSENSE_FIRST =
  "Quorbel warm and heavy. Held the sacrum. She felt a wave of grief and saw a grey wolf.";

function forms(text: string): [string, string, string, string][] {
  return readText(text).tokens.map((t) => [t.text, t.norm, t.lemma, t.pos]);
}

function firstUid(text: string): number {
  return readText(text).tokens[0]!.uid;
}

describe("a renewed wink instance", () => {
  it("reads the same forms and finds the same pieces as before, though its lexeme ids name other words", () => {
    renewReader();
    const regionUid = firstUid(REGION_FIRST);
    const before = {
      region: { forms: forms(REGION_FIRST), pieces: extractPieces(REGION_FIRST, { minConfidence: 0 }) },
      nonsense: { forms: forms(NONSENSE_FIRST), pieces: extractPieces(NONSENSE_FIRST, { minConfidence: 0 }) },
    };
    expect(before.region.pieces.filter((p) => p.regions.includes("occiput"))).not.toEqual([]);

    renewReader();
    // The nonsense word read first now takes the id "Occiput" had: what was remembered for that id
    // must be gone, or "Quorbel" would read as the occiput.
    expect(firstUid(NONSENSE_FIRST)).toBe(regionUid);
    expect(forms(NONSENSE_FIRST)).toEqual(before.nonsense.forms);
    expect(extractPieces(NONSENSE_FIRST, { minConfidence: 0 })).toEqual(before.nonsense.pieces);
    expect(forms(REGION_FIRST)).toEqual(before.region.forms);
    expect(extractPieces(REGION_FIRST, { minConfidence: 0 })).toEqual(before.region.pieces);
  });
});
