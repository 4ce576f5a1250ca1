// How real writing names a feeling, pinned with sentences written for each pattern (issue 17:
// general English patterns, not a corpus's wording), with what must not become a piece beside them.
import { describe, expect, it } from "vitest";
import { piecesOf } from "./support";

function emotionsIn(text: string): string[] {
  return piecesOf(text, "emotion").flatMap((p) => p.emotions ?? []);
}

describe("a frame of feeling across a pair, a comparison or a hyphenated word", () => {
  it("keeps the frame over 'both', 'just as' and a compound adjective before the feeling word", () => {
    expect(emotionsIn("I lay on the table. We were both pretty excited afterwards.")).toContain("joy");
    expect(emotionsIn("I lay on the table. The hour was both soothing and strange.")).toContain("calm");
    expect(
      emotionsIn("I lay on the table. The visit was just as eye-opening and relaxing as before."),
    ).toContain("calm");
  });

  it("still needs the frame: a framed word beside no feeling verb or copula is no emotion", () => {
    expect(emotionsIn("I lay on the table while both relaxing tracks played.")).toEqual([]);
    expect(emotionsIn("I lay on the table. She put on some relaxing music.")).toEqual([]);
  });

  it("leaves a feeling that was never felt out", () => {
    expect(emotionsIn("I lay on the table. I was not both relaxed and alert.")).toEqual([]);
  });
});

describe("someone of the writer's life who feels", () => {
  it("leaves the feeling or pain of a relative or friend who is the clause's subject to them", () => {
    expect(
      emotionsIn("I lay on the table. My sister was both excited and nervous about her wedding."),
    ).toEqual([]);
    expect(
      piecesOf("I lay on the table and she began. My husband felt sore after his run.", "body_sensation"),
    ).toEqual([]);
  });

  it("keeps the writer's own feeling about that person", () => {
    expect(emotionsIn("I lay on the table. I thought of my sister and felt sad.")).toContain("sadness");
  });
});

describe("feelings named by words the spec gives a label", () => {
  it("reads feeling silly or foolish as shame and feeling hopeful as joy, when a person feels it", () => {
    expect(emotionsIn("I lay on the table. I felt a bit silly talking to my knee.")).toContain("shame");
    expect(emotionsIn("I lay on the table. Afterwards she felt foolish and laughed.")).toContain("shame");
    expect(emotionsIn("I lay on the table. By the end I feel so much more hopeful.")).toContain("joy");
  });

  it("leaves a judgement of a thing out: the idea, not a person, is silly or hopeful", () => {
    expect(emotionsIn("I lay on the table. It seemed silly to mention it.")).toEqual([]);
    expect(emotionsIn("I lay on the table. The news from the clinic was hopeful.")).toEqual([]);
  });
});

describe("a state of deep rest", () => {
  it("reads drifting into a meditative or dreamlike state as calm", () => {
    expect(emotionsIn("I lay on the table. Soon I drifted into a dreamlike state.")).toContain("calm");
    expect(emotionsIn("I lay on the table. Within minutes I sank into a deep meditation.")).toContain("calm");
  });

  it("leaves a state hoped for, denied, or reached by people in general out", () => {
    expect(emotionsIn("I lay on the table. I hoped to reach a meditative state.")).toEqual([]);
    expect(emotionsIn("I lay on the table. I was not in a meditative state at all.")).toEqual([]);
    expect(emotionsIn("I lay on the table. Many people reach a meditative state in this work.")).toEqual([]);
  });
});

