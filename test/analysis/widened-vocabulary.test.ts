// One table for the words and patterns added for what real accounts say and the extractor never
// drafted: each row an example that must give a piece of its kind (with the field named, if any)
// and counter-examples that must not. Sentences are written for the pattern, not taken from a corpus.
import { describe, expect, it } from "vitest";
import type { PieceKind } from "../../src/domain";
import { piecesOf } from "./support";

interface Row {
  pattern: string;
  kind: PieceKind;
  examples: readonly string[];
  counterExamples: readonly string[];
  /** The emotion the examples must carry, for emotion rows. */
  emotion?: string;
}

const ROWS: readonly Row[] = [
  {
    pattern: "a sensation that dissolves or fades is a release",
    kind: "release",
    examples: ["Halfway through, the ache dissolved.", "Then the tightness faded and I could breathe."],
    counterExamples: ["The picture on the wall had faded in the sun.", "The sugar dissolved in my tea."],
  },
  {
    pattern: "a loosening, a freeing up of a place",
    kind: "release",
    examples: ["There was a loosening in my jaw.", "Those few minutes freed up my lower back."],
    counterExamples: ["She was loosening the lid of the jar."],
  },
  {
    pattern: "a release felt, with no place named",
    kind: "release",
    examples: ["I felt a big release.", "He felt several small releases."],
    counterExamples: ["The press release came out on Monday."],
  },
  {
    pattern: "a blush, a body spent, a place grown sensitive",
    kind: "body_sensation",
    examples: [
      "I felt myself blush.",
      "Afterwards I was completely worn out.",
      "I felt an odd sensitivity there.",
    ],
    counterExamples: ["The shoes were worn out."],
  },
  {
    pattern: "unusual movements of a limb: windmilling, flapping, wiggling, suckling",
    kind: "movement",
    examples: [
      "My left arm started windmilling.",
      "Her hands were flapping at her sides.",
      "My toes wiggled.",
    ],
    counterExamples: ["The flag was flapping in the wind."],
  },
  {
    pattern: "the self moving is the body moving",
    kind: "movement",
    examples: ["I felt myself rolling over onto my side."],
    counterExamples: ["I found myself turning the idea over."],
  },
  {
    pattern: "the self seen in an image",
    kind: "visual",
    examples: ["I saw myself walking along a beach.", "She saw herself in a small boat."],
    counterExamples: ["I saw myself as a failure."],
  },
  {
    pattern: "a likeness felt in a part of the body",
    kind: "body_sensation",
    examples: ["She felt as if her legs were full of sand.", "It felt like a door opened in my chest."],
    counterExamples: ["It felt like a long week.", "I felt like going home."],
  },
  {
    pattern: "two adjectives with a comma before the sensation's noun",
    kind: "body_sensation",
    examples: ["I noticed a dull, throbbing ache."],
    counterExamples: [],
  },
  {
    pattern: "the whole self aching",
    kind: "body_sensation",
    examples: ["Everything ached the next morning.", "Everything hurt."],
    counterExamples: ["Everything is connected in the body."],
  },
  {
    pattern: "changes felt in a place",
    kind: "body_sensation",
    examples: ["I felt subtle changes in my belly."],
    counterExamples: ["She changes the music before we start."],
  },
  {
    pattern: "a swirl felt somewhere",
    kind: "body_sensation",
    examples: ["I felt a slow swirl in my belly."],
    counterExamples: [],
  },
  {
    pattern: "the state a person leaves the session in",
    kind: "emotion",
    emotion: "calm",
    examples: ["Afterwards I came out energised, relaxed and sleepy.", "She walked out calm."],
    counterExamples: ["I came out of the room at noon.", "The walls are painted a chalky blue."],
  },
  {
    pattern: "a person feeling better is relief",
    kind: "emotion",
    emotion: "relief",
    examples: ["By the end he felt much better.", "I feel better already.", "She left feeling much better."],
    counterExamples: [],
  },
  {
    pattern: "an emotion felt without its name",
    kind: "emotion",
    examples: ["I felt an emotion I could not name.", "Suddenly I felt all sorts of emotions."],
    counterExamples: ["The book is about emotions in children."],
  },
  {
    pattern: "an emotion named, then felt, inside a remembered scene",
    kind: "emotion",
    emotion: "anger",
    examples: ["The memory of that night came back, and the anger I felt then."],
    counterExamples: [],
  },
  {
    pattern: "a person loving someone",
    kind: "emotion",
    emotion: "love",
    examples: ["She loved him deeply.", "At that moment I felt love for my mother."],
    counterExamples: ["I'd love to come back next week.", "Everyone would love a day off."],
  },
  {
    pattern: "joy in strong words",
    kind: "emotion",
    emotion: "joy",
    examples: ["I was thrilled.", "She said she felt ecstatic.", "I was overjoyed."],
    counterExamples: [],
  },
  {
    pattern: "a person growing quiet is calm",
    kind: "emotion",
    emotion: "calm",
    examples: ["He quieted down at once.", "After a while Anna quietened."],
    counterExamples: ["The room quieted down.", "The traffic quietened after midnight."],
  },
];

