// The learnt scorer in use reads its word-vector term from per-word projections (no vectors
// built); training builds the vectors. Both must give every candidate the same confidence, on
// every narrative of the committed corpora, not only on a sentence written for a test.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractCandidates } from "../../src/analysis/extract-pieces";

const CORPORA = ["real-dev", "real-blind", "holdout", "holdout-2"].map((c) => join(__dirname, c));

function narratives(): { name: string; text: string }[] {
  return CORPORA.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .map((f) => ({
        name: f,
        text: (JSON.parse(readFileSync(join(dir, f), "utf8")) as { text: string }).text,
      })),
  );
}

describe("learnt scorer, projected word vectors", () => {
  it("gives each rule candidate of every corpus narrative the confidence the full vectors give", () => {
    const all = narratives();
    expect(all.length).toBeGreaterThan(60);
    let compared = 0;
    for (const { name, text } of all) {
      const scored = (withFeatures: boolean) =>
        extractCandidates(text, { scorer: "learnt", minConfidence: 0, withFeatures })
          .filter((c) => c.source === "rule")
          .map((c) => `${c.piece.kind} ${c.piece.start}-${c.piece.end} ${c.confidence}`);
      const fast = scored(false);
      expect(fast, name).toEqual(scored(true));
      compared += fast.length;
    }
    expect(compared).toBeGreaterThan(500);
  });
});
