// Mentions that use experience words without an experience: colours of moods and products,
// temperatures of things or of how something looked, and talk about a kind of sense.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./support";

describe("mentions that are not pieces", () => {
  it("does not take a mood or a product named by a colour for imagery", () => {
    expect(kindsOf("It had been a grey kind of month at work.")).not.toContain("visual");
    expect(kindsOf("She rubbed in some lavender hand cream before lying down.")).not.toContain("visual");
    expect(kindsOf("A lavender mist drifted across my inner eye.")).toContain("visual");
  });

  it("does not take a thing cooling or warming for temperature", () => {
    expect(kindsOf("The soup on the stove slowly cooled.")).not.toContain("temperature");
    expect(kindsOf("My feet slowly warmed.")).toContain("temperature");
  });

  it("does not take the warmth of the room's things for a felt temperature", () => {
    expect(kindsOf("She lay on the table, covered with a warm blanket.")).not.toContain("temperature");
    expect(kindsOf("Afterwards he sipped hot tea in the waiting area.")).not.toContain("temperature");
    expect(kindsOf("It was a bright, cold day when we met.")).not.toContain("temperature");
    expect(kindsOf("It felt like warm water running down my spine.")).toContain("temperature");
    expect(kindsOf("Heat in the sacrum, like a hot water bottle.")).toContain("temperature");
    expect(kindsOf("My hands were icy, cold hands like a child's after snow.")).toContain("temperature");
    expect(kindsOf("Warm water seemed to pour through my chest.")).toContain("temperature");
    expect(kindsOf("A hot water bottle warmed her feet.")).toContain("temperature");
    expect(kindsOf("Floating in the cool water of the pool, she rested.")).not.toContain("temperature");
  });

  it("does not take the room's mood for the client's emotion", () => {
    const start = "I lay on the table and she began. ";
    expect(kindsOf(`${start}The studio always held a peaceful atmosphere.`)).not.toContain("emotion");
    expect(kindsOf(`${start}The music was soothing and slow.`)).not.toContain("emotion");
    expect(kindsOf(`${start}In that quiet room I felt calm at last.`)).toContain("emotion");
  });

  it("does not take the nervous system for nervousness", () => {
    expect(kindsOf("Her nervous system settled as the session went on.")).not.toContain("emotion");
    expect(kindsOf("By the end of the hold his nervous system had shifted toward rest.")).not.toContain(
      "emotion",
    );
    expect(kindsOf("I felt nervous at first, lying there.")).toContain("emotion");
  });

  it("does not take a title over the text for an experience", () => {
    expect(kindsOf("Silver Rivers of Breath\n\nI lay down and she began.")).not.toContain("visual");
    expect(kindsOf("A Session That Released My Grief\n\nI lay down and she began.")).not.toContain("emotion");
    expect(kindsOf("Session notes\n\nGolden light filled her chest.")).toContain("visual");
    expect(kindsOf("Golden Light Filled Her Chest")).toContain("visual");
    expect(kindsOf("Golden Light Filled Her Chest.\n\nThen she slept.")).toContain("visual");
    expect(kindsOf("Session Notes\nHeat Left Shoulder\nPt sighs.")).toContain("temperature");
    expect(kindsOf("ME: I FEEL SCARED AND COLD\nHEART: STAY WITH ME")).toContain("message");
  });

  it("does not take how something looked to an observer for a felt temperature", () => {
    expect(kindsOf("Her legs were jiggling, which looked to me like shivering.")).not.toContain(
      "temperature",
    );
  });

  it("does not take a writer's 'picture this' for imagery", () => {
    expect(kindsOf("Picture this: you are lying on a table in a quiet room.")).not.toContain("visual");
    expect(kindsOf("I could picture this meadow clearly, green and bright.")).toContain("visual");
  });

  it("does not take talk about a kind of sense for a sense piece", () => {
    expect(kindsOf("This time it was mostly smells.")).not.toContain("smell");
    expect(kindsOf("The main thing was the tastes.")).not.toContain("taste");
    expect(kindsOf("A smell of cut grass drifted in.")).toContain("smell");
  });
});
