// Turns of a conversation with a figure or a body part (issue 17, "Dialogue"): who answers whom,
// a part that takes the floor, a figure spoken to again by name. Sentences written for the patterns.
import { describe, expect, it } from "vitest";
import { piecesOf } from "./support";

function messages(text: string): { character: string | null; text: string }[] {
  return piecesOf(text, "message").map((m) => ({ character: m.character, text: m.text }));
}

describe("turns that alternate", () => {
  it("reads a reply introduced by 'comes the answer' as the figure's turn", () => {
    const found = messages(
      "In the session I invited her to let her knee speak. She asks it what it wants. 'Rest, and fewer stairs,' comes the answer.",
    );
    expect(found.map((m) => m.character)).toEqual(["knee", "knee"]);
    expect(found[1]!.text).toContain("Rest, and fewer stairs");
  });

  it("does not take a speech verb with its own question as the attribution of the quotation before it", () => {
    const found = messages(
      "I invited him to let his hip speak. He reports: 'It says it is worn out.' He asks it what would help.",
    );
    expect(found).toHaveLength(2);
    expect(found[0]!.text).not.toContain("He asks");
    expect(found[1]!.text).toContain("asks it what would help");
    expect(found.every((m) => m.character === "hip")).toBe(true);
  });
});

describe("a body part that takes the floor", () => {
  it("gives the turns after 'my knee started talking' to the knee", () => {
    const found = messages(
      "Halfway through, my knee started talking. It said, “Slow down.” I asked why. It said, “Because you never stop.”",
    );
    expect(found.map((m) => m.character)).toEqual(["knee", "knee", "knee"]);
    expect(found[1]!.text).toBe("I asked why");
  });

  it("reads 'began to speak' the same way, side included", () => {
    const found = messages("Then my left hip began to speak. It said, “I carry too much.”");
    expect(found.map((m) => m.character)).toEqual(["left hip"]);
  });

  it("reads no turn when the part did not speak", () => {
    expect(messages("My knee never started talking. It said nothing at all.")).toEqual([]);
  });
});

describe("a figure spoken to again by name", () => {
  it("takes 'I asked the owl if…' as a turn long after the owl last spoke, and its answer after", () => {
    const found = messages(
      [
        "During the session a grey owl was sitting on a branch.",
        'It said, "Look closer."',
        "My jaw ached for a while.",
        "Then my feet went warm.",
        "Later my breathing slowed right down.",
        "I asked the owl if it would stay.",
        'It said, "For a little while."',
      ].join(" "),
    );
    expect(found.map((m) => m.character)).toEqual(["owl", "owl", "owl"]);
    expect(found[1]!.text).toBe("I asked the owl if it would stay");
  });

  it("takes 'she tells her heart…' as the client's turn to the heart", () => {
    const found = messages(
      [
        "I invited her to let her heart speak.",
        "It says, 'I am tired.'",
        "Her breathing deepened.",
        "Her feet twitched.",
        "Her jaw softened.",
        "She tells her heart that she will listen.",
      ].join(" "),
    );
    expect(found.map((m) => m.character)).toEqual(["heart", "heart"]);
    expect(found[1]!.text).toContain("She tells her heart");
  });
});

describe("a dialogue written as a script", () => {
  it("reads a name that opens several lines, with the client's lines between, as a figure", () => {
    const found = messages(
      "I lay on the table and my chest felt tight.\n\nWARDEN: You should not be here.\nME: Why not?\nWARDEN: Because I said so.",
    );
    expect(found.map((m) => m.character)).toEqual(["warden", "warden", "warden"]);
    expect(found[1]!.text).toContain("Why not");
  });

  it("reads no figure in labels that open one line each", () => {
    expect(
      messages(
        "Summary: I felt calmer after the session.\nOutcome: less pain in my neck.\nMe: happy with that.",
      ),
    ).toEqual([]);
  });

  it("keeps a line's second sentence in the figure's turn, so its words are not the client's emotion", () => {
    const text =
      "In my session a small boy sat on the step.\nBOY: Go away. I am scared of you.\nME: Why?\nBOY: You left me here.";
    expect(messages(text).map((m) => m.character)).toEqual(["small boy", "small boy", "small boy"]);
    expect(piecesOf(text, "emotion")).toEqual([]);
  });
});

