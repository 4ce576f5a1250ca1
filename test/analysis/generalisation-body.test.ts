// Body sensations and inner processes in wordings beyond the stock lexicon.
import { describe, expect, it } from "vitest";
import { kindsOf, piecesOf } from "./support";

describe("body sensations in other words", () => {
  it("takes pulling, blocking, popping, hunger and falling", () => {
    expect(kindsOf("I noticed a tugging along my shin.")).toContain("body_sensation");
    expect(kindsOf("My nose felt blocked and then it cleared.")).toContain("body_sensation");
    expect(kindsOf("After the session I was famished.")).toContain("body_sensation");
    expect(kindsOf("There was a sense of falling backwards.")).toContain("body_sensation");
  });

  it("takes drowsiness, and feelings named at a sentence's start", () => {
    expect(kindsOf("Halfway through, a feeling of drowsiness came over him.")).toContain("body_sensation");
    expect(kindsOf("Feelings of lightness spread through my legs.")).toContain("body_sensation");
    expect(kindsOf("Feelings about the move were discussed at length.")).not.toContain("body_sensation");
  });

  it("takes what a client feels in her own hands", () => {
    expect(kindsOf("She started at my head. Soon a prickling crept into my hands.")).toContain(
      "body_sensation",
    );
    expect(kindsOf("Later a buzzing spread into the palm of my hand.")).toContain("body_sensation");
  });

  it("keeps the sensation beside a temperature in one clause", () => {
    const kinds = kindsOf("A stinging heat crept across her shoulder.");
    expect(kinds).toContain("temperature");
    expect(kinds).toContain("body_sensation");
  });
});

describe("inner processes in other words", () => {
  it("takes organs and cells doing things", () => {
    expect(kindsOf("I could feel my bones mending.")).toContain("inner_process");
    expect(kindsOf("My lungs felt vast, like a bellows filling.")).toContain("inner_process");
    expect(kindsOf("I sensed my bowel begin to move.")).toContain("inner_process");
  });

  it("reaches past a contrast to the process and does not take the denied kind", () => {
    const found = piecesOf("I sensed my liver, not as a picture but as a weight, slowly sifting.");
    expect(found.map((p) => p.kind)).toContain("inner_process");
    expect(found.map((p) => p.kind)).not.toContain("visual");
  });
});

describe("people of the client's life are not figures", () => {
  it("does not take a relative's illness for a figure appearing", () => {
    expect(piecesOf("That spring my father was dying.", "character")).toEqual([]);
  });

  it("reads a scolding figure as the critic", () => {
    const chars = piecesOf("A thin clerk appeared at the desk, nagging me about the forms.", "character");
    expect(chars.map((c) => c.aspect)).toEqual(["critic"]);
  });
});
