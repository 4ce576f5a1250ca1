// Figures and their dialogue in wordings beyond the stock ones: open-class figure nouns, inverted
// and dream introductions, re-mentions, gestures between turns, bare and script-format turns.
import { describe, expect, it } from "vitest";
import { kindsOf, piecesOf } from "./support";

const REFLECTION = "In my session today I felt my chest soften and I saw a harbour. ";

describe("figures named by any noun for a being", () => {
  it("takes a role noun shaped like a person as a figure", () => {
    const chars = piecesOf("A beekeeper appeared at the end of the lane.", "character");
    expect(chars.map((c) => c.character)).toEqual(["beekeeper"]);
  });

  it("takes trades, folk beings and animals outside the stock list", () => {
    for (const [text, label] of [
      ["A midwife stood by the window.", "midwife"],
      ["A goblin sat on the stool.", "goblin"],
      ["A kingfisher appeared over the water.", "kingfisher"],
    ] as const) {
      expect(piecesOf(text, "character").map((c) => c.character)).toEqual([label]);
    }
  });

  it("takes any noun that speaks as a figure", () => {
    const found = piecesOf('A tall scarecrow nodded and said, "Keep walking."');
    expect(found.some((p) => p.kind === "message" && p.character === "scarecrow")).toBe(true);
  });

  it("finds a figure after a fronted place phrase", () => {
    expect(piecesOf("Beside the fountain a young shepherd was waiting.", "character")).toHaveLength(1);
  });

  it("finds a figure met in a dream", () => {
    const chars = piecesOf("Last night I dreamed of my grandmother in her garden.", "character");
    expect(chars.map((c) => c.aspect)).toEqual(["ancestor"]);
  });

  it("does not make a figure of a thing", () => {
    expect(piecesOf("A shaft of light appeared on the floor.", "character")).toEqual([]);
  });
});

describe("a figure met again", () => {
  it("does not count a definite re-mention as a new appearance", () => {
    const text = "A hare appeared in the field. The hare sniffed the air.";
    expect(piecesOf(text, "character")).toHaveLength(1);
  });

  it("counts a return", () => {
    const text = "A hare appeared in the field. Later the hare came back again.";
    expect(piecesOf(text, "character")).toHaveLength(2);
  });
});

describe("turns around gestures, bare turns and script format", () => {
  it("keeps the figure's turn after its gesture, without taking the gesture as movement", () => {
    const text = `${REFLECTION}A badger appeared under the hedge. It tilted its head. "Soon." "When?" I asked. "When you rest," it said.`;
    const found = piecesOf(text);
    expect(found.filter((p) => p.kind === "message")).toHaveLength(3);
    expect(found.filter((p) => p.kind === "movement")).toEqual([]);
  });

  it("keeps the client's turns with a he or she figure", () => {
    const text = `${REFLECTION}An old sailor sat on the harbour wall. "Are you lost?" I asked him. "No," he said.`;
    const msgs = piecesOf(text, "message");
    expect(msgs).toHaveLength(2);
    expect(msgs.every((m) => m.character === "old sailor")).toBe(true);
  });

  it("reads script-format turns with a body part", () => {
    const text =
      "Client spoke with her jaw.\nJaw: 'I am tired of clenching.'\nClient: 'What would help?'\nJaw: 'Rest.'";
    const msgs = piecesOf(text, "message");
    expect(msgs).toHaveLength(3);
    expect(msgs.every((m) => m.regions.includes("jaw"))).toBe(true);
  });
});

describe("figures named, identified or described later", () => {
  it("takes the figure a shape turns out to be, and a name given to it", () => {
    const text = `${REFLECTION}A shape came out of the mist: a thin ferryman with a lamp. I'll call him the Boatman. "Not yet," the Boatman said.`;
    const found = piecesOf(text);
    const chars = found.filter((p) => p.kind === "character");
    // Called the Boatman from then on: the label is the name the text settles on.
    expect(chars.map((c) => c.character)).toEqual(["boatman", "boatman"]);
    expect(found.filter((p) => p.kind === "message").map((m) => m.character)).toEqual(["boatman"]);
  });

  it("takes a figure identified as someone in a copular clause", () => {
    expect(piecesOf("A girl of seven was the shopkeeper, counting buttons.", "character")).toHaveLength(1);
  });

  it("takes a figure introduced by what it does in a relative clause", () => {
    expect(piecesOf("A woman of pale blue light, who sat down beside me, hummed.", "character")).toHaveLength(
      1,
    );
  });
});