describe("a figure known for someone, and the name it is given", () => {
  const text =
    "Lying there I saw a row of apple trees, and a man in a brown coat with his back to me, who I somehow knew was my great-grandfather Walter. " +
    "Nothing else came.\n\nThat night I slept badly. Dreamt about him. We were in a shed full of tools. " +
    "He turned round and said, 'Mind your hands.' I asked him why. Walter smiled.";

  it("finds the figure a relative clause identifies, as one piece, with the name and the kin's aspect", () => {
    const chars = piecesOf(text, "character");
    expect(chars.map((c) => [c.character, c.aspect])).toEqual([["walter", "ancestor"]]);
    expect(chars[0]!.text).toContain("great-grandfather Walter");
  });

  it("brings the figure back when the client dreams of it, so its words later are its turns", () => {
    const found = messages(text);
    expect(found.map((m) => m.character)).toEqual(["walter", "walter"]);
    expect(found[0]!.text).toContain("Mind your hands");
  });

  it("gives a figure recognised as a grandparent that name when the text goes on calling it so", () => {
    const chars = piecesOf(
      "In my session a woman stood by the gate. I knew it was my grandmother. My grandmother waved.",
      "character",
    );
    expect(chars.map((c) => c.character)).toEqual(["grandmother", "grandmother"]);
  });
});

describe("who 'him' and 'her' refer to", () => {
  it("learns a figure's gender from the pronoun it is called by, so words told to 'her' are not its turn", () => {
    const found = messages(
      [
        "Maya had her hands under my head when the Keeper appeared by a well. I am calling him the Keeper.",
        "“Who are you?” I asked.",
        "“The one who keeps the water,” he said.",
        "Maya asked what was happening and I told her about the well.",
      ].join("\n"),
    );
    expect(found.map((m) => m.character)).toEqual(["keeper", "keeper"]);
    expect(found.some((m) => m.text.includes("told her"))).toBe(false);
  });

  it("takes a question asked of 'him' a little after the conversation went quiet as a turn to the figure", () => {
    const found = messages(
      [
        "In my session an old man stood at the edge of a lake.",
        "“Why are you here?” I asked him.",
        "“To wait for you,” he said.",
        "My legs started twitching.",
        "They kicked for a minute.",
        "After that I cried for a long time.",
        "My breathing slowed.",
        "“Will you come back?” I asked him.",
        "“Whenever you call,” he said.",
      ].join("\n"),
    );
    expect(found.map((m) => m.character)).toEqual(["old man", "old man", "old man", "old man"]);
  });
});

