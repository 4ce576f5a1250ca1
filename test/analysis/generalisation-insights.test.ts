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

describe("realising what the body does is noticing it, not an insight", () => {
  it("takes the bodily event a client realises as that event", () => {
    const kinds = kindsOf("Halfway through I realised my knees were trembling.");
    expect(kinds).toContain("movement");
    expect(kinds).not.toContain("insight");
    expect(kindsOf("He realized hot tears were streaming down his cheeks.")).toEqual(
      expect.arrayContaining(["release"]),
    );
    expect(kindsOf("He realized hot tears were streaming down his cheeks.")).not.toContain("insight");
  });

  it("keeps an insight about the body that reflects on a life or reframes a cause", () => {
    expect(kindsOf("She realised her stomach had been tight for years.")).toContain("insight");
    expect(kindsOf("I realised the ache was not the start of the trouble.")).toContain("insight");
  });
});

describe("realising something about the room, not oneself", () => {
  it("does not take realising that the hour is up or that others are looking for an insight", () => {
    const start = "I lay on the table and she began. ";
    expect(kindsOf(`${start}Before long I realised the appointment had ended.`)).not.toContain("insight");
    expect(kindsOf(`${start}I realized that everyone in the class was watching us.`)).not.toContain(
      "insight",
    );
    expect(kindsOf(`${start}I realized that my anger had been protecting me.`)).toContain("insight");
  });
});