describe("session talk that is not a recollection or an insight", () => {
  it("does not take 'I remember thinking' about the session as a memory", () => {
    expect(piecesOf(`${REFLECTION}I remember thinking how still the room was.`, "memory")).toEqual([]);
  });

  it("takes 'I saw that there was' as seeing a scene, not an insight", () => {
    const kinds = piecesOf(
      `${REFLECTION}I saw that past the wall there was an orchard, pink with blossom.`,
    ).map((p) => p.kind);
    expect(kinds).toContain("visual");
    expect(kinds).not.toContain("insight");
  });

  it("keeps the figure's quotation that follows its attributed one", () => {
    const text = `${REFLECTION}A tall heron stood in the reeds. "Wait," it said. "The tide is turning."`;
    expect(piecesOf(text, "message")).toHaveLength(2);
  });
});

describe("note headers and scenes", () => {
  it("keeps a heading with its content on the same line to that line", () => {
    const text =
      "Session 3 with Lena.\nPresenting: jaw pain, poor sleep.\nI began at the feet. Her shoulders softened within minutes.";
    expect(piecesOf(text).map((p) => p.kind)).toEqual(["release"]);
  });

  it("takes a figure among the things seen", () => {
    const chars = piecesOf("She saw a silver mist and then an old man with a lantern.", "character");
    expect(chars.map((c) => c.character)).toEqual(["old man"]);
  });
});

describe("shorthand and reported speech", () => {
  it("takes a figure listed after a 'figure:' label", () => {
    expect(piecesOf("- figure: a hooded monk by the well", "character")).toHaveLength(1);
  });

  it("does not take the client's quoted remark to the practitioner as a turn to a figure", () => {
    const text = "- figure: a hooded monk by the well\n- notes\n- pt: 'I never get to rest.'";
    expect(piecesOf(text, "message")).toEqual([]);
  });

  it("takes a turn the figure 'seemed to say'", () => {
    const text = `${REFLECTION}A grey hare sat by the gate. "Go gently," it seemed to say.`;
    expect(piecesOf(text, "message").map((m) => m.character)).toEqual(["hare"]);
  });

  it("dates a regression with an adverb before the age", () => {
    expect(piecesOf("I was suddenly eight again, in the school hall.", "memory")[0]!.age).toBe(8);
  });
});

describe("two figures in one scene", () => {
  it("follows the turn to the other figure when 'he' answers a woman", () => {
    const text =
      "In the session I felt my back settle. A little boy sat on the steps. Then an old woman came and sat beside him. " +
      "She said to him, “Time to go in.” He pouted. “Not yet.” “Why not?” I asked. “I'm waiting,” he said.";
    const msgs = piecesOf(text, "message");
    expect(msgs.map((m) => m.character)).toEqual(["old woman", "little boy", "little boy", "little boy"]);
  });
});

describe("named clients and named figures in a note", () => {
  const note =
    "Ruth, 47. Hands under the sacrum. Within minutes Ruth's pelvis began to rock. " +
    "A stern governess appeared by the door, wagging a finger. Ruth calls her Miss Thorne. " +
    "Miss Thorne says Ruth is careless. Her breathing deepens.";

  it("takes the named client's own body as the client's", () => {
    expect(piecesOf(note, "movement")[0]!.regions).toEqual(["pelvis"]);
  });

  it("takes what a figure named later says as its message", () => {
    const msgs = piecesOf(note, "message");
    expect(msgs.map((m) => m.character)).toEqual(["miss thorne"]);
  });

  it("takes a deepening breath in the present tense as a release", () => {
    expect(piecesOf(note, "release")).toHaveLength(1);
  });
});

describe("people in a recalled event", () => {
  it("does not take a person in a memory for a figure", () => {
    expect(piecesOf("When I was seven a nurse came in and sat with me.", "character")).toEqual([]);
    expect(piecesOf("I remembered how a neighbour walked me home.", "character")).toEqual([]);
  });

  it("labels a figure with the word as written", () => {
    expect(piecesOf("A neighbour appeared at the gate.", "character")[0]!.character).toBe("neighbour");
  });
});

describe("the part a figure plays, from what it does", () => {
  it("reads a figure keeping watch as a protector and one leading the way as a guide", () => {
    expect(piecesOf("A grey goose stood on the bank, keeping watch.", "character")[0]!.aspect).toBe(
      "protector",
    );
    expect(piecesOf("A boatman appeared and led me down the lane.", "character")[0]!.aspect).toBe("guide");
  });
});

describe("words for figures that name no figure", () => {
  it("does not take half of a compound adjective for a figure", () => {
    expect(kindsOf("The hyoid is a small horseshoe-shaped bone.")).not.toContain("character");
    expect(kindsOf("It was a bird-like sound far away.")).not.toContain("character");
  });

  it("does not take 'the guy' or 'the woman' never brought in before for a figure of imagery", () => {
    const text = "I began at his feet. After a while the guy said, “Feels like my back is melting.”";
    expect(kindsOf(text)).not.toContain("character");
    expect(kindsOf(text)).not.toContain("message");
  });

  it("still follows a plain person first met in imagery", () => {
    const kinds = kindsOf("He saw an old man by the river. The man said, “Rest now.”");
    expect(kinds).toContain("character");
    expect(kinds).toContain("message");
  });
});
