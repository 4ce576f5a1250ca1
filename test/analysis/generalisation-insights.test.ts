// Insights told without "realised" or "understood": lifelong patterns named in the perfect
// progressive, reframings ("X isn't Y, it's Z"), and conclusions announced by a label.
import { describe, expect, it } from "vitest";
import { kindsOf, piecesOf } from "./support";

describe("insights without a realising verb", () => {
  it("takes a hedged or lifelong pattern the client names in themselves", () => {
    expect(kindsOf("I guess I've been apologising for existing since primary school.")).toContain("insight");
    expect(kindsOf("I've been shrinking myself my whole life to keep the peace.")).toContain("insight");
    expect(kindsOf("My body has been quietly mending all along.")).toContain("insight");
  });

  it("does not take a recent symptom for a pattern", () => {
    expect(kindsOf("I've been feeling tired this week.")).not.toContain("insight");
    expect(kindsOf("I've been walking a lot lately.")).not.toContain("insight");
  });

  it("takes a reframing of a figure or a symptom", () => {
    expect(kindsOf("The monster isn't my brother, it's the fear I carried for him.")).toContain("insight");
  });

  it("takes a conclusion announced by a label", () => {
    expect(kindsOf("My takeaway: the ache in my jaw is every word I swallowed.")).toContain("insight");
    expect(kindsOf("In hindsight, the tiredness was grief.")).toContain("insight");
  });

  it("keeps the client's quoted pattern in a practitioner's note", () => {
    const text = "Worked at the diaphragm. She said, 'I've been holding my breath for years.'";
    expect(piecesOf(text, "insight")).toHaveLength(1);
  });
});
