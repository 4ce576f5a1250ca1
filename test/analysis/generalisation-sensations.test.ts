// What real writing says about the senses and the body, pinned with sentences written for each
// pattern (issue 17: general English patterns, not a corpus's wording).
import { describe, expect, it } from "vitest";
import { kindsOf, piecesOf } from "./support";

describe("perceptions that are not the client's", () => {
  it("leaves what the practitioner smells or sees to the practitioner", () => {
    expect(kindsOf("I lay down and she held my feet. She could smell smoke near my head.")).not.toContain(
      "smell",
    );
    expect(
      kindsOf("I lay on the table and he cradled my head. He saw a violet glow over my chest."),
    ).not.toContain("visual");
  });

  it("keeps what the client smells in a practitioner's note", () => {
    expect(kindsOf("I cradled his head for a while. He smelled cut grass and smiled.")).toContain("smell");
  });
});

describe("smells of the place", () => {
  it("leaves the room's smell or a scent in the air to the place", () => {
    expect(kindsOf("I lay on the table. The smell of the room was sharp with bleach.")).not.toContain(
      "smell",
    );
    expect(kindsOf("We sat on the porch, with the scent of cut hay in the air.")).not.toContain("smell");
  });

  it("keeps a smell the client perceives", () => {
    expect(kindsOf("I lay on the table. Suddenly I could smell cut hay.")).toContain("smell");
  });
});

describe("colours of what is smelled or tasted", () => {
  it("takes a colour after any smell or taste noun as the thing sensed, not an image", () => {
    const kinds = kindsOf("I lay on the table. Then I caught a whiff of white jasmine.");
    expect(kinds).toContain("smell");
    expect(kinds).not.toContain("visual");
    expect(kindsOf("I lay on the table. There was an aroma of green apples.")).not.toContain("visual");
  });

  it("keeps a colour seen beside a smell", () => {
    expect(kindsOf("I lay on the table. I saw a white light and smelled roses.")).toContain("visual");
  });
});

describe("likes and dislikes of the senses", () => {
  it("leaves a standing like or dislike told in the present out", () => {
    expect(kindsOf("I lay on the table. The smell of wet dogs doesn't bother me much.")).not.toContain(
      "smell",
    );
    expect(kindsOf("I lay on the table. Burnt coffee is a smell I will never get used to.")).not.toContain(
      "smell",
    );
  });

  it("keeps a smell perceived in the past, whatever the writer thinks of it now", () => {
    expect(kindsOf("I lay on the table. I smelled burnt coffee, which I hate.")).toContain("smell");
  });

  it("keeps what a present-tense account perceives and loves now", () => {
    expect(kindsOf("I lie on the table. I see a soft blue light and I love it.")).toContain("visual");
  });
});

describe("hearing what is told", () => {
  it("leaves a story or the news heard out of the sounds", () => {
    expect(
      kindsOf("I lay on the table. It made me think of a story I had heard as a student."),
    ).not.toContain("sound");
    expect(kindsOf("I lay on the table. That morning I heard the news about my aunt.")).not.toContain(
      "sound",
    );
  });

  it("keeps a sound heard", () => {
    expect(kindsOf("I lay on the table. Then I heard a faint ringing in my right ear.")).toContain("sound");
    expect(kindsOf("I lay on the table. Far off I heard the report of a rifle.")).toContain("sound");
  });
});

describe("the self or the body felt doing something", () => {
  it("takes the self or the body felt changing as a sensation", () => {
    expect(kindsOf("I lay on the table. I felt myself sinking into the mattress.")).toContain(
      "body_sensation",
    );
    expect(
      kindsOf("I lay on the table. After a while I could feel my body swelling and growing wide."),
    ).toContain("body_sensation");
  });

  it("leaves out the self felt doing something on purpose", () => {
    expect(kindsOf("I lay on the table. I felt myself trying to please her.")).not.toContain(
      "body_sensation",
    );
    expect(kindsOf("I lay on the table. I felt myself wanting to tell her everything.")).not.toContain(
      "body_sensation",
    );
  });

  it("leaves out the self felt remembering: a memory, not the body", () => {
    expect(kindsOf("I lay on the table. I felt myself remembering my first bicycle.")).not.toContain(
      "body_sensation",
    );
  });
});

describe("owned body words without a region", () => {
  it("takes a sensation in an owned back, limbs or bones, naming no region", () => {
    const back = piecesOf("I lay on the table. After a while my back began to throb.", "body_sensation");
    expect(back).toHaveLength(1);
    expect(back[0]!.regions).toEqual([]);
    expect(kindsOf("I lay on the table. There was a dull soreness in her limbs.")).toContain(
      "body_sensation",
    );
  });

  it("leaves out lying on one's back", () => {
    expect(kindsOf("I lay on the table. I rolled onto my back under a heavy blanket.")).not.toContain(
      "body_sensation",
    );
  });
});

