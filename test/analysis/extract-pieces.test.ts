// Behaviour of the narrative extractor on the hard cases the spec names, in our own wording.
import { describe, expect, it } from "vitest";
import { extractPieces } from "../../src/analysis";
import { kindsOf, onlyPiece, piecesOf } from "./support";

describe("what is not a piece", () => {
  it("ignores a negated experience", () => {
    expect(kindsOf("She did not feel any warmth in her hands.")).not.toContain("temperature");
    expect(kindsOf("No colours came this time.")).not.toContain("visual");
    expect(kindsOf("He reported no tingling at all.")).not.toContain("body_sensation");
  });

  it("keeps what was felt next to what was not", () => {
    const text = "No images came, but a heaviness settled into her legs.";
    expect(kindsOf(text)).not.toContain("visual");
    expect(onlyPiece(text, "body_sensation").regions).toEqual(["legs"]);
  });

  it("ignores a practitioner's question the client did not confirm", () => {
    expect(piecesOf("I asked whether she could sense a colour; she shook her head.")).toEqual([]);
    expect(piecesOf("I asked if there was any sound, but he could not say.")).toEqual([]);
  });

  it("keeps what the client answers to a question", () => {
    const text = "I asked whether she could sense a colour, and she said a soft green.";
    expect(onlyPiece(text, "visual").colours).toEqual(["green"]);
  });

  it("ignores technique and hand positions on their own", () => {
    expect(piecesOf("I held the occiput for five minutes, then moved to the sacrum.")).toEqual([]);
    expect(piecesOf("Began with a CV4, then a frontal lift and a pelvic diaphragm release.")).toEqual([]);
  });

  it("keeps what the client felt under the practitioner's hands", () => {
    const text = "I cradled her head. Under my hands her neck softened and she let out a slow breath.";
    const release = onlyPiece(text, "release");
    expect(release.regions).toEqual(["neck"]);
  });

  it("ignores check-in talk before the session begins", () => {
    const text =
      "At check-in she said her back pain had been bad all week and she felt anxious about work. " +
      "I began at the feet. After a while she felt a tingling in her left hand.";
    const pieces = piecesOf(text);
    expect(pieces.map((p) => p.kind)).toEqual(["body_sensation"]);
    expect(pieces[0]!.laterality).toBe("left");
  });
});

describe("idioms", () => {
  it("does not read idioms as experiences", () => {
    expect(piecesOf("I began at the feet. Her colleagues had given her a warm welcome, she said.")).toEqual(
      [],
    );
    expect(kindsOf("I began at the feet. He admitted he has cold feet about the new job.")).toEqual([]);
    expect(kindsOf("I began at the feet. She said her landlord was a pain in the neck.")).toEqual([]);
    expect(kindsOf("I began at the feet. He said the comment really hit home.")).toEqual([]);
  });

  it("reads feeling blue as sadness, not as a colour", () => {
    const text = "As I held her head she said she had been feeling blue, and tears came.";
    expect(kindsOf(text)).not.toContain("visual");
    expect(onlyPiece(text, "emotion").emotions).toEqual(["sadness"]);
  });

  it("reads warmth towards someone as love, not as temperature", () => {
    const text = "She felt a deep warmth towards her younger brother.";
    expect(kindsOf(text)).not.toContain("temperature");
    expect(onlyPiece(text, "emotion").emotions).toEqual(["love"]);
  });
});

describe("colours", () => {
  it.each([
    ["A crimson glow hovered in front of her.", "red"],
    ["She saw lavender mist drifting over a field.", "purple"],
    ["An ivory door stood open.", "white"],
    ["He saw teal water under a bridge.", "turquoise"],
    ["A navy sea stretched away.", "blue"],
    ["Golden light poured over the hills.", "gold"],
    ["A silvery thread ran across the dark.", "silver"],
    ["She pictured amber leaves falling.", "orange"],
  ])("maps a shade to the basic term: %s", (text, colour) => {
    expect(onlyPiece(text, "visual").colours).toContain(colour);
  });

  it("keeps several colours of one image", () => {
    expect(onlyPiece("She saw a scarlet kite against an emerald sky.", "visual").colours.sort()).toEqual([
      "green",
      "red",
    ]);
  });
});

