// Who writes a text: the practitioner (the client is she or he) or the client (I), also when the
// client's own text speaks of a figure as she or he.
import { describe, expect, it } from "vitest";
import { extractPieces } from "../../src/analysis";
import { detectNarrator } from "../../src/analysis/document/narrator";
import { readText } from "../../src/analysis/text/read-text";

const narratorOf = (text: string) => detectNarrator(readText(text).tokens);

describe("the narrator", () => {
  it("is the client when a figure the client met is she or he through most of the text", () => {
    const text =
      "I saw a little boy in a field. He was hiding behind a tree and he would not look at me. " +
      "He had mud on his knees. He was scared of his father. He wanted his mother. I knelt down. " +
      "He let me hold his hand and he walked with me to the river.";
    expect(narratorOf(text)).toBe("client");
  });

  it("is still the practitioner when she is the client before any figure comes in", () => {
    const text =
      "She lay on her back and I held her feet. She said her neck was sore. She sighed and her jaw softened. " +
      "Then a little girl appeared to her. She cried.";
    expect(narratorOf(text)).toBe("practitioner");
  });

  it("is the practitioner whose hands start at a place, though the note names the client and says I", () => {
    expect(narratorOf("I start at the feet. I stay there a long time. Ilse is restless, then quiet.")).toBe(
      "practitioner",
    );
    expect(narratorOf("I began at his occiput and I waited. Tomasz breathes slowly.")).toBe("practitioner");
    // A time, not a place: the client's own day.
    expect(narratorOf("I started at 9 and I felt tired. I remember the drive. I cried later.")).toBe(
      "client",
    );
  });

  it("is the practitioner in a note that calls the client Pt, though a figure's words say I", () => {
    const text =
      "Pt sees a wolf at the tree line. Wolf says: I have been guarding you. Pt asks from what. Wolf: from needing him.";
    expect(narratorOf(text)).toBe("practitioner");
    const pieces = extractPieces(text);
    expect(pieces.map((p) => [p.kind, p.character])).toEqual(
      expect.arrayContaining([
        ["character", "wolf"],
        ["message", "wolf"],
      ]),
    );
    // Physical therapy, written PT, is part of the writer's own life.
    expect(
      narratorOf(
        "I went to PT for my knee all spring. I lay on the table and I felt heat in my chest. I cried.",
      ),
    ).toBe("client");
  });

  it("does not count a plain 'a woman' as a figure: she may be the client coming in", () => {
    const text =
      "A woman came to me with pain in her hip. She told me she slept badly. She had fallen from a horse. " +
      "I felt her sacrum and I worked slowly. She breathed deeply.";
    expect(narratorOf(text)).toBe("practitioner");
  });
});

describe("the narrator of a practitioner's story of a child client", () => {
  it("is the practitioner when the little boy came with his mother, not in imagery", () => {
    const text =
      "A mother comes to my room with a little boy. He is four. He hides behind her and he will not look up. " +
      "He climbs onto the table at last and I hold his feet. He sighs and his legs go soft. He falls asleep.";
    expect(narratorOf(text)).toBe("practitioner");
  });
});
