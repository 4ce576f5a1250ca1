// Check-in spreads over a block of text before the session starts: a paragraph, or a line when
// a line break falls between sentences. Texts written with single line breaks between their
// paragraphs keep what the opening lines tell of the session (written for these tests).
import { describe, expect, it } from "vitest";
import { kindsOf } from "./support";

describe("check-in spread by blocks", () => {
  it("keeps imagery of an opening line when a later line tells the background", () => {
    const text =
      "A blue light pulsed in my chest. Those were the images of my session.\n" +
      "My lungs have been weak since an illness years ago.\n" +
      "I lay on the table and she held my head.";
    expect(kindsOf(text)).toContain("visual");
  });

  it("still spreads check-in over the sentences of one line", () => {
    const text =
      "My lungs have been weak since an illness years ago. A tingling runs down my arm at night.\n" +
      "I lay on the table and she held my head.";
    expect(kindsOf(text)).not.toContain("body_sensation");
  });

  it("does not cut a hard-wrapped sentence into blocks", () => {
    const text =
      "My lungs have been weak since an illness years ago and a tingling\nruns down my arm at night.\n\n" +
      "I lay on the table and she held my head.";
    expect(kindsOf(text)).not.toContain("body_sensation");
  });
});