describe("memories", () => {
  it.each([
    ["A memory surfaced of when she was six, waiting at a bus stop.", 6, "childhood"],
    ["He remembered the flat he rented at nineteen.", 19, "adolescence"],
    ["She recalled moving house when she was twenty-three.", 23, "adulthood"],
    ["He remembered being two, in a high chair.", 2, "infancy"],
  ])("reads the age in words: %s", (text, age, period) => {
    const m = onlyPiece(text, "memory");
    expect(m.age).toBe(age);
    expect(m.period).toBe(period);
  });

  it.each([
    ["She remembered the school bus as a teenager.", "adolescence"],
    ["A memory came of lying in a cot as a toddler.", "infancy"],
    ["He had a sense of floating in the dark before he was born.", "prenatal"],
    ["She remembered her grandmother's garden as a child.", "childhood"],
  ])("reads the period with no age: %s", (text, period) => {
    const m = onlyPiece(text, "memory");
    expect(m.age).toBeNull();
    expect(m.period).toBe(period);
  });

  it("does not take a duration for a memory", () => {
    expect(kindsOf("It said it had been waiting there since she was small.")).not.toContain("memory");
  });
});

describe("body regions and sides", () => {
  it("reads left and right as laterality", () => {
    const p = onlyPiece("Her right shoulder twitched twice.", "movement");
    expect(p.regions).toEqual(["shoulders"]);
    expect(p.laterality).toBe("right");
    expect(p.movement).toBe("spasm");
  });

  it("reads both as both, and a plural without both as no side", () => {
    expect(onlyPiece("A pulsing started in both knees.", "body_sensation").laterality).toBe("both");
    expect(onlyPiece("Her shoulders felt heavy.", "body_sensation").laterality).toBeNull();
  });

  it("maps everyday words to region ids", () => {
    expect(onlyPiece("A dull ache sat at the base of her skull.", "body_sensation").regions).toEqual([
      "occiput",
    ]);
    expect(onlyPiece("Warmth spread through her tummy.", "temperature").regions).toEqual(["abdomen"]);
    expect(onlyPiece("Her tailbone felt heavy.", "body_sensation").regions).toEqual(["sacrum"]);
  });

  it("does not count the practitioner's hands as the client's", () => {
    const p = onlyPiece("Under my hands her ribs loosened.", "release");
    expect(p.regions).toEqual(["chest"]);
  });
});

describe("several pieces in one clause", () => {
  it("finds light and warmth in the same span", () => {
    const pieces = piecesOf("A warm golden light filled her chest.");
    const visual = pieces.find((p) => p.kind === "visual")!;
    const temperature = pieces.find((p) => p.kind === "temperature")!;
    expect(visual.colours).toEqual(["gold"]);
    expect(temperature.temperature).toBe("hot");
    expect(visual.regions).toEqual(["chest"]);
    expect([visual.start, visual.end]).toEqual([temperature.start, temperature.end]);
  });

  it("places an emotion where it is felt in the body", () => {
    const p = onlyPiece("She said fear was sitting in her belly.", "emotion");
    expect(p.emotions).toEqual(["fear"]);
    expect(p.regions).toEqual(["abdomen"]);
  });

  it("keeps a tremor and a jerk of one limb apart", () => {
    const moves = piecesOf("His left foot began to shake and then kicked out once.", "movement");
    expect(moves.map((m) => m.movement)).toEqual(["tremor", "spasm"]);
    expect(moves.every((m) => m.laterality === "left")).toBe(true);
  });
});

describe("crying and shivering", () => {
  it("reads crying with no emotion as a release", () => {
    expect(kindsOf("She wept quietly for a while.")).toEqual(["release"]);
  });

  it("reads crying with an emotion named as the emotion", () => {
    const text = "He was crying, sad and relieved at once.";
    expect(kindsOf(text)).not.toContain("release");
    expect(onlyPiece(text, "emotion").emotions.sort()).toEqual(["relief", "sadness"]);
  });

  it("reads shivering alone as cold, not as movement", () => {
    expect(kindsOf("She began to shiver.")).toEqual(["temperature"]);
    expect(onlyPiece("She began to shiver.", "temperature").temperature).toBe("cold");
  });
});

