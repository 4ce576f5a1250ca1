import { describe, expect, it } from "vitest";
import type { Character, Thread } from "./character";
import type { Piece } from "./piece";
import { buildProcessView } from "./process-view";
import type { Session } from "./session";

const meta = {
  practiceId: "p",
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
};

function piece(id: string, kind: Piece["kind"], extra: Partial<Piece> = {}): Piece {
  return {
    id,
    kind,
    text: id,
    start: null,
    end: null,
    regions: [],
    laterality: null,
    age: null,
    period: null,
    colours: [],
    temperature: null,
    movement: null,
    emotions: [],
    character: null,
    aspect: null,
    characterId: null,
    threadIds: [],
    practiceId: "p",
    clientId: "c",
    sessionId: null,
    reflectionId: null,
    position: 0,
    createdAt: meta.createdAt,
    ...extra,
  };
}

function session(id: string, number: number, date: string, pieces: Piece[]): Session {
  return {
    ...meta,
    id,
    clientId: "c",
    number,
    date,
    courseId: null,
    durationMinutes: 60,
    checkIn: "",
    techniques: [],
    narrative: "",
    insights: "",
    integration: "",
    practitionerId: "u",
    status: "signed",
    signedAt: null,
    signedBy: null,
    signedByName: null,
    version: 1,
    courseNumber: null,
    amendments: [],
    pieces,
  };
}

describe("buildProcessView", () => {
  const girl: Character = {
    ...meta,
    id: "ch1",
    clientId: "c",
    label: "little girl",
    aspect: "child",
    description: "",
    version: 1,
  };
  const critic: Character = {
    ...meta,
    id: "ch2",
    clientId: "c",
    label: "judge",
    aspect: "critic",
    description: "",
    version: 1,
  };
  const thread: Thread = {
    ...meta,
    id: "t1",
    clientId: "c",
    name: "unspoken words",
    description: "",
    version: 1,
    status: "open",
    pieceIds: ["a2", "c1"],
  };
  const sessions = [
    session("s3", 3, "2026-05-01", [piece("c1", "message", { characterId: "ch1", regions: ["throat"] })]),
    session("s1", 1, "2026-03-01", [
      piece("a1", "character", { characterId: "ch1" }),
      piece("a2", "body_sensation", { regions: ["throat", "jaw"] }),
    ]),
    session("s2", 2, "2026-04-01", [piece("b1", "emotion")]),
  ];

  it("orders sessions in time and counts kinds and regions across them", () => {
    const view = buildProcessView(sessions, [girl, critic], [thread]);
    expect(view.sessions.map((s) => s.number)).toEqual([1, 2, 3]);
    expect(view.kindCounts).toEqual({ character: 1, body_sensation: 1, emotion: 1, message: 1 });
    expect(view.regionCounts).toEqual({ throat: 2, jaw: 1 });
  });

  it("derives a character's first and last appearance from the pieces that link it", () => {
    const [g, c] = buildProcessView(sessions, [girl, critic], []).characters;
    expect(g).toMatchObject({ firstAppearance: "2026-03-01", lastAppearance: "2026-05-01", appearances: 2 });
    expect(c).toMatchObject({ firstAppearance: null, lastAppearance: null, appearances: 0 });
  });

  it("lists the sessions a thread joins", () => {
    expect(buildProcessView(sessions, [], [thread]).threads[0]?.sessionNumbers).toEqual([1, 3]);
  });
});
