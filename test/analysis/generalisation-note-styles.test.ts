// Practitioner notes and client reflections in styles the extractor had not seen (issue 17), pinned
// with sentences written for each pattern, with what must not become a piece beside them.
import { describe, expect, it } from "vitest";
import { piecesOf } from "./support";

const NOTE =
  "Third session with Tom, low back pain since spring. I placed my hands under his sacrum and waited.";

describe("the client's own words after a speech colon in a practitioner's note", () => {
  it("reads an I after 'Name says:' as the client, not the practitioner at work", () => {
    const text = `${NOTE} Near the end Tom says: I finally understand that I have been bracing for my father all my life.`;
    expect(piecesOf(text, "insight").map((p) => p.text)).toEqual([
      "I finally understand that I have been bracing for my father all my life",
    ]);
  });

  it("leaves the practitioner's own realisation while treating out", () => {
    expect(
      piecesOf(`${NOTE} I held his sacrum and I understood that I had pressed too hard.`, "insight"),
    ).toEqual([]);
  });

  it("leaves the practitioner's own words after a colon out", () => {
    expect(piecesOf(`${NOTE} I say: I understand now why your back is stiff.`, "insight")).toEqual([]);
  });
});

const SESSION = "My therapist cradled my head for a long time.";
const insightsIn = (text: string): string[] => piecesOf(text, "insight").map((p) => p.text);

describe("an insight without the word 'realise'", () => {
  it("reads a hedged present perfect over a life as a pattern of one's own", () => {
    expect(insightsIn(`${SESSION} I guess I've spent my whole life pleasing other people.`)).toHaveLength(1);
    expect(insightsIn(`${SESSION} Maybe I have always put the family first.`)).toHaveLength(1);
  });

  it("leaves a hedged moment and an unhedged history out", () => {
    expect(insightsIn(`${SESSION} I think I've dozed off for a minute.`)).toEqual([]);
    expect(insightsIn(`${SESSION} I have had back pain for years.`)).toEqual([]);
  });

  it("reads what one does now told the way someone did it then", () => {
    expect(insightsIn(`${SESSION} I keep clenching my jaw the way my father clenched his.`)).toHaveLength(1);
    expect(
      insightsIn(`${SESSION} I'm holding the whole office together the way my gran held the farm.`),
    ).toHaveLength(1);
  });

  it("leaves an instruction followed and a past told the way it went out", () => {
    expect(insightsIn(`${SESSION} I breathe the way she taught me.`)).toEqual([]);
    expect(insightsIn(`${SESSION} I lifted my arm the way she asked.`)).toEqual([]);
  });

  it("reads seeing why, coming to understand and no longer blaming oneself", () => {
    expect(insightsIn(`I held her feet. She now sees why she apologises to everyone.`)).toHaveLength(1);
    expect(insightsIn(`I held her feet. He no longer blames himself for the crash.`)).toHaveLength(1);
    expect(insightsIn(`${SESSION} Slowly I came to understand that the anger was grief.`)).toHaveLength(1);
  });

  it("leaves a negated seeing out", () => {
    expect(insightsIn(`${SESSION} I can't see why my neck hurts.`)).toEqual([]);
  });
});

describe("a younger self as a version of its owner", () => {
  it("meets 'a little version of me' as a child figure whose words are its messages", () => {
    const text = `${SESSION} Then a small version of me turned up in pyjamas and she said "why did you stop drawing?"`;
    const [character] = piecesOf(text, "character");
    expect(character?.aspect).toBe("child");
    expect(piecesOf(text, "message")).toHaveLength(1);
  });

  it("leaves the best version of oneself, a self-help phrase, without a figure", () => {
    expect(piecesOf(`${SESSION} I want to become the best version of myself.`, "character")).toEqual([]);
    expect(piecesOf(`${SESSION} She said I was a better version of me.`, "character")).toEqual([]);
  });
});

describe("a release said plainly", () => {
  it("reads bawling as crying and a place going soft as tissue letting go", () => {
    expect(piecesOf("I held her feet. After a while she simply bawled.", "release")).toHaveLength(1);
    expect(
      piecesOf("I held her feet. Slowly her belly is going soft under my hand.", "release"),
    ).toHaveLength(1);
  });

  it("leaves a softening that did not come and a soft thing that goes nowhere out", () => {
    expect(piecesOf("I held her feet. Her jaw never went soft.", "release")).toEqual([]);
    expect(piecesOf("I held her feet. The pillow under her knees was soft.", "release")).toEqual([]);
  });
});