describe("joy shown by the writer's face or voice", () => {
  it("reads the writer smiling or laughing in a client's text as joy", () => {
    expect(emotionsIn("I lay on the table and she held my head. At one point I smiled.")).toContain("joy");
    expect(emotionsIn("I lay on the table. Then I burst into fits of giggles.")).toContain("joy");
    expect(emotionsIn("I lay on the table. The thought made me laugh out loud.")).toContain("joy");
  });

  it("leaves someone else's smile, a shared laugh and the practitioner's smile out", () => {
    expect(emotionsIn("I lay on the table. She smiled at me and began.")).toEqual([]);
    expect(emotionsIn("I lay on the table. We laughed about the weather.")).toEqual([]);
    expect(emotionsIn("My client lay down and I held her feet. I smiled and went on.")).toEqual([]);
  });

  it("leaves laughing to tears to the release", () => {
    expect(emotionsIn("I lay on the table. I laughed until the tears came.")).toEqual([]);
  });
});

describe("the body felt pliant, weightless or tickled", () => {
  it("reads supple, limber, weightless and a tickling as sensations", () => {
    expect(piecesOf("I lay on the table. Afterwards my spine felt supple.", "body_sensation")).toHaveLength(
      1,
    );
    expect(piecesOf("I lay on the table. For a while I felt weightless.", "body_sensation")).toHaveLength(1);
    expect(piecesOf("I lay on the table. There was a tickling in my throat.", "body_sensation")).toHaveLength(
      1,
    );
  });

  it("leaves the words out where no one feels them", () => {
    expect(piecesOf("I lay on the table. She did not feel supple at all.", "body_sensation")).toEqual([]);
    expect(piecesOf("I lay on the table. The yoga teacher wants us limber.", "body_sensation")).toEqual([]);
  });
});

describe("tears that come, told in more ways", () => {
  it("reads tears that begin to flow, tears in the eyes and tears that come in a relative clause as crying", () => {
    expect(piecesOf("I lay on the table. After a while tears began to run.", "release")).toHaveLength(1);
    expect(piecesOf("I lay on the table. Soon I had tears in my eyes.", "release")).toHaveLength(1);
    expect(
      piecesOf("I lay on the table. I spoke through tears that seemed to come from far away.", "release"),
    ).toHaveLength(1);
  });

  it("leaves tears that are only named, or someone else's, out", () => {
    expect(piecesOf("I lay on the table. Perhaps the tears of last winter explain it.", "release")).toEqual(
      [],
    );
    expect(piecesOf("I lay on the table. I did not have tears in my eyes.", "release")).toEqual([]);
  });
});

describe("a sensation that subsides, evaporates or vanishes", () => {
  it("reads a named sensation going so as a release", () => {
    expect(
      piecesOf("I lay on the table. Slowly the tenseness in my calves subsided.", "release"),
    ).toHaveLength(1);
    expect(piecesOf("I lay on the table. Then the ache behind my eyes vanished.", "release")).toHaveLength(1);
  });

  it("leaves something other than a sensation going out", () => {
    expect(piecesOf("I lay on the table. The noise from the street disappeared.", "release")).toEqual([]);
    expect(piecesOf("I lay on the table. My worries about the car evaporated.", "release")).toEqual([]);
  });
});

describe("what is not the client's feeling", () => {
  it("leaves what the reader is told they feel to the explanation", () => {
    expect(
      piecesOf("The dentist is worse. Then you can go home numb and shaking.", "body_sensation"),
    ).toEqual([]);
    expect(
      piecesOf("My client lay down and I held her feet. Later you go home sore and tired.", "body_sensation"),
    ).toEqual([]);
  });

  it("keeps the writer's own feeling beside a line spoken to them", () => {
    expect(
      emotionsIn('I lay down and she held my feet. She said, "You are safe now." I felt a deep sadness.'),
    ).toContain("sadness");
  });

  it("reads getting down on the floor as a place, not sadness", () => {
    expect(emotionsIn("I lay on the table. Then I got down on the floor to stretch.")).toEqual([]);
    expect(emotionsIn("I lay on the table. Later I felt down and tired.")).toContain("sadness");
  });
});

