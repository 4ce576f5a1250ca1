// Perceptions without a perception verb: sounds named as noun phrases, beings or things heard
// making a sound, and note shorthand whose subject is left out.
import { describe, expect, it } from "vitest";
import { kindsOf, piecesOf } from "./support";

describe("perceptions in verbless phrases", () => {
  it("takes a sound named as a noun phrase", () => {
    expect(kindsOf("Then: a soft ringing, far away.")).toContain("sound");
    expect(kindsOf("A low rumbling under the floor.")).toContain("sound");
  });

  it("takes a being heard making a sound as a sound, not a figure", () => {
    const found = piecesOf("Somewhere outside, an owl hooting.");
    expect(found.map((p) => p.kind)).toEqual(["sound"]);
  });

  it("takes note shorthand with the client's perceiving verb", () => {
    const found = piecesOf("Held the sacrum 4 min. Sees a blue-green haze. Feels heat in R knee.");
    expect(found.map((p) => p.kind)).toEqual(["visual", "temperature"]);
    expect(found[1]!.laterality).toBe("right");
  });
});
