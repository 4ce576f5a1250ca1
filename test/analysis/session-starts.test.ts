// The phrases that start the told session (SESSION_STARTS in src/analysis/lexicon/practice.ts): before
// the first of them, or the first technique, a paragraph that reads like check-in is not pieces; from
// it on, the session is told. Each row: a text whose experience is kept because the phrase starts the
// session there, and a text where check-in talk before it stays out.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./support";

const ROWS: { phrase: string; example: string; counterExample: string }[] = [
  {
    phrase: "lay on the",
    example:
      "Since the accident my neck has been stiff and sore. I lay on the treatment bench and soon a tingling ran down my arms. Later she held my head.",
    counterExample:
      "My shoulder has been sore since the fall and a tingling runs down my arm at night. Then I lay on the bench and she held my head.",
  },
];

describe.each(ROWS.map((r) => [r.phrase, r] as const))("session start %s", (_phrase, row) => {
  it("tells the session from the phrase on", () => {
    expect(kindsOf(row.example)).toContain("body_sensation");
  });
  it("keeps check-in talk before it out", () => {
    expect(kindsOf(row.counterExample)).not.toContain("body_sensation");
  });
});
