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
