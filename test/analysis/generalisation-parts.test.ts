// Inner figures in the language of parts work and inner-child work: a younger self, an inner child,
// a self of an age, met with whatever verb the sentence gives them, and what is said to them.
import { describe, expect, it } from "vitest";
import { piecesOf } from "./support";

describe("inner figures with their owner's possessive", () => {
  it("meets an inner child or a younger self whatever the verb", () => {
    for (const [text, label] of [
      ["Yesterday I carried my inner child down to the beach.", "inner child"],
      ["For a while I sat with my younger self under the oak.", "younger self"],
      ["In the quiet she held her inner child close.", "inner child"],
      ["Slowly I came to know my little self again, curled up in the dark.", "little self"],
    ] as const) {
      expect(piecesOf(text, "character").map((c) => c.character)).toEqual([label]);
    }
  });

  it("meets a self of an age, however its age is hyphenated", () => {
    for (const text of [
      "On the path I met my seven-year-old self.",
      "I knew at once that she was my 9-year old self.",
      "Then I noticed my ten year old self by the gate.",
    ]) {
      const chars = piecesOf(text, "character");
      expect(chars).toHaveLength(1);
      expect(chars[0]!.aspect).toBe("child");
    }
  });

  it("takes what the writer then tells the inner figure as a turn with it", () => {
    const text = "I found my little self under the stairs. I told her that nobody would hurt her now.";
    const messages = piecesOf(text, "message");
    expect(messages.map((m) => m.character)).toEqual(["little self"]);
  });

  it("labels a self of an age with its age as written, and keeps two ages apart", () => {
    const text =
      "I lay on the table and she began. I met my 4-year-old self by the tree. Later my 12-year-old self appeared by the river.";
    expect(piecesOf(text, "character").map((c) => c.character)).toEqual([
      "4-year-old self",
      "12-year-old self",
    ]);
    expect(piecesOf("She began. I saw my seven-year-old self on the path.", "character")[0]!.character).toBe(
      "seven-year-old self",
    );
  });

  it("finds a figure of an age written with hyphens", () => {
    expect(piecesOf("I saw a 6-year-old boy by the shed.", "character")).toHaveLength(1);
  });

  it("does not meet an inner figure named in general, as a modifier, or as the object of 'of'", () => {
    for (const text of [
      "What does your inner child want from you today?",
      "My inner child work has been slow this winter.",
      "I read a book about the needs of my inner child.",
      "On holiday I was my younger self again.",
      "For a decade I have been working on healing my inner child.",
      "Everyone keeps telling me I need to nurture my younger self.",
    ]) {
      expect(piecesOf(text, "character")).toEqual([]);
    }
  });
});

describe("a figure's hands on its own body", () => {
  it("does not take a figure's hands on its own heart for the session starting", () => {
    const text =
      "In my mind I saw a small boy in a red jumper. He ran to me and took my hand. " +
      "He had both his hands on top of his chest and he was laughing.";
    expect(piecesOf(text, "character").map((c) => c.character)).toEqual(["small boy"]);
  });
});

describe("something inside the self that speaks", () => {
  it("takes 'something inside' that urges or says for a figure, and its whispered words for its message", () => {
    const text =
      'Twenty minutes in I wanted to get up. Something within me spoke. "You can let go now," it said.';
    expect(piecesOf(text, "character").map((c) => c.character)).toEqual(["something within"]);
    expect(piecesOf(text, "message").map((m) => m.character)).toEqual(["something within"]);
  });

  it("does not take something inside that only moves, or something inside a thing, for a figure", () => {
    for (const text of [
      "Something inside me loosened and I sighed.",
      "Something inside the drawer rattled when I moved.",
      "Something inside me did not say a word.",
    ])
      expect(piecesOf(text, "character")).toEqual([]);
  });
});

describe("what the writer says to an inner figure", () => {
  it("takes a quotation broken by its attribution for one turn", () => {
    const text =
      'I found my younger self by the lake. "You did nothing wrong," I said to her, "and you can rest now."';
    const messages = piecesOf(text, "message");
    expect(messages).toHaveLength(1);
    expect(text.slice(messages[0]!.start, messages[0]!.end)).toContain("you can rest now");
  });

  it("keeps two quotations in two sentences as two turns", () => {
    const text = 'I found my younger self by the lake. "Are you cold?" I asked. "A little," she said.';
    expect(piecesOf(text, "message")).toHaveLength(2);
  });

  it("takes assuring the figure of something for a turn", () => {
    const text = "I met my little self in the attic. I assured her that nobody would shout again.";
    expect(piecesOf(text, "message").map((m) => m.character)).toEqual(["little self"]);
  });
});