describe.each(ROWS.map((r) => [r.pattern, r] as const))("%s", (_pattern, row) => {
  it.each(row.examples.map((e) => [e]))("finds it: %s", (example) => {
    const found = piecesOf(example, row.kind);
    expect(found.length, `${row.kind} in: ${example}`).toBeGreaterThan(0);
    if (row.emotion) expect(found.flatMap((p) => p.emotions ?? [])).toContain(row.emotion);
  });

  it.each(row.counterExamples.map((e) => [e]))("leaves it: %s", (counter) => {
    expect(piecesOf(counter, row.kind)).toEqual([]);
  });
});

describe("what is not the experience it seems", () => {
  it("takes a heart that is tugged at as being moved, not a pull in the chest", () => {
    expect(piecesOf("The news tugged at my heart.", "body_sensation")).toEqual([]);
    expect(piecesOf("I felt a tugging in my chest.", "body_sensation")).toHaveLength(1);
  });

  it("takes a part held twisted as a posture, and a part that twists as a movement", () => {
    expect(piecesOf("Her head was twisted to the left.", "movement")).toEqual([]);
    expect(piecesOf("Her head twisted slowly to the left.", "movement")).toHaveLength(1);
  });

  it("takes a wave of emotion welling up as an emotion, not tears", () => {
    expect(piecesOf("Then a wave of emotion welled up inside me.", "release")).toEqual([]);
    expect(piecesOf("Then a wave of emotion welled up inside me.", "emotion")).toHaveLength(1);
    expect(piecesOf("My eyes welled up.", "release")).toHaveLength(1);
  });

  it("takes a visit, a switch and what one did not have to do as no insight", () => {
    expect(piecesOf("A year ago he came to see me with a stiff neck.", "insight")).toEqual([]);
    expect(piecesOf("The lamp clicked off and the room went dark.", "insight")).toEqual([]);
    expect(piecesOf("I didn't have to say anything at all.", "insight")).toEqual([]);
    expect(piecesOf("I realised I don't have to carry this any more.", "insight")).toHaveLength(1);
  });

  it("takes a hot spring or a hot tub as a place, not heat felt", () => {
    expect(piecesOf("Last summer I went to a hot spring with my sister.", "temperature")).toEqual([]);
    expect(piecesOf("My feet felt hot.", "temperature")).toHaveLength(1);
  });

  it("takes being heard as being listened to, not a sound", () => {
    expect(piecesOf("All she wanted was to be heard.", "sound")).toEqual([]);
    expect(piecesOf("For once I felt heard.", "sound")).toEqual([]);
    expect(piecesOf("I heard a faint ringing.", "sound")).toHaveLength(1);
  });

  it("takes photos and films seen as the world, a light touch as gentle, a sensation noticed as felt", () => {
    expect(piecesOf("When I see photos of that summer I smile.", "visual")).toEqual([]);
    expect(piecesOf("She was applying a light pressure to my ribs.", "visual")).toEqual([]);
    expect(piecesOf("I noticed a new tingling in my foot.", "visual")).toEqual([]);
    expect(piecesOf("I noticed a new tingling in my foot.", "body_sensation")).toHaveLength(1);
    expect(piecesOf("I saw a soft blue light.", "visual")).toHaveLength(1);
  });

  it("takes a person calming as calm, and a thing calming as nobody's emotion", () => {
    expect(piecesOf("The shaking had calmed for a while.", "emotion")).toEqual([]);
    expect(piecesOf("It calmed me right down.", "emotion")).toHaveLength(1);
    expect(piecesOf("She calmed.", "emotion")).toHaveLength(1);
  });
});

describe("negation written without an apostrophe", () => {
  it("takes 'didnt', 'wont' and 'dont' as negations", () => {
    expect(piecesOf("I didnt feel any warmth.", "temperature")).toEqual([]);
    expect(piecesOf("The knot in my neck wont release.", "release")).toEqual([]);
    expect(piecesOf("The knot in my neck let go.", "release")).toHaveLength(1);
  });
});

describe("clauses", () => {
  it("opens the main clause at 'both my …' after a technique told without a comma", () => {
    const found = piecesOf("After she pressed on my lower back both my hands grew hot.", "temperature");
    expect(found.map((p) => p.regions)).toEqual([["hands"]]);
  });
});

describe("a noun phrase restating a release", () => {
  it("keeps one release when a comma adds another place to it", () => {
    expect(piecesOf("My hip let go, a softening deep in the pelvis.", "release")).toHaveLength(1);
  });

  it("takes a part that feels better as a sensation, not an emotion", () => {
    expect(piecesOf("My neck felt much better.", "emotion")).toEqual([]);
    expect(piecesOf("My neck felt much better.", "body_sensation")).toHaveLength(1);
  });
});
