// Reported speech beyond a speech verb with its quotation (issue 17, "Dialogue"): every rule of
// lexicon/reported-speech.ts against its own examples and counter-examples.
import { describe, expect, it } from "vitest";
import { REPORTED_SPEECH_RULES } from "../../src/analysis/lexicon/reported-speech";
import { piecesOf } from "./support";

describe.each(REPORTED_SPEECH_RULES.map((r) => [r.id, r] as const))("reported speech: %s", (_id, rule) => {
  it.each(rule.examples.map((e) => [e.text, e.character] as const))(
    "reads a message of the figure in %j",
    (text, character) => {
      const messages = piecesOf(text, "message");
      expect(
        messages.map((m) => m.character),
        text,
      ).toContain(character);
    },
  );

  it.each(rule.counterExamples.map((t) => [t] as const))("reads no message in %j", (text) => {
    expect(piecesOf(text, "message"), text).toEqual([]);
  });
});

describe("what reported speech keeps", () => {
  it("keeps the words said, as written, in an unquoted turn", () => {
    const text = "In my session a fox sat by the river. The water is safe, said the fox.";
    const [message] = piecesOf(text, "message");
    expect(message!.text).toContain("The water is safe");
  });

  it("gives a body part's script lines its region", () => {
    const messages = piecesOf("Knee: I am so tired.\nMe: Of what?\nKnee: Of carrying all of it.", "message");
    expect(messages).toHaveLength(3);
    expect(messages.every((m) => m.regions.includes("knees"))).toBe(true);
  });

  it("takes a bare question in a script dialogue as the client's turn to the part", () => {
    const messages = piecesOf(
      "My belly felt tight.\n\nBelly: (a knot)\n\nWhat are you holding?\n\nBelly: Old fear.",
      "message",
    );
    expect(messages.map((m) => m.character)).toEqual(["belly", "belly"]);
  });

  it("takes the client's thought to a figure named again in the sentence, after the conversation closed", () => {
    const text =
      "In my session a tall man waited in the garden. I knew at once, it was my father. The light was warm. " +
      "The path was long. Much later, as my father walked away, “Please wait,” I thought.";
    // Called "my father" from the recognition on, the figure carries that name (the name the text settles on).
    expect(piecesOf(text, "message").map((m) => m.character)).toEqual(["father"]);
  });
});

describe("a figure recognised as someone the client knows", () => {
  it("gives a figure recognised as a parent or grandparent that aspect and that name", () => {
    const characters = piecesOf(
      "In my session a tall man waited in the garden. I knew at once, it was my father.",
      "character",
    );
    expect(characters.map((c) => [c.character, c.aspect])).toEqual([
      ["father", "parent"],
      ["father", "parent"],
    ]);
  });

  it("does not take 'it was my fault' for a recognition", () => {
    const characters = piecesOf(
      "In my session a tall man waited in the garden. It was my fault that I was late.",
      "character",
    );
    expect(characters).toHaveLength(1);
    expect(characters[0]!.aspect).not.toBe("parent");
  });
});

describe("a figure brought in by its name", () => {
  it("takes an indefinite figure named as it comes in for a character", () => {
    const text = "In my session I felt calm, and a small grey owl named Pip watched over me.";
    expect(piecesOf(text, "character").map((c) => c.character)).toEqual(["owl"]);
  });

  it("does not take a pet the client owns for a figure", () => {
    expect(piecesOf("I have a cat named Pip at home.", "character")).toEqual([]);
  });
});

describe("the words reported after the speech verb", () => {
  it("keeps the reported clause in the turn ('She told me | she was lonely')", () => {
    const text =
      "I lay on the table and felt my breath slow. My chest softened and I felt calm. " +
      "In my session a little girl sat in the corner. She told me she was lonely.";
    const [message] = piecesOf(text, "message");
    expect(message!.text).toBe("She told me she was lonely");
  });
});
