// How the session form's draft becomes the body sent to the API.
import { describe, expect, it } from "vitest";
import { emptyPiece, emptySession, toSessionBody } from "./session-draft";

describe("the session body", () => {
  it("re-anchors spans to the narrative and drops the form's keys", () => {
    const draft = {
      ...emptySession("2025-01-01"),
      narrative: "Then: warmth",
      pieces: [{ ...emptyPiece("temperature"), text: "warmth", start: 0, end: 6 }],
    };
    expect(toSessionBody(draft).pieces[0]).toMatchObject({ start: 6, end: 12 });
    expect(toSessionBody(draft).pieces[0]).not.toHaveProperty("key");
  });
});
