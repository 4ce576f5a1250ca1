// Movement, temperature, emotion and sound words beyond the stock lexicon, and crying or
// breathing that is someone else's or only a likeness.
import { describe, expect, it } from "vitest";
import { kindsOf, onlyPiece, piecesOf } from "./support";

describe("movement, temperature, emotion and sound in other words", () => {
  it("takes chattering teeth as a tremor and floating limbs as movement", () => {
    expect(onlyPiece("His teeth chattered for a minute.", "movement").movement).toBe("tremor");
    expect(kindsOf("Her right leg floated up, hovered, then drifted down.")).toContain("movement");
  });

  it("takes a burning face after a result clause as heat, but not a burnt thing", () => {
    expect(kindsOf("I was so ashamed my ears burned.")).toContain("temperature");
    expect(kindsOf("Someone had burnt the porridge.")).not.toContain("temperature");
  });

  it("takes relief idioms about the mind and homesickness", () => {
    expect(onlyPiece("Saying it out loud was a load off my mind.", "emotion").emotions).toEqual(["relief"]);
    expect(kindsOf("A wave of homesickness came over me.")).toContain("emotion");
  });

  it("takes feeling optimistic as joy and feeling gutted as sadness", () => {
    expect(onlyPiece("Afterwards I felt quietly optimistic.", "emotion").emotions).toEqual(["joy"]);
    expect(onlyPiece("When the hour was up I felt gutted.", "emotion").emotions).toEqual(["sadness"]);
  });

  it("takes hearing someone doing something as a sound", () => {
    expect(
      kindsOf("Lying there I felt my body sink and I could hear her humming in the next room."),
    ).toContain("sound");
  });
});

describe("crying and breathing that are not the client's release", () => {
  it("does not take someone else's crying", () => {
    expect(kindsOf("Somewhere a puppy was whining and a baby crying.")).not.toContain("release");
  });

  it("does not count the crying again when it is referred back to", () => {
    expect(piecesOf("I cried. When the crying eased I felt empty.", "release")).toHaveLength(1);
  });

  it("does not take a likeness of breathing for a release", () => {
    expect(kindsOf("The walls pulsed as if the whole house were exhaling.")).not.toContain("release");
    expect(kindsOf("Her neck felt like it was letting go, bit by bit.")).toContain("release");
  });
});

describe("emotion idioms and main clauses after a practitioner's subordinate clause", () => {
  it("takes body idioms that name a feeling", () => {
    expect(piecesOf("Afterwards I was walking on air.", "emotion")[0]!.emotions).toEqual(["joy"]);
  });

  it("finds the client's experience after 'when she touched my ...' without a comma", () => {
    const found = piecesOf("Lying there, when she cupped my head my blood ran cold.", "emotion");
    expect(found.map((p) => p.emotions)).toEqual([["fear"]]);
    expect(piecesOf("As she held my feet my belly let go.", "release")[0]!.regions).toEqual(["abdomen"]);
  });
});

describe("a breath's manner is not a movement", () => {
  it("reads a shuddering exhale as a release, not a tremor", () => {
    const kinds = kindsOf("Near the end she let out a long, shuddering exhale.");
    expect(kinds).toContain("release");
    expect(kinds).not.toContain("movement");
  });
});

describe("a framed feeling word after 'the most' or 'such'", () => {
  it("takes 'it was the most calming hour' and 'it was such a soothing time' as calm", () => {
    for (const text of [
      "After the session I lay there and it was the most calming hour of my week.",
      "It was such a soothing time on the table.",
    ]) {
      const e = piecesOf(text, "emotion");
      expect(e, text).toHaveLength(1);
      expect(e[0]!.emotions).toEqual(["calm"]);
    }
  });
});

describe("an emotion in the manner of what the client does", () => {
  it("takes laughing nervously or anxiously as anxiety, and a moment felt as awkward as shame", () => {
    expect(onlyPiece("Lying there, she laughed nervously.", "emotion").emotions).toEqual(["anxiety"]);
    expect(onlyPiece("I chuckled anxiously when he touched my neck.", "emotion").emotions).toEqual([
      "anxiety",
    ]);
    expect(onlyPiece("The silence felt awkward to me.", "emotion").emotions).toEqual(["shame"]);
  });

  it("does not take an awkward thing for a feeling", () => {
    expect(kindsOf("It was an awkward angle for her arm.")).not.toContain("emotion");
  });
});
