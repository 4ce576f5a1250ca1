// Wordings of published session accounts (written for these tests, not taken from any corpus):
// emotions felt without a name, tears that leak or well up, imagery that is envisioned, and what
// is not a piece: the room, the practitioner's touch, a general statement, an illness.
import { describe, expect, it } from "vitest";
import { kindsOf, piecesOf } from "./support";

describe("experiences in the words of published accounts", () => {
  it("takes an emotion felt without a name as an emotion with no label", () => {
    const e = piecesOf("Halfway through the session a surge of emotion went through me.", "emotion");
    expect(e).toHaveLength(1);
    expect(e[0]!.emotions).toEqual([]);
  });

  it("takes tears that leak, trickle or well up as crying", () => {
    for (const text of [
      "Quiet tears were trickling down the side of my face.",
      "Her eyes began to well up as I held her feet.",
    ])
      expect(kindsOf(text), text).toContain("release");
  });

  it("takes jumpy insides, something stuck and breath that is hard as body sensations", () => {
    for (const text of [
      "My stomach felt jumpy the whole time.",
      "There was something stuck behind my breastbone.",
      "Then it became hard to breathe for a minute.",
    ])
      expect(kindsOf(text), text).toContain("body_sensation");
  });

  it("takes what is envisioned or visualised as imagery", () => {
    expect(kindsOf("I envisioned a small boat on a grey lake.")).toContain("visual");
  });
});

describe("what is not a piece in published accounts", () => {
  it("does not take the room, a prop or the practitioner's hands for the client's experience", () => {
    expect(piecesOf("Gentle flute music was playing in the corner.")).toEqual([]);
    expect(piecesOf("I could smell the scent of lavender from the diffuser.", "smell")).toEqual([]);
  });

  it("does not take a general statement about clients or bodies for an experience", () => {
    expect(piecesOf("Most clients feel warmth and tingling during the first session.")).toEqual([]);
  });

  it("does not take an illness for a sensation", () => {
    expect(piecesOf("She had a head cold and her sinuses were blocked.", "temperature")).toEqual([]);
  });
});

describe("a child brought to the session is the client, not a figure", () => {
  it("takes what 'the boy' does in a note about a boy on the table as his experience", () => {
    const text =
      "A father brought in a little boy of four. The boy climbed onto the table and the boy lay still. " +
      "I held his feet for a while. The boy sighed deeply and his belly softened.";
    expect(kindsOf(text)).toContain("release");
  });

  it("still follows a boy met in imagery as a figure", () => {
    const text =
      "I held her head. She saw a little boy by a lake. The boy looked at her and the boy said, 'Come and play.'";
    expect(kindsOf(text)).toEqual(expect.arrayContaining(["character", "message"]));
  });
});

describe("a client's account of a figure met in imagery", () => {
  const start =
    "Years ago, in one of my first sessions, I saw myself walking through an old house. " +
    "I found a little boy in the attic, who looked like me at five. ";

  it("does not take 'she goes' or 'he goes' after the figure for the practitioner starting the session", () => {
    const text = `${start}He goes to the window when he is scared. I felt a warm glow in my chest.`;
    expect(kindsOf(text)).toEqual(expect.arrayContaining(["character", "temperature"]));
  });

  it("does not take what the figure is prone to for the client's feeling", () => {
    const text = `${start}He's prone to fits of anger.`;
    expect(kindsOf(text)).not.toContain("emotion");
  });
});