describe("a sensation verb with a person as its subject", () => {
  it("takes a person tensing or tingling as a sensation", () => {
    expect(kindsOf("I lay on the table. After a while, I tensed up.")).toContain("body_sensation");
    expect(kindsOf("I lay on the table. For a minute he tingled all over.")).toContain("body_sensation");
  });

  it("leaves out a verb with an object: something done", () => {
    expect(kindsOf("I lay on the table. Then I tightened the straps of my bag.")).not.toContain(
      "body_sensation",
    );
  });
});

describe("a part that locks, clamps or seizes up", () => {
  it("takes a part locking or seizing up as a sensation", () => {
    expect(kindsOf("I lay on the table. Halfway through, my jaw locked.")).toContain("body_sensation");
    expect(kindsOf("I lay on the table. My lower back seized up for a moment.")).toContain("body_sensation");
  });

  it("leaves out eyes that lock on someone and a door locked", () => {
    expect(kindsOf("I lay on the table. Our eyes locked for a second.")).not.toContain("body_sensation");
    expect(kindsOf("I lay on the table. I locked the door behind me.")).not.toContain("body_sensation");
  });

  it("leaves out a person who locks up or is locked out, with no part named", () => {
    expect(kindsOf("I lay on the table. Last winter I was locked out of the office.")).not.toContain(
      "body_sensation",
    );
    expect(kindsOf("I lay on the table. Afterwards we locked up and walked to the car.")).not.toContain(
      "body_sensation",
    );
  });
});

describe("lying face up or down starts the session", () => {
  it("reads what comes before it as check-in", () => {
    const text =
      "The week going in was hard: my neck seized up on Monday. She had me lie face up and held my head. Then my jaw locked.";
    expect(piecesOf(text, "body_sensation").map((p) => p.text)).toEqual(["my jaw locked"]);
  });
});

describe("loving a thing is liking it", () => {
  it("leaves out a person who loves a thing or a place", () => {
    expect(kindsOf("I lay on the table. I loved the whole hour, to be honest.")).not.toContain("emotion");
    expect(
      kindsOf("I lay on the table. Afterwards we drove home; I love Lake of the Woods in autumn."),
    ).not.toContain("emotion");
  });

  it("keeps a person who loves someone", () => {
    expect(kindsOf("I lay on the table. I loved my grandfather so much.")).toContain("emotion");
    expect(kindsOf("I lay on the table. In the image I loved the little girl at once.")).toContain("emotion");
  });
});

describe("a lack or absence of something", () => {
  it("reads a lack of understanding or an absence of pain as missing", () => {
    expect(kindsOf("I lay on the table. I was left with a strange lack of understanding.")).not.toContain(
      "insight",
    );
    expect(kindsOf("I lay on the table. I noticed the absence of pain in my knee.")).not.toContain(
      "body_sensation",
    );
  });

  it("keeps what is felt beside it", () => {
    expect(kindsOf("I lay on the table. Despite the absence of pain, my knee began to tingle.")).toContain(
      "body_sensation",
    );
  });
});

describe("another person's pain felt by the writer", () => {
  it("leaves someone else's pain to them", () => {
    expect(kindsOf("I lay on the table. As she spoke I could feel his pain.")).not.toContain(
      "body_sensation",
    );
  });

  it("keeps the writer's own pain", () => {
    expect(kindsOf("I lay on the table. I felt a pain in my own chest.")).toContain("body_sensation");
  });
});

describe("a sensation sought", () => {
  it("leaves out trying to find or feel a sensation", () => {
    expect(
      kindsOf("I lay on the table. For a while I was trying to find some warmth in my feet."),
    ).not.toContain("temperature");
    expect(kindsOf("I lay on the table. I tried to feel a pulse in my belly.")).not.toContain(
      "body_sensation",
    );
  });

  it("keeps the sensation once found", () => {
    expect(kindsOf("I lay on the table. Then I found a pulse in my belly.")).toContain("body_sensation");
  });
});

describe("a history of treatments is no pattern of the self", () => {
  it("leaves out years of receiving or having a treatment", () => {
    expect(
      kindsOf("I've been receiving reflexology since the spring of 2010, and it suits me."),
    ).not.toContain("insight");
    expect(kindsOf("She had been seeing a chiropractor since she was a student.")).not.toContain("insight");
  });

  it("keeps a lifelong pattern the writer names", () => {
    expect(kindsOf("I think I've been bracing against the world my whole life.")).toContain("insight");
  });
});
