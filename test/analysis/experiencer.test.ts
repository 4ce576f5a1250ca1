// Whose experience a clause tells and when (document/experiencer.ts), as the learnt scorer sees it:
// the `ex:` features of the drafts. Sentences are written for these tests, not taken from a corpus.
import { describe, expect, it } from "vitest";
import { extractCandidates, extractPieces } from "../../src/analysis/extract-pieces";

/** The experiencer features of the draft whose text lies within `span` or holds it. */
function framesOf(text: string, span: string): string[] {
  const cands = extractCandidates(text, { withFeatures: true, minConfidence: 0 });
  const c = cands.find(
    (x) => x.source === "rule" && (span.includes(x.piece.text) || x.piece.text.includes(span)),
  );
  expect(c, `a draft at "${span}" in: ${text}`).toBeDefined();
  return c!.features.filter((f) => f.startsWith("ex"));
}

describe("the experiencer of a clause", () => {
  it("is the writer for I and my in a client's text, the client for she in a note", () => {
    const own = "I lay on the table. My chest felt tight and I cried. Later I went home.";
    expect(framesOf(own, "My chest felt tight")).toContain("ex:who:writer|client");
    const note = "I held her head for a while. She felt a warmth in her belly. I waited. She slept.";
    expect(framesOf(note, "She felt a warmth")).toContain("ex:who:client|practitioner");
  });

  it("is the writer at work when I treat in that sentence, whoever the narrator seems to be", () => {
    const text =
      "I met my friend at the fair and I felt so happy. I placed my hands on her shoulders and I felt sad. " +
      "Later we walked home. I was tired.";
    expect(framesOf(text, "I felt sad")).toContain("ex:who:writer-at-work|client");
    expect(framesOf(text, "I felt so happy")).toContain("ex:who:writer-at-work|client");
  });

  it("is general for people, clients and many of us, and another person for a sister or a friend", () => {
    const text =
      "I lay on the table and she held my head. Many clients feel a deep sadness at first. " +
      "My sister was shaking with fear. I felt calm on the table.";
    expect(framesOf(text, "Many clients feel a deep sadness")).toContain("ex:who:generic|client");
    expect(framesOf(text, "My sister was shaking with fear")).toContain("ex:who:person|client");
    expect(framesOf(text, "I felt calm")).toContain("ex:who:writer|client");
  });

  it("takes a capitalised first word for a thing unless the text names it elsewhere", () => {
    const text =
      "She lay down and I cradled her head. Warmth spread through her belly. Later Anna said Anna felt sad.";
    expect(framesOf(text, "Warmth spread")).toContain("ex:who:thing|practitioner");
  });
});

describe("the time frame of a clause", () => {
  it("tells a present explanation in a text told in the past from the told past", () => {
    const text =
      "I lay down and the therapist held my feet. I felt a tingling in my legs. " +
      "Tingling often comes with the release of old tension. Then I cried.";
    expect(framesOf(text, "I felt a tingling")).toContain("ex:tense:past|past");
    const general = framesOf(text, "Tingling often comes");
    expect(general).toContain("ex:tense:present|past");
    expect(general).toContain("exb:habitual");
  });

  it("marks a modal and the past perfect of a history", () => {
    const text =
      "I lay down on the table. Clients may feel warmth in the hands. " +
      "I had felt pain in my neck for years. Then my neck softened.";
    expect(framesOf(text, "Clients may feel warmth")).toContain("ex:tense:modal|past");
    expect(framesOf(text, "I had felt pain")).toContain("ex:tense:past-perfect|past");
  });
});

describe("suggestions by whose experience and when (rows of scope clause)", () => {
  it("drops a feeling of the writer who treats, keeps what the client felt under the hands", () => {
    const text = "I cradled her head and I felt a great sadness. Then her jaw softened under my hands.";
    const kinds = extractPieces(text).map((p) => p.kind);
    expect(kinds).not.toContain("emotion");
    expect(kinds).toContain("release");
  });

  it("drops what people in general feel now, keeps what they felt in the told session", () => {
    const now = "I lay down and she held my feet. As children relax, they start to tremble.";
    expect(extractPieces(now).filter((p) => p.kind === "movement")).toHaveLength(0);
    const then = "I lay down and she held my feet. I started to tremble.";
    expect(extractPieces(then).filter((p) => p.kind === "movement")).toHaveLength(1);
  });

  it("drops a habit in the present, keeps a habit told of the session and an insight about a habit", () => {
    const habit = "I lay down and she held my feet. After a session my body often feels tired and heavy.";
    expect(extractPieces(habit).filter((p) => p.kind === "body_sensation")).toHaveLength(0);
    const told = "I lay down and she held my feet. Sometimes my legs shook and then they were still.";
    expect(extractPieces(told).filter((p) => p.kind === "movement").length).toBeGreaterThan(0);
    const would =
      "I lay down and she held my feet. Occasionally a golden light would spread through my chest.";
    expect(framesOf(would, "Occasionally a golden light")).toContain("ex:tense:would|past");
    expect(extractPieces(would).filter((p) => p.kind === "visual")).toHaveLength(1);
    const insight = "I lay down and she held my feet. I realised that I always hold back my anger.";
    expect(extractPieces(insight).filter((p) => p.kind === "insight")).toHaveLength(1);
  });
});

describe("she and he in a client's text", () => {
  it("are the practitioner once the practitioner was the last person named, else another person", () => {
    const text = "I lay down and my therapist held my feet. She sensed a deep sadness in me. I cried.";
    expect(framesOf(text, "She sensed a deep sadness")).toContain("ex:who:practitioner|client");
    const other = "I lay down and cried. My sister was there too. She felt a deep sadness. I slept.";
    expect(framesOf(other, "She felt a deep sadness")).toContain("ex:who:person|client");
  });

  it("are the one the writer treats when the writer treats in the text", () => {
    const text =
      "I was nervous and my hands were cold, so I breathed and I felt my feet. I cradled her head for a while. She felt a deep sadness. I waited.";
    expect(framesOf(text, "She felt a deep sadness")).toContain("ex:who:client|client");
  });
});

describe("they", () => {
  it("are the plural thing named just before, so a present-tense account keeps its parts' trembling", () => {
    const text = "I lie down and she holds my feet. My legs feel heavy and then they tremble.";
    expect(framesOf(text, "they tremble")).toContain("ex:who:thing|client");
    expect(extractPieces(text).filter((p) => p.kind === "movement")).toHaveLength(1);
  });

  it("are people in general after a general person noun, or with none before", () => {
    const text = "I lay down and she held my feet. As children relax, they start to tremble.";
    expect(framesOf(text, "they start to tremble")).toContain("ex:who:generic|client");
  });
});