describe("emotions aroused without a name", () => {
  it("reads emotions or feelings that were brought up or welled up as an emotion with no label", () => {
    const evoked = piecesOf("I lay on the table. Her words evoked a lot of emotions.", "emotion");
    expect(evoked).toHaveLength(1);
    expect(evoked[0]!.emotions).toEqual([]);
    expect(
      piecesOf("I lay on the table. Halfway through, feelings welled up in me.", "emotion"),
    ).toHaveLength(1);
    expect(
      piecesOf("I lay on the table. It brought to the surface feelings I had buried.", "emotion"),
    ).toHaveLength(1);
  });

  it("leaves emotions that may come up, or are only talked about, out", () => {
    expect(piecesOf("I lay on the table. She said emotions may come up later.", "emotion")).toEqual([]);
    expect(piecesOf("I lay on the table. We talked about my feelings.", "emotion")).toEqual([]);
    expect(piecesOf("She lay down and I held her head. Did any emotions come up?", "emotion")).toEqual([]);
  });
});

describe("the self as the place of a sensation, and a person felt loose", () => {
  it("reads a weight or a knot felt on or inside the self as a sensation", () => {
    expect(
      piecesOf("I lay on the table. At first it felt like there was a weight on me.", "body_sensation"),
    ).toHaveLength(1);
    expect(piecesOf("I lay on the table. I felt a knot inside me.", "body_sensation")).toHaveLength(1);
  });

  it("reads a person feeling loose or looser, with no part named, as a sensation, a part as a release", () => {
    expect(piecesOf("I lay on the table. Afterwards I felt looser.", "body_sensation")).toHaveLength(1);
    expect(piecesOf("I lay on the table. Her shoulders felt looser.", "release")).toHaveLength(1);
  });

  it("leaves an idiom of relief and a thing that is loose out", () => {
    expect(piecesOf("I lay on the table. A weight was lifted off me.", "body_sensation")).toEqual([]);
    expect(piecesOf("I lay on the table. The strap of the table was loose.", "body_sensation")).toEqual([]);
  });
});

describe("something felt at work inside the self", () => {
  it("reads something or it felt moving or shifting inside the self or a part as a sensation", () => {
    expect(piecesOf("I lay on the table. I felt something moving inside me.", "body_sensation")).toHaveLength(
      1,
    );
    expect(
      piecesOf("I lay on the table. I could feel it turning in my belly.", "body_sensation"),
    ).toHaveLength(1);
  });

  it("leaves a hunch, something felt coming, and something moving outside the self out", () => {
    expect(piecesOf("I lay on the table. I felt something was wrong.", "body_sensation")).toEqual([]);
    expect(piecesOf("I lay on the table. I felt it coming before she said it.", "body_sensation")).toEqual(
      [],
    );
    expect(
      piecesOf("I lay on the table. I felt something moving in the corner of the room.", "body_sensation"),
    ).toEqual([]);
  });

  it("leaves the practitioner's perception of the client's body to the practitioner", () => {
    expect(
      piecesOf(
        "I lay on the table and she held my head. She said she felt things shifting around my neck.",
        "body_sensation",
      ),
    ).toEqual([]);
  });
});

describe("a named anxiety condition", () => {
  it("leaves general or social anxiety, as conditions, out, and keeps anxiety felt", () => {
    expect(emotionsIn("I lay on the table. There is the general anxiety, of course.")).toEqual([]);
    expect(emotionsIn("I lay on the table. I have had social anxiety since school.")).toEqual([]);
    expect(emotionsIn("I lay on the table. A sudden anxiety came over me.")).toContain("anxiety");
  });
});

describe("a gesture of the head", () => {
  it("reads shaking one's head as a gesture in any tense, and a head that shakes by itself as movement", () => {
    expect(piecesOf("I lay on the table. I shake my head; I have never been there.", "movement")).toEqual([]);
    expect(piecesOf("I lay on the table. They shook their heads at the idea.", "movement")).toEqual([]);
    expect(piecesOf("I lay on the table. Then my head began to shake.", "movement")).toHaveLength(1);
  });
});