describe("a session told to the one treated, in the second person", () => {
  const told =
    "For my brother, who keeps asking what it is like. You lie on the table in your socks. Maren holds your feet and you think nothing will happen. " +
    "Then you taste metal. You hear a low hum, like a fridge. Afterwards you sit in the car and laugh.";

  it("reads 'you' as the one treated when someone named treats you and few clauses are modal", () => {
    const kinds = piecesOf(told).map((p) => p.kind);
    expect(kinds).toContain("taste");
    expect(kinds).toContain("sound");
  });

  it("leaves an explanation to the reader, with its modals and no one named treating, out", () => {
    const faq =
      "What happens in a session? You lie on the table fully clothed. The practitioner may place her hands under your feet. " +
      "You may taste metal. You might hear a low hum. Some people see colours. You can sit in the car afterwards.";
    expect(piecesOf(faq)).toEqual([]);
  });
});

describe("the session starts when someone holds the writer's head or feet", () => {
  const text =
    "My neck has been sore for weeks.\n\nOn Tuesday, while Noor was holding my head, I drifted off.\n\n" +
    "I felt a deep sadness in my chest.";

  it("tells what follows as the session", () => {
    expect(piecesOf(text, "emotion")).toHaveLength(1);
  });

  it("keeps the complaint told before it out, as check-in", () => {
    expect(piecesOf(text, "body_sensation")).toEqual([]);
  });
});

describe("a line that opens with a speech verb and a colon, or a chat line's time", () => {
  it("reads each such line of a reflection written in lines as a turn of its own", () => {
    const text =
      "after, on the bus\n\nher hands at my ankles\n\nan old man with a lantern\nstands by my knees\nsays: you were brave\nI ask: when\nhe says: always\n";
    expect(piecesOf(text, "message").length).toBeGreaterThanOrEqual(3);
  });

  it("starts a sentence at each timestamped chat line, so a figure's words in it are a message", () => {
    const text =
      '[Mon 09:01] Priya: how was it\n[Mon 09:03] Sam: weird. she held my head and a fox turned up, and it said "slow down"\n' +
      '[Mon 09:05] Sam: and i said "i cant"\n';
    expect(piecesOf(text, "message")).toHaveLength(2);
  });

  it("leaves a line that only goes on with the sentence before alone", () => {
    const text = "I lay on the table and she held my feet while the rain\nsaid nothing at all to anyone.";
    expect(piecesOf(text, "message")).toEqual([]);
  });
});

describe("the client's own words quoted in an assessment section", () => {
  const note = (a: string) =>
    `S: Headaches this week.\n\nO: Occipital hold and a still point. She described a warmth in her neck.\n\nA: ${a}\n\nP: Review in two weeks.`;

  it("keeps what the client said in the session, quoted under A:", () => {
    expect(
      piecesOf(
        note(
          "Good response. At the end she said, 'I think I've been bracing against my father all my life.'",
        ),
        "insight",
      ),
    ).toHaveLength(1);
  });

  it("leaves the practitioner's own reading there out", () => {
    expect(
      piecesOf(note("She has been bracing against her father all her life, I suspect."), "insight"),
    ).toEqual([]);
    expect(piecesOf(note("I said, 'I think you have been bracing all your life.'"), "insight")).toEqual([]);
  });
});

describe("a reframing across two sentences: what it is not, then what it was doing instead", () => {
  it("reads 'X isn't …. It was just trying to …' as an insight", () => {
    expect(
      insightsIn(`${SESSION} Maybe my stomach isn't weak. Maybe it was just trying to keep me quiet.`),
    ).toHaveLength(1);
    expect(
      insightsIn(`${SESSION} My heart hasn't been failing me. It's been carrying the whole family.`),
    ).toHaveLength(1);
  });

  it("leaves a sensation told after a negation, and a state that goes on, out", () => {
    expect(insightsIn(`${SESSION} The knee isn't sore. It's tingling a bit.`)).toEqual([]);
    expect(insightsIn(`${SESSION} The pain isn't gone. It's still there.`)).toEqual([]);
  });
});

describe("never letting oneself", () => {
  it("reads the writer who has never let themself something as an insight", () => {
    expect(insightsIn(`${SESSION} I've never let myself be angry with him.`)).toHaveLength(1);
    expect(insightsIn(`${SESSION} I never allow myself to stop.`)).toHaveLength(1);
  });

  it("leaves the practitioner's reading of the client and a past week out", () => {
    expect(insightsIn("I held her feet. She never lets herself rest.")).toEqual([]);
    expect(insightsIn(`${SESSION} I never allowed myself a break that week.`)).toEqual([]);
  });
});
