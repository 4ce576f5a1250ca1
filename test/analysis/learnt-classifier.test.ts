// The learnt scorer's parts: the distilled word-vector table, the clause vectors built from it,
// and the model's determinism. Sentences are written for these tests, not taken from a corpus.
import { describe, expect, it } from "vitest";
import { extractCandidates, extractPieces } from "../../src/analysis/extract-pieces";
import { contextWeight, probabilityOf } from "../../src/analysis/learnt/classifier";
import { DENSE_DIMS } from "../../src/analysis/learnt/features";
import { meanVector, VECTOR_DIMS, wordVector } from "../../src/analysis/learnt/word-vectors";
import { readText } from "../../src/analysis/text/read-text";

const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe("word-vector table", () => {
  it("holds unit-length vectors for common words and for lexicon words rare in news text", () => {
    for (const w of ["weeping", "warmth", "tingle", "tailbone"]) {
      const v = wordVector(w);
      expect(v, w).toBeDefined();
      expect(v).toHaveLength(VECTOR_DIMS);
      expect(Math.abs(Math.sqrt(dot(v!, v!)) - 1)).toBeLessThan(0.05);
    }
    expect(wordVector("zzqx")).toBeUndefined();
  });

  it("puts words of one experience nearer each other than unrelated words", () => {
    const sob = wordVector("sobbing")!;
    expect(dot(sob, wordVector("weeping")!)).toBeGreaterThan(dot(sob, wordVector("parliament")!) + 0.3);
    const ache = wordVector("ache")!;
    expect(dot(ache, wordVector("throbbing")!)).toBeGreaterThan(dot(ache, wordVector("tariff")!) + 0.3);
  });
});

describe("clause vectors", () => {
  it("average content words only, so function words change nothing", () => {
    const a = readText("A deep ache spread.").tokens;
    const b = readText("And then a deep ache spread there.").tokens;
    const va = meanVector(a, 0, a.length);
    const vb = meanVector(b, 0, b.length);
    expect(dot(va, vb) / Math.sqrt(dot(va, va) * dot(vb, vb))).toBeGreaterThan(0.8);
  });

  it("are zero for a span without a content word the table knows, and skip masked tokens", () => {
    const t = readText("and it was").tokens;
    expect([...meanVector(t, 0, t.length)].every((x) => x === 0)).toBe(true);
    const u = readText("warmth").tokens;
    expect([...meanVector(u, 0, u.length, Uint8Array.of(1))].every((x) => x === 0)).toBe(true);
  });
});

describe("learnt scorer", () => {
  const text =
    "She lay still for a while. Then a prickling spread through her left hand and she sighed deeply. " +
    "An image of a blue door came.";

  it("gives every candidate features, word vectors and a probability strictly between 0 and 1", () => {
    const cands = extractCandidates(text, { scorer: "learnt", withFeatures: true, minConfidence: 0 });
    expect(cands.length).toBeGreaterThan(0);
    for (const c of cands) {
      expect(c.dense).toHaveLength(DENSE_DIMS);
      const p = probabilityOf(c.features, c.dense, c.piece.kind, c.ruleConfidence, c.sentences);
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThan(1);
    }
  });

  it("only vetoes: every suggestion it makes is one the rules make, with the rules' confidence", () => {
    const rules = extractPieces(text, { scorer: "rules" });
    for (const p of extractPieces(text, { scorer: "learnt" })) expect(rules).toContainEqual(p);
  });

  it("offers bare cues only when asked for training features", () => {
    const question = "I asked whether she felt any tingling.";
    expect(extractCandidates(question, { scorer: "learnt" })).toEqual([]);
    expect(extractCandidates(question, { withFeatures: true }).map((c) => c.source)).toEqual(["cue"]);
  });

  it("scores from projected word vectors exactly as from the vectors themselves", () => {
    const rules = (o: { withFeatures?: boolean }) =>
      extractCandidates(text, { scorer: "learnt", minConfidence: 0, ...o })
        .filter((c) => c.source === "rule")
        .map((c) => c.confidence);
    expect(rules({})).toEqual(rules({ withFeatures: true }));
  });

  it("weighs its correction by how much text there is: none in one sentence, most of it in many", () => {
    expect(contextWeight({ contextHalf: 1 }, 1)).toBe(0);
    expect(contextWeight({ contextHalf: 1 }, 3)).toBeCloseTo(2 / 3);
    expect(contextWeight({ contextHalf: 1 }, 21)).toBeGreaterThan(0.95);
    expect(contextWeight({}, 1)).toBe(1);
  });

  it("keeps the rules' suggestions of a one-sentence text, where span, sentence and text coincide", () => {
    for (const one of [
      "She felt her kidneys quietly filtering, like a slow stream.",
      "A sudden warmth bloomed under his breastbone.",
    ])
      expect(extractPieces(one, { scorer: "learnt" })).toEqual(extractPieces(one, { scorer: "rules" }));
  });

  it("is deterministic: the same text gives the same suggestions and confidences", () => {
    expect(extractPieces(text, { scorer: "learnt" })).toEqual(extractPieces(text, { scorer: "learnt" }));
  });
});
