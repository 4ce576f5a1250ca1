// Dreams in a client's text: a dream told before the session is not check-in, and the sentence
// after a dream is named sets its scene.
import { describe, expect, it } from "vitest";
import { kindsOf, piecesOf } from "./support";

describe("dreams", () => {
  it("keeps a dream told before the session, even with check-in words in it", () => {
    const text = "Monday. I dreamed my brother says the house is flooding.\n\nIn the session I felt calm.";
    expect(kindsOf(text)).toContain("visual");
  });

  it("takes the scene set in the sentence after a dream is named", () => {
    const text = "I had a dream last night. I'm walking along a beach at low tide. I felt my belly soften.";
    const visual = piecesOf(text, "visual");
    expect(visual).toHaveLength(1);
    expect(visual[0]!.text).toContain("walking along a beach");
  });

  it("does not take an ordinary sentence after a dream mention for a scene", () => {
    const text = "I had a dream last night. I was tired all morning, though.";
    expect(piecesOf(text, "visual")).toEqual([]);
  });
});
