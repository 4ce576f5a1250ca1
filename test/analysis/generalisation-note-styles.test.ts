// Practitioner notes and client reflections in styles the extractor had not seen (issue 17), pinned
// with sentences written for each pattern, with what must not become a piece beside them.
import { describe, expect, it } from "vitest";
import { piecesOf } from "./support";

const NOTE =
  "Third session with Tom, low back pain since spring. I placed my hands under his sacrum and waited.";

describe("the client's own words after a speech colon in a practitioner's note", () => {
  it("reads an I after 'Name says:' as the client, not the practitioner at work", () => {
    const text = `${NOTE} Near the end Tom says: I finally understand that I have been bracing for my father all my life.`;
    expect(piecesOf(text, "insight").map((p) => p.text)).toEqual([
      "I finally understand that I have been bracing for my father all my life",
    ]);
  });

  it("leaves the practitioner's own realisation while treating out", () => {
    expect(
      piecesOf(`${NOTE} I held his sacrum and I understood that I had pressed too hard.`, "insight"),
    ).toEqual([]);
  });

  it("leaves the practitioner's own words after a colon out", () => {
    expect(piecesOf(`${NOTE} I say: I understand now why your back is stiff.`, "insight")).toEqual([]);
  });
});