describe("people of the writer's life are not figures", () => {
  it("does not take a friend or a neighbour who asks or tells for a figure", () => {
    for (const text of [
      "Last spring a friend asked whether I had tried CranioSacral therapy.",
      "A neighbour told me about a practitioner in town.",
    ])
      expect(piecesOf(text, "character")).toEqual([]);
  });

  it("does not take what the writer says after a friend is mentioned for turns with the friend", () => {
    const text =
      "A colleague was running practice sessions and needed volunteers. I asked if I could come. " +
      "I admit that I was nervous.";
    expect(piecesOf(text, "message")).toEqual([]);
  });

  it("does not take someone's relative, owned by a name, for a figure", () => {
    for (const text of [
      "My cousin Ann's father, Joe, is training to be a massage therapist.",
      "My Grandpa's mother who raised him lived to ninety.",
    ])
      expect(piecesOf(text, "character")).toEqual([]);
  });

  it("still takes a friend met in imagery for a figure", () => {
    expect(piecesOf("In the meadow I saw a friend waiting by the gate.", "character")).toHaveLength(1);
  });
});

describe("nouns that only look like figures", () => {
  it("does not take a noun with an infinitive of speech for a being that speaks", () => {
    for (const text of [
      "In my chest there was an urge to shout it all out.",
      "Then came a need to say sorry to everyone.",
    ])
      expect(piecesOf(text, "character")).toEqual([]);
  });

  it("does not take 'the presence of' a thing for a presence", () => {
    expect(piecesOf("Then I noticed the presence of warm air near my feet.", "character")).toEqual([]);
    expect(piecesOf("Then I felt a presence beside me, kind and still.", "character")).toHaveLength(1);
  });

  it("does not take going to see someone for meeting a figure", () => {
    for (const text of [
      "On Friday I drove to see my sister in the city.",
      "Last month I went to see a healer for my back.",
    ])
      expect(piecesOf(text, "character")).toEqual([]);
    expect(piecesOf("In the meadow I saw a healer in a white robe.", "character")).toHaveLength(1);
  });
});

describe("people who are only supposed or counted", () => {
  it("does not take a relative in a supposition for a figure", () => {
    expect(piecesOf("What if my mother appears while I am lying there?", "character")).toEqual([]);
    expect(piecesOf("If I close my eyes my grandmother appears beside me.", "character")).toHaveLength(1);
  });

  it("does not take an irregular plural for a figure", () => {
    for (const text of [
      "I wept for my family and for all the children who came before me.",
      "Two women walked past the window and waved.",
    ])
      expect(piecesOf(text, "character")).toEqual([]);
  });
});

describe("figures behind hyphenated and listed adjectives", () => {
  it("brings in a figure named after adjectives set side by side and a hyphenated noun", () => {
    for (const text of [
      "I saw a graceful, golden she-bear named Mora by the lake.",
      "Then a huge, gentle she-bear named Mora came out of the trees.",
    ])
      expect(piecesOf(text, "character")).toHaveLength(1);
  });
});

describe("a part of the self in a text that speaks of parts", () => {
  const IFS = "In my IFS practice I have been getting to know my parts. ";

  it("meets a part that does something, and takes what the writer tells it for a turn", () => {
    const text = `${IFS}On Tuesday that part and I walked slowly around the garden. I told her that she could rest soon.`;
    expect(piecesOf(text, "character").map((c) => c.character)).toEqual(["part"]);
    expect(piecesOf(text, "message").map((m) => m.character)).toEqual(["part"]);
  });

  it("meets an angry part that speaks up", () => {
    const text = `${IFS}Then the angry part spoke up and told me to leave.`;
    expect(piecesOf(text, "character")).toHaveLength(1);
  });

  it("does not meet a part in a text that does not speak of parts, nor a portion", () => {
    expect(piecesOf("Then the angry part spoke up and told me to leave.", "character")).toEqual([]);
    expect(
      piecesOf(
        "My uncles were firefighters. Then the angry part spoke up and told me to leave.",
        "character",
      ),
    ).toEqual([]);
    for (const text of [
      `${IFS}The best part came at the end of the hour.`,
      `${IFS}Part of the session felt slow.`,
      `${IFS}For each part there is a role it plays.`,
      `${IFS}Her hands rested on my back and the lower part softened.`,
      `${IFS}The tricky part came near the close of the hour.`,
      `${IFS}The part where she cradled my skull went on and on.`,
    ])
      expect(piecesOf(text, "character")).toEqual([]);
  });

  it("meets a part of me that speaks up", () => {
    expect(piecesOf(`${IFS}After a while the quiet part of me spoke up.`, "character")).toHaveLength(1);
  });
});
