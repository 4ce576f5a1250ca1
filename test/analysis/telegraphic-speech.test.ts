// Telegraphic reported speech and figures introduced by a description, as practitioners write them
// in shorthand notes (issue 17, "the extractor on writing it has never seen"): present tense,
// verbless fragments, "Pt", "Client" or a first name for the client. Sentences written for the
// grammar of each form (names, tenses and punctuation varied), not taken from any corpus.
import { describe, expect, it } from "vitest";
import { piecesOf } from "./support";

function messages(text: string): { character: string | null; text: string; regions: string[] }[] {
  return piecesOf(text, "message").map((m) => ({ character: m.character, text: m.text, regions: m.regions }));
}

function characters(text: string): (string | null)[] {
  return piecesOf(text, "character").map((c) => c.character);
}

describe("a figure's words after a speech verb and a colon", () => {
  it("brings in a figure by its first words ('Wolf says: …')", () => {
    const text = "Pt supine. Held occiput. Wolf says: I have been guarding you.";
    expect(characters(text)).toEqual(["wolf"]);
    expect(messages(text).map((m) => [m.character, m.text])).toEqual([
      ["wolf", "Wolf says: I have been guarding you"],
    ]);
  });

  it("reads the past tense, a definite figure and no closing stop the same way", () => {
    const text = "Frontal lift. Client quiet. The old ferryman said: you can rest now";
    expect(messages(text).map((m) => m.character)).toEqual(["old ferryman"]);
  });

  it("keeps a figure's label past a bracketed age ('Girl (age ~6) says: …')", () => {
    const text = "Sacral hold. Girl (age ~6) says: don't leave me.";
    expect(messages(text).map((m) => m.character)).toEqual(["girl"]);
    expect(characters(text)).toEqual(["girl"]);
  });

  it("gives the words to a figure met before under its bare noun", () => {
    const text = "Vault hold. Pt sees a heron standing in reeds. Heron replies: not until dark.";
    expect(characters(text)).toEqual(["heron"]);
    expect(messages(text).map((m) => m.character)).toEqual(["heron"]);
  });

  it("takes a capitalised figure word for the figure, not the client, when the note calls its client Pt", () => {
    const text = "Pt prone. Sacral hold. Bear said: stay back.";
    expect(messages(text).map((m) => m.character)).toEqual(["bear"]);
  });

  it("gives a body part's words its region ('Knee replies: not yet.')", () => {
    const found = messages("Held her hips. Knee replies: not yet.");
    expect(found.map((m) => [m.character, m.regions])).toEqual([["knee", ["knees"]]]);
  });

  it("counts the client's colon words as a turn when they are put to the figure", () => {
    const found = messages(
      "Vault hold. Jonas sees an owl on a post. Jonas asks the owl: what are you waiting for?",
    );
    expect(found.map((m) => m.character)).toEqual(["owl"]);
  });

  it("does not read the client's report to the practitioner as a turn", () => {
    expect(messages("Vault hold. Pt says: sleeping better since the last session.")).toEqual([]);
    expect(messages("Held her feet. She said one thing: the week had been long.")).toEqual([]);
  });
});
