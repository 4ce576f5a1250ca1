// Every row of features/ages.ts against its own sentences: each example yields the row's age or
// period over the bracketed span (with the whole table, so no row before it hides it), and no
// counter-example is read by the row alone.
import { describe, expect, it } from "vitest";
import { periodForAge } from "../../src/domain";
import { findLifeTimeRows, LIFE_TIME_ROWS, matchesOfRow } from "../../src/analysis/features/ages";
import { readText } from "../../src/analysis/text/read-text";

/** The sentence without its brackets and the bracketed span's character offsets. */
function spanOf(example: string): { text: string; start: number; end: number } {
  const start = example.indexOf("[");
  const end = example.indexOf("]") - 1;
  if (start < 0 || end < start) throw new Error(`no [span] in: ${example}`);
  return { text: example.replace("[", "").replace("]", ""), start, end };
}

describe.each(LIFE_TIME_ROWS.map((row) => [row.name, row] as const))("life-time row %s", (_name, row) => {
  it.each(row.examples.map((e) => [typeof e === "string" ? e : e[0], e] as const))(
    "reads: %s",
    (_text, example) => {
      const sentence = typeof example === "string" ? example : example[0];
      const read = typeof example === "string" ? undefined : example[1];
      const { text, start, end } = spanOf(sentence);
      const tokens = readText(text).tokens;
      const found = findLifeTimeRows(tokens, 0, tokens.length).filter((f) => f.row === row);
      expect(found, `row ${row.name} in: ${text}`).toHaveLength(1);
      const t = found[0]!.time;
      const age = typeof read === "number" ? read : null;
      const period = row.period ?? (age !== null ? periodForAge(age) : read);
      expect([t.age, t.period]).toEqual([age, period]);
      expect(text.slice(tokens[t.first]!.start, tokens[t.last - 1]!.end)).toBe(text.slice(start, end));
      if (typeof row.strong === "boolean") expect(t.strong).toBe(row.strong);
    },
  );

  it.each(row.counterExamples.map((c) => [c] as const))("does not read: %s", (text) => {
    const tokens = readText(text).tokens;
    expect(matchesOfRow(row, tokens, 0, tokens.length)).toEqual([]);
  });
});
