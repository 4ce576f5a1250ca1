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
  it("brings in a figure by its first words ('Stag says: …')", () => {
    const text = "Pt supine. Held occiput. Stag says: I have carried you this far.";
    expect(characters(text)).toEqual(["stag"]);
    expect(messages(text).map((m) => [m.character, m.text])).toEqual([
      ["stag", "Stag says: I have carried you this far"],
    ]);
  });

  it("reads the past tense, a definite figure and no closing stop the same way", () => {
    const text = "Frontal lift. Client quiet. The old ferryman said: you can rest now";
    expect(messages(text).map((m) => m.character)).toEqual(["old ferryman"]);
  });

  it("keeps a figure's label past a bracketed age ('Boy (maybe 7) says: …')", () => {
    const text = "Sacral hold. Boy (maybe 7) says: wait for me.";
    expect(messages(text).map((m) => m.character)).toEqual(["boy"]);
    expect(characters(text)).toEqual(["boy"]);
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

describe("a figure introduced by a description, with no verb", () => {
  it("takes 'Then a hare at the edge of the wood.' for the hare appearing, and its later bare name for it", () => {
    const text = "Held occiput. Then a hare at the edge of the wood. Brown, still, alert. Hare says: run.";
    expect(characters(text)).toEqual(["hare"]);
    expect(messages(text).map((m) => m.character)).toEqual(["hare"]);
  });

  it("reads a place and a participle after a comma ('An old woman by the fire, knitting.')", () => {
    expect(characters("Sacral hold. An old woman by the fire, knitting.")).toEqual(["old woman"]);
  });

  it("reads a figure in scare quotes, and its colour makes the appearance imagery too", () => {
    const text = "Throat work. A 'watchman' in a red cloak standing at her throat.";
    expect(characters(text)).toEqual(["watchman"]);
    expect(piecesOf(text, "visual").map((v) => v.colours)).toEqual([["red"]]);
  });

  it("keeps the label of the description for the bare noun after it", () => {
    const text =
      "Held feet. A tall girl in a green coat at the far end of the lane. Girl says: keep it secret.";
    expect(characters(text)).toEqual(["tall girl"]);
    expect(messages(text).map((m) => m.character)).toEqual(["tall girl"]);
  });

  it("reads the description after an opener set off by a colon, and a figure with a phrase of age between commas", () => {
    expect(characters("Held feet. Then: a lynx at the edge of the rocks.")).toEqual(["lynx"]);
    expect(characters("Held feet. A little boy, maybe four, hiding behind a curtain.")).toEqual([
      "little boy",
    ]);
  });

  it("does not take a being heard, or a sensation, for a figure", () => {
    expect(characters("Sacral hold. A baby crying somewhere next door.")).toEqual([]);
    expect(characters("Sacral hold. A lot of heat in the chest.")).toEqual([]);
  });

  it("does not take a sentence with a verb of its own for a description", () => {
    expect(characters("Sacral hold. A nurse at the clinic had told her to rest.")).toEqual([]);
  });
});

describe("the client's turn to a figure, told without quotation marks", () => {
  const boy = "Held feet. A boy under the table. ";

  it("reads a reply with a manner adverb before its clause ('replies quietly that…')", () => {
    expect(messages(boy + "Pt replies quietly that he was never alone.").map((m) => m.text)).toEqual([
      "Pt replies quietly that he was never alone",
    ]);
  });

  it("reads a question after its preposition ('asks from what')", () => {
    expect(messages(boy + "Asha asks from what he is hiding.").map((m) => m.character)).toEqual(["boy"]);
    expect(messages(boy + "Asha asks him from what.").map((m) => m.character)).toEqual(["boy"]);
  });

  it("reads thanks given to the figure, though the tagger takes 'thanks' for a noun", () => {
    expect(messages(boy + "Pt thanks the boy.").map((m) => m.character)).toEqual(["boy"]);
  });

  it("takes a name that puts a question to the figure for the client", () => {
    const text = "Held the sacrum. Pt sees a fox. Much later, after a long still point, Lena asks it why.";
    expect(messages(text).map((m) => m.character)).toEqual(["fox"]);
  });

  it("reads the figure's answer given by its label in running notes ('Fox: from being seen.')", () => {
    const found = messages(
      "Held the sacrum. A fox at the edge of the field. Lena asks it from what. Fox: from being seen.",
    );
    expect(found.map((m) => [m.character, m.text])).toEqual([
      ["fox", "Lena asks it from what"],
      ["fox", "from being seen"],
    ]);
    expect(
      messages("Held her hips. Pt asks the jaw what it keeps. Jaw: the shouting.").map((m) => m.regions),
    ).toEqual([["jaw"], ["jaw"]]);
  });

  it("does not read a finding or a description by its label as a turn", () => {
    expect(messages("Held her neck. Neck: tight on the left.")).toEqual([]);
    expect(messages("Held the sacrum. Pt sees a fox. Fox: red, thin, limping.")).toEqual([]);
  });

  it("labels the client's turn with the figure spoken to", () => {
    expect(messages(boy + "Pt tells him: you can come out now.").map((m) => m.character)).toEqual(["boy"]);
  });
});

describe("a figure's words before the first technique", () => {
  it("does not take the figure's 'says' and 'have been' for check-in talk", () => {
    const found = messages("Stag says: I have been waiting for you. Pt asks for whom. Held occiput.");
    expect(found.map((m) => [m.character, m.text])).toEqual([
      ["stag", "Stag says: I have been waiting for you"],
      ["stag", "Pt asks for whom"],
    ]);
  });

  it("keeps the client's own check-in out of the pieces", () => {
    const text = "Says she has been sleeping badly. Held occiput. Feels warmth in chest.";
    expect(piecesOf(text).map((p) => p.text)).toEqual(["Feels warmth in chest"]);
  });

  it("keeps a relative's words reported at check-in out of the pieces", () => {
    const text = "Mother says: she has been worried about her. Held occiput. Feels warmth in chest.";
    expect(piecesOf(text).map((p) => p.text)).toEqual(["Feels warmth in chest"]);
  });
});

describe("an observations section that tells what the client reported", () => {
  it("reads the client's experiences and the figure's turns once a clause of 'O:' has the client as subject", () => {
    const text =
      "Tx: supine. Vault hold, sacral hold.\n" +
      "O: At the sacrum pt reports a dull ache in the low back. Sees a dark hallway. " +
      "A boy in a grey coat by the stairs. Boy says: nobody comes. Pt replies silently that she is here now.";
    expect(characters(text)).toEqual(["boy"]);
    expect(messages(text).map((m) => m.text)).toEqual([
      "Boy says: nobody comes",
      "Pt replies silently that she is here now",
    ]);
    expect(piecesOf(text, "body_sensation")).toHaveLength(1);
  });

  it("keeps an observations section of findings alone out of the pieces", () => {
    expect(
      piecesOf("O: Occiput compressed L>R. Reduced motion at sacrum.\nTx: CV4, then sacral hold."),
    ).toEqual([]);
  });

  it("does not take the client's position for the client reporting ('O: Pt supine.')", () => {
    expect(piecesOf("O: Pt supine. Restriction L temporal, tight R shoulder.\nTx: CV4.")).toEqual([]);
    expect(
      piecesOf("O: Client prone, breathing shallow. Sacrum compressed, L hip tight.\nTx: sacral hold."),
    ).toEqual([]);
  });
});

describe("subjectless and labelled turns of note shorthand", () => {
  const owl = "Held occiput. Pt sees an owl on a fence post. ";

  it("takes a subjectless present-tense turn to the figure for the client's ('Asks the owl what it wants.')", () => {
    expect(messages(owl + "Asks the owl what it wants.").map((m) => m.character)).toEqual(["owl"]);
  });

  it("does not take the client's question to the practitioner for a turn to the figure", () => {
    expect(piecesOf(owl + "Asks if the tingling in her hands is normal.").map((p) => p.kind)).toEqual([
      "character",
    ]);
  });

  it("reads a label naming who speaks to whom ('Pt to owl: …')", () => {
    expect(messages(owl + "Pt to owl: why are you here?").map((m) => [m.character, m.text])).toEqual([
      ["owl", "Pt to owl: why are you here"],
    ]);
  });

  it("gives a subjectless 'Says:' to the figure that was the subject just before", () => {
    const found = messages("Held occiput. An owl lands. Says: you are safe now.");
    expect(found.map((m) => [m.character, m.text])).toEqual([["owl", "Says: you are safe now"]]);
  });

  it("leaves a subjectless 'Says:' of the client's report alone", () => {
    expect(messages("Lies on her back. Held feet. Says: fizzing in the low back.")).toEqual([]);
  });
});

describe("a figure's words labelled as its message", () => {
  const owl = "Held occiput. Pt sees an owl in a tree. ";

  it("gives 'Message: …' to the figure in conversation, quoted or not", () => {
    expect(messages(owl + "Message: you can stop running.").map((m) => m.character)).toEqual(["owl"]);
    expect(messages(owl + "Message: 'you can stop running'.").map((m) => m.character)).toEqual(["owl"]);
  });

  it("gives \"Owl's message: …\" and 'Message from the owl: …' to the owl", () => {
    expect(messages(owl + "Owl's message: 'rest'.").map((m) => m.character)).toEqual(["owl"]);
    expect(messages(owl + "Message from the owl: rest.").map((m) => m.character)).toEqual(["owl"]);
  });

  it("reads no message without a figure", () => {
    expect(messages("Held occiput. Message: rebook in two weeks.")).toEqual([]);
    expect(messages("Held occiput. Asked about sleep. Answer: better since Tuesday.")).toEqual([]);
  });
});

describe("more shorthand for a figure seen and spoken with", () => {
  it("reads 'Image of …', 'Sees: …' and 'Visual: …' as the figure appearing", () => {
    expect(characters("Held occiput. Image of an old woman by the fire.")).toEqual(["old woman"]);
    expect(characters("Held occiput. Sees: a lynx on a rock.")).toEqual(["lynx"]);
    expect(characters("Held occiput. Visual: small boy under the table.")).toEqual(["small boy"]);
  });

  it("does not take a memory of a person for a figure appearing", () => {
    expect(characters("Held occiput. A memory of her father at the beach.")).toEqual([]);
  });

  it("reads a body part's quoted words after an en dash ('Jaw says – …')", () => {
    expect(messages("Held occiput. Jaw says – 'words'.").map((m) => [m.character, m.regions])).toEqual([
      ["jaw", ["jaw"]],
    ]);
  });

  it("reads a figure asked without its article, and its answer by its label", () => {
    const found = messages("Held occiput. Pt sees a bear. Pt asks bear what it wants. Bear: honey.");
    expect(found.map((m) => [m.character, m.text])).toEqual([
      ["bear", "Pt asks bear what it wants"],
      ["bear", "honey"],
    ]);
  });
});

describe("other marks for a quotation without quotation marks", () => {
  it("reads a comma or a dash after the speech verb when the words are in the first or second person", () => {
    expect(
      messages("Pt supine. Held occiput. Stag says, I have carried you this far.").map((m) => m.character),
    ).toEqual(["stag"]);
    expect(messages("Pt supine. Held occiput. Stag says — you can rest.").map((m) => m.character)).toEqual([
      "stag",
    ]);
  });

  it("does not read a comma before an aside as a quotation", () => {
    expect(messages("Pt supine. Held occiput. Pt says, however, the pain is less.")).toEqual([]);
  });

  it("reads the one spoken to in brackets or alone before the colon", () => {
    const stag = "Pt supine. Held occiput. Pt sees a stag. ";
    expect(messages(stag + "Client (to the stag): thank you.").map((m) => m.character)).toEqual(["stag"]);
    expect(messages(stag + "To the stag: thank you.").map((m) => m.character)).toEqual(["stag"]);
  });
});

describe("a figure brought in before its verb, or by 'there's'", () => {
  it("reads a verb of coming before an indefinite figure ('Then comes a small fox', 'In walks an old man')", () => {
    expect(characters("Held feet. Then comes a small fox with a white tail.")).toEqual(["fox"]);
    expect(characters("Held feet. In walks an old man with a lantern.")).toEqual(["old man"]);
  });

  it("reads 'there's' like 'there is'", () => {
    expect(characters("Held feet. There's a girl on the stairs.")).toEqual(["girl"]);
  });

  it("does not take a sensation that comes for a figure", () => {
    expect(characters("Held feet. Then comes the heat, in waves.")).toEqual([]);
  });
});
