// One table-driven test for the rows of src/analysis/lexicon/outside-session.ts: each example is
// a suggestion the row removes (and that is there without the row), each counter-example a
// suggestion of the same kinds that stays.
import { describe, expect, it } from "vitest";
import { extractPieces } from "../../src/analysis";
import { OUTSIDE_SESSION_RULES } from "../../src/analysis/lexicon/outside-session";

const ALL_ROWS = new Set(OUTSIDE_SESSION_RULES.map((r) => r.id));

describe.each(OUTSIDE_SESSION_RULES.map((r) => [r.id, r] as const))("outside-session row %s", (_id, rule) => {
  const ofKinds = (text: string, opts = {}) =>
    extractPieces(text, opts).filter((p) => rule.kinds.includes(p.kind));

  // Each row is checked on its own (the others left out), so two rows may cover one sentence: a row
  // of the clause's frame (who, tense) and a row of words often both see a general statement.
  it.each(rule.examples.map((e) => [e]))("removes what is not a piece: %s", (example) => {
    const without = ofKinds(example, { disabledRules: ALL_ROWS });
    expect(without.length, "the example needs a suggestion for the row to remove").toBeGreaterThan(0);
    const alone = new Set([...ALL_ROWS].filter((id) => id !== rule.id));
    const kept = ofKinds(example, { disabledRules: alone }).map((p) => `${p.kind}@${p.start}`);
    for (const p of without) expect(kept).not.toContain(`${p.kind}@${p.start}`);
  });

  it.each(rule.counterExamples.map((e) => [e]))("keeps the experience: %s", (counter) => {
    expect(ofKinds(counter).length).toBeGreaterThan(0);
  });
});

describe("confidence", () => {
  it("gives every suggestion a confidence between 0 and 1, and hides those below the threshold", () => {
    const text = "Soft music floated all around. Warmth spread through her belly.";
    const all = extractPieces(text, { minConfidence: 0 });
    expect(all.every((p) => typeof p.confidence === "number" && p.confidence >= 0 && p.confidence <= 1)).toBe(
      true,
    );
    const shown = extractPieces(text);
    expect(shown.length).toBeLessThan(all.length);
    expect(shown.every((p) => p.confidence! >= 0.5)).toBe(true);
  });
});
