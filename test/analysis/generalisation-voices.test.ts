// Inner voices, felt things and body parts as speakers (issue 17, "Dialogue"): a figure that comes
// in speaking, a sensation asked what it wants, a part asked directly, labels with their side.
import { describe, expect, it } from "vitest";
import { piecesOf } from "./support";

describe("inner voices and figures that come in speaking", () => {
  it("takes what an inner voice asks or says as its message", () => {
    for (const text of [
      "Halfway through, a quiet voice inside him asked whether he ever stopped.",
      "An inner voice told her that the work was done.",
    ]) {
      const messages = piecesOf(text, "message");
      expect(messages, text).toHaveLength(1);
      expect(messages[0]!.character).toMatch(/voice$/);
    }
  });

  it("takes a figure's words reported in the clause it appears in", () => {
    const messages = piecesOf("A grey heron told me that the river would wait.", "message");
    expect(messages.map((m) => m.character)).toEqual(["heron"]);
  });

  it("does not take words said to people in a description for a figure's message", () => {
    expect(piecesOf("Sadness for the sisters who were told to keep still.", "message")).toEqual([]);
  });
});

describe("felt things spoken with", () => {
  it("takes the question to a sensation and its answer as turns with it", () => {
    const messages = piecesOf(
      "We asked the ache what it was guarding, and it said it was guarding a door.",
      "message",
    );
    expect(messages.map((m) => m.character)).toEqual(["ache", "ache"]);
  });

  it("takes a sensation that speaks, placed where it is felt", () => {
    const messages = piecesOf("The pressure in her right hip said it had been waiting for years.", "message");
    expect(messages).toHaveLength(1);
    expect(messages[0]!.character).toBe("pressure");
    expect(messages[0]!.regions).toEqual(["hips"]);
  });

  it("names the felt thing, not the place, when the client asks the pain in a part", () => {
    const messages = piecesOf(
      "He asked the tension in his neck what it needed. It said it needed a rest.",
      "message",
    );
    expect(messages.map((m) => m.character)).toEqual(["tension", "tension"]);
  });
});

describe("body parts asked directly", () => {
  it("takes asking a part what it needs as the first turn", () => {
    const messages = piecesOf(
      "I asked my belly what it was holding. It said it was holding the shouting.",
      "message",
    );
    expect(messages.map((m) => m.character)).toEqual(["belly", "belly"]);
    expect(messages.every((m) => m.regions.includes("abdomen"))).toBe(true);
  });

  it("does not take a suggestion to ask, nor asking whether it will speak, for a turn", () => {
    expect(piecesOf("She suggested I ask my wrist what it knew.", "message")).toEqual([]);
    expect(piecesOf("I asked if the wrist had anything to say.", "message")).toEqual([]);
  });

  it("keeps the side in a speaking part's label, and finds it again without it", () => {
    const messages = piecesOf(
      "I asked my right knee what it needed. My right knee said it needed me to stop. I told the knee I would.",
      "message",
    );
    expect(messages.map((m) => m.character)).toEqual(["right knee", "right knee", "right knee"]);
    expect(messages.every((m) => m.laterality === "right")).toBe(true);
  });
});