describe("a figure that comes in speaking", () => {
  it("gives the quotation to a figure that appears in the same sentence, past an apposition", () => {
    const found = messages(
      'Then a tall woman in a green coat appeared, barefoot and calm, smiling, and said, "You can stop now."',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toContain("You can stop now");
    expect(found[0]!.character).toBe("tall woman");
  });

  it("does not give it the words someone else says in that sentence", () => {
    const found = messages('Then a tall figure in a green coat appeared, and I said, "Who are you?"');
    expect(found.every((m) => !m.text.includes("Who are you") || m.character === "tall figure")).toBe(true);
  });

  it("finds a figure set off by a colon after 'there was'", () => {
    const chars = piecesOf(
      "There was: a woman made of soft blue light, who knelt beside the child.",
      "character",
    );
    expect(chars.map((c) => c.character)).toEqual(["woman"]);
  });
});

describe("reported speech in an open conversation", () => {
  it("takes 'and it said it wanted…' as the answer of the sensation asked", () => {
    const found = messages("We asked the heaviness what it wanted, and it said it wanted to be held.");
    expect(found.map((m) => m.character)).toEqual(["heaviness", "heaviness"]);
    expect(found[1]!.text).toContain("it said it wanted to be held");
  });

  it("lets an animal be 'she' or 'he'", () => {
    const found = messages(
      "In my session a fox sat beside me in the snow. She said that it was time to rest.",
    );
    expect(found.map((m) => m.character)).toEqual(["fox"]);
  });

  it("reads no turn in a figure that said nothing", () => {
    const found = messages(
      "Later in the session a grey heron landed near me. The heron said nothing for a while, then told me to slow down.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toContain("told me to slow down");
  });

  it("takes a describing apposition for the figure just met, and what it tells as its turn", () => {
    const text = "A harsh judge showed up, a cold voice telling me I was useless. I told it to leave.";
    expect(piecesOf(text, "character").map((c) => c.character)).toEqual(["judge"]);
    const found = messages(text);
    expect(found.map((m) => m.character)).toEqual(["judge", "judge"]);
    expect(found[0]!.text).toContain("telling me I was useless");
  });

  it("reads the name after a kin word even when the tagger takes it for a verb, and the name's later words", () => {
    const text =
      "A woman appeared at the door. Later I realised she was my great-aunt Rose. Rose smiled and told me I was loved.";
    expect(piecesOf(text, "character").every((c) => c.character === "rose")).toBe(true);
    expect(messages(text)).toEqual([
      { character: "rose", text: expect.stringContaining("told me I was loved") },
    ]);
  });
});

describe("what is not a figure speaking", () => {
  it("does not take a thing that is named ('is called', 'called the…') for a figure, nor the name for its words", () => {
    expect(
      piecesOf("This method is called 'Unwinding the Knot' by its author.").filter(
        (p) => p.kind === "character" || p.kind === "message",
      ),
    ).toEqual([]);
    expect(piecesOf("She worked on the small muscle called the piriformis.", "character")).toEqual([]);
  });

  it("does not take a case told in general ('When a healer touches your body…') for a figure that appears", () => {
    expect(piecesOf("When a healer touches your body, she is guiding the energy.", "character")).toEqual([]);
    expect(
      piecesOf(
        "When a practitioner holds a person, feeling for tension, the tension starts to ease.",
        "character",
      ),
    ).toEqual([]);
  });

  it("still finds the figure that appears in a session told in the present", () => {
    expect(
      piecesOf("When she closes her eyes a little girl appears.", "character").map((c) => c.character),
    ).toEqual(["little girl"]);
  });
});

describe("figures in letters and lists", () => {
  it("finds a figure that comes after the technique in the same clause, and its turns", () => {
    const text =
      'Dear Sam, thank you for Friday. When you held my head a badger came to me. It sniffed my hand and I asked it why it had come. It said, "To help you dig."';
    expect(piecesOf(text, "character").map((c) => c.character)).toEqual(["badger"]);
    expect(messages(text).map((m) => m.character)).toEqual(["badger", "badger"]);
  });

  it("takes a quoted name that shows up for a figure, and the client's reply right after its words", () => {
    const text =
      "- jaw soft\n- 'Tiny Fern' showed up = me as a six year old\n- she said 'you stopped singing'\n- I said I know\n";
    const chars = piecesOf(text, "character");
    expect(chars.map((c) => [c.character, c.aspect])).toEqual([["tiny fern", "child"]]);
    expect(messages(text).map((m) => m.text)).toEqual(["she said 'you stopped singing'", "I said I know"]);
  });

  it("does not take a technique clause's person for a figure", () => {
    expect(piecesOf("When you held my feet a nurse knocked on the door.", "character")).toEqual([]);
  });
});

describe("questions asked and words that are reports", () => {
  it("takes 'spoke to the horse, asking whether it remembered her' as the client's turn", () => {
    const text =
      "She then saw a grey donkey standing in a field. Her hips softened. Her breathing slowed. Her feet went warm. " +
      "She spoke to the donkey, asking whether it remembered her.";
    const found = messages(text);
    expect(found.map((m) => m.character)).toEqual(["donkey"]);
    expect(found[0]!.text).toContain("asking whether it remembered her");
  });

  it("does not take 'she said her womb felt…' for a turn to the figure ('her' before a noun is a possessive)", () => {
    const text =
      "She saw a white goat on a hill. It said, 'Rest now.' A golden warmth filled her belly, and she said her womb felt 'as if it were being rocked'.";
    expect(messages(text).map((m) => m.text)).toEqual(["It said, 'Rest now.'"]);
  });

  it("does not take a verb with its own object and reported clause for the attribution of the line before it", () => {
    const text =
      "Invited her to let the knee speak. Knee: 'I'm tired of carrying you.' Client: 'What would help?' Knee: 'Slowing down.' Client told it she'd try.";
    const found = messages(text);
    expect(found.find((m) => m.text.includes("Slowing down"))!.text).not.toContain("Client told");
  });
});

describe("inner voices and felt things spoken with", () => {
  it("takes a voice heard in the head for a figure, not the head for a speaking part", () => {
    const text = 'During the session I heard a voice in my head saying, "You can put it down."';
    expect(piecesOf(text, "character").map((c) => c.character)).toEqual(["voice"]);
    expect(messages(text).map((m) => m.character)).toEqual(["voice"]);
  });

  it("reads what a voice 'kept saying' as its turn, the reported clause without 'that'", () => {
    const text =
      "In my session a harsh voice kept saying I was too slow. I told it that I was doing my best.";
    const found = messages(text);
    expect(found.map((m) => m.character)).toEqual(["voice", "voice"]);
    expect(found[0]!.text).toContain("I was too slow");
  });

  it("speaks with an emotion asked directly ('I asked the fear where it lived')", () => {
    const found = messages("I asked the sadness where it lived. It answered that it lived in my chest.");
    expect(found.map((m) => m.character)).toEqual(["sadness", "sadness"]);
  });

  it("brings in an inner figure by asking it, and its answer", () => {
    const found = messages(
      "Lying on the table I felt my belly soften. I asked my younger self what she needed. She said she wanted to play.",
    );
    expect(found.map((m) => m.character)).toEqual(["younger self", "younger self"]);
  });

  it("does not bring in a person of the client's life by asking them", () => {
    expect(messages("Lying on the table I felt my belly soften. I asked my sister what she needed.")).toEqual(
      [],
    );
  });
});

describe("relatives in the room", () => {
  it("does not take a relative showing a feeling for a figure, nor the client's words after for its turn", () => {
    const text =
      'She began to cry softly. Her father was crying too. At the end J. said, "Maybe my back is not broken."';
    expect(piecesOf(text, "character")).toEqual([]);
    expect(messages(text)).toEqual([]);
  });

  it("still takes a relative seen in the session for a figure", () => {
    expect(
      piecesOf("She saw her grandmother. Her grandmother was smiling at her.", "character"),
    ).toHaveLength(1);
  });
});

describe("a script the client opens", () => {
  it("takes the client's first line as said to the one who answers on the next line", () => {
    const found = messages(
      "Me: Why are you so tight?\nJaw: Because you never rest.\nMe: What would help?\nJaw: Sleep.",
    );
    expect(found.map((m) => m.character)).toEqual(["jaw", "jaw", "jaw", "jaw"]);
    expect(found[0]!.text).toContain("Why are you so tight");
  });

  it("reads no turn in the client's line when the next line records a finding", () => {
    const found = messages("Me: how is the neck today?\nNeck: tight on the left.");
    expect(found.some((m) => m.text.includes("how is the neck"))).toBe(false);
  });
});

describe("a part of the self that speaks", () => {
  it("takes 'a part of me whispered that…' for a figure, the part, and its message", () => {
    const text = "During the session a part of me whispered that I was not ready.";
    expect(piecesOf(text, "character").map((c) => c.character)).toEqual(["part"]);
    expect(messages(text).map((m) => m.character)).toEqual(["part"]);
  });

  it("reads no figure in a part of the self that only feels", () => {
    expect(piecesOf("Part of me felt sad.", "character")).toEqual([]);
  });
});

describe("a figure that is the client's older or younger self", () => {
  it("keeps its own noun when the text goes on calling it so", () => {
    const text =
      'Then a tall figure in a blue coat appeared, his own older self, smiling, and said, "You made it." He asked it how it knew. The figure said, "I am you in twenty years."';
    expect(
      new Set(
        piecesOf(text)
          .filter((p) => p.kind === "character" || p.kind === "message")
          .map((p) => p.character),
      ),
    ).toEqual(new Set(["tall figure"]));
  });

  it("stays the older self when the text calls it so", () => {
    const text =
      'Then a tall figure in a blue coat appeared, his own older self, smiling, and said, "You made it." His older self said, "Keep going."';
    expect(piecesOf(text, "character").map((c) => c.character)).toEqual(["older self"]);
  });
});

describe("the part a figure plays, from words beside it", () => {
  it("takes a figure made of light, past its adjectives, for a guide", () => {
    const [c] = piecesOf("In my session a man of warm silver light was standing beside me.", "character");
    expect(c!.aspect).toBe("guide");
  });

  it("takes kin set beside the figure for its aspect", () => {
    const [c] = piecesOf(
      "In my session I saw a woman in a red shawl by a fire, 'my great-grandmother, I think'.",
      "character",
    );
    expect(c!.aspect).toBe("ancestor");
  });

  it("does not take a relative named elsewhere in the sentence for the figure's kin", () => {
    const [c] = piecesOf("In my session I saw a woman sitting beside my grandmother.", "character");
    expect(c?.aspect ?? "other").not.toBe("ancestor");
  });
});