describe("characters and messages", () => {
  const story =
    'A small boy in a red jumper appeared by the river. The boy said, "Wait for me." ' +
    'She recognised him as Tommy, her younger self. Tommy asked, "Why did you go?" ' +
    "She told him she had been scared.";

  it("keeps one label for a figure named in several ways", () => {
    const labels = new Set(
      piecesOf(story)
        .filter((p) => p.kind === "character" || p.kind === "message")
        .map((p) => p.character),
    );
    expect(labels.size).toBe(1);
    // Called Tommy from the recognition on: the label is the name the text settles on.
    expect([...labels][0]).toBe("tommy");
  });

  it("gives the figure its aspect and a visual piece for its colour", () => {
    const character = piecesOf(story, "character")[0]!;
    expect(character.aspect).toBe("child");
    expect(piecesOf(story, "visual")[0]!.colours).toEqual(["red"]);
  });

  it("attributes each turn of the dialogue to the figure", () => {
    const messages = piecesOf(story, "message");
    expect(messages).toHaveLength(3);
    expect(messages[0]!.text).toContain("Wait for me.");
  });

  it("gives a speaking body part its region on every turn", () => {
    const text =
      'I invited her to let her stomach speak. After a pause it said, "I hold everything." ' +
      'She asked it what it needed. It answered, "Time."';
    const messages = piecesOf(text, "message");
    expect(messages).toHaveLength(3);
    for (const m of messages) {
      expect(m.regions).toEqual(["stomach"]);
      expect(m.character).toBe("stomach");
    }
  });

  it("does not make the client's report to the practitioner a message", () => {
    expect(kindsOf('She said, "My legs feel so heavy."')).not.toContain("message");
  });
});

describe("structured and clipped notes", () => {
  const soap =
    "S: Sleeping better. Neck pain 4/10, worse on the left.\n" +
    "O: Tension at C1 on the right.\n" +
    "Tx: CV4, sacral hold, hyoid.\n" +
    "SER: R shoulder dropped and pt reported warmth in her L hand.\n" +
    "P: Review in two weeks. Home: gentle neck stretches.";

  it("takes nothing from the subjective, objective, treatment and plan sections", () => {
    const pieces = piecesOf(soap);
    expect(pieces.map((p) => p.kind).sort()).toEqual(["release", "temperature"]);
  });

  it("reads R and L before a body part as right and left", () => {
    expect(onlyPiece(soap, "release").laterality).toBe("right");
    expect(onlyPiece(soap, "temperature").laterality).toBe("left");
  });

  it("reads 'both of them' after a plural part as both", () => {
    expect(
      onlyPiece("My hands were tingling the whole time, both of them.", "body_sensation").laterality,
    ).toBe("both");
  });
});

describe("quotations", () => {
  it("attributes single-quoted turns", () => {
    const text = "An old heron landed beside her and said, 'Slow down.' She told the heron she was tired.";
    const messages = piecesOf(text, "message");
    expect(messages).toHaveLength(2);
    expect(messages.every((m) => m.character === "old heron")).toBe(true);
  });

  it("does not take a quoted description for speech", () => {
    expect(kindsOf('She said her belly felt "warm and soft".')).not.toContain("message");
  });
});

describe("wider phrasing", () => {
  it("dates a memory by school years and by birth", () => {
    expect(
      onlyPiece("It took her back to primary school, standing alone in the yard.", "memory").period,
    ).toBe("childhood");
    expect(onlyPiece("She relived her own birth.", "memory").period).toBe("birth");
    expect(onlyPiece("As a young mum she had felt so alone.", "memory").period).toBe("adulthood");
  });

  it("reads a list of short lines as separate sentences, negation staying on its line", () => {
    const text = "Session notes\n- No sounds or smells\n- Warmth in her lower belly\n- Saw a blue circle";
    expect(kindsOf(text).sort()).toEqual(["temperature", "visual"]);
  });

  it("attributes speech after an aside between dashes, and after a colon", () => {
    expect(piecesOf('Then a voice – not the practitioner\'s – said "you can rest."', "message")).toHaveLength(
      1,
    );
    const colon = "A black cat appeared on the step. The cat said: stay with me.";
    expect(piecesOf(colon, "message").map((m) => m.character)).toEqual(["cat"]);
  });

  it("needs tears to flow before they are a release", () => {
    expect(kindsOf("Tears rolled down her face.")).toEqual(["release"]);
    expect(kindsOf("She could taste salt, probably the tears.")).toEqual(["taste"]);
  });

  it("reads a part that felt strange as a body sensation", () => {
    expect(onlyPiece("My arms felt like they were not mine.", "body_sensation").regions).toEqual(["arms"]);
  });
});

describe("insights", () => {
  it("finds a realisation about oneself", () => {
    const p = onlyPiece(
      "Near the end he realised he had been bracing for criticism all his life.",
      "insight",
    );
    expect(p.text).toContain("bracing for criticism");
  });
});

describe("edge input", () => {
  it("returns nothing for empty or blank text", () => {
    expect(extractPieces("")).toEqual([]);
    expect(extractPieces("   \n\t ")).toEqual([]);
  });

  it("is deterministic", () => {
    const text = "A warm golden light filled her chest. Her left knee jerked.";
    expect(extractPieces(text)).toEqual(extractPieces(text));
  });
});
