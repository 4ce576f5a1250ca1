// What the session form holds, and how it maps to and from the API's shapes.
import {
  normalisePiece,
  type PieceData,
  type PieceKind,
  type Session,
  type TechniqueApplied,
} from "../../../src/domain";
import type { SessionBody } from "../api/tessera-api";
import { reanchor } from "./span";

/** A piece in the form: its data plus a key that stays put while pieces are added and removed. */
export type DraftPiece = PieceData & { key: string };
export type DraftTechnique = TechniqueApplied & { key: string };

export interface SessionDraft extends Omit<SessionBody, "pieces" | "techniques"> {
  techniques: DraftTechnique[];
  pieces: DraftPiece[];
}

let counter = 0;
export const newKey = () => `k${Date.now().toString(36)}${(counter++).toString(36)}`;

export function emptySession(date: string): SessionDraft {
  return {
    courseId: null,
    date,
    durationMinutes: 60,
    checkIn: "",
    techniques: [],
    narrative: "",
    pieces: [],
    insights: "",
    integration: "",
  };
}

export function emptyPiece(kind: PieceKind = "body_sensation"): DraftPiece {
  return {
    key: newKey(),
    kind,
    text: "",
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
    start: null,
    end: null,
    characterId: null,
    threadIds: [],
  };
}

export function emptyTechnique(): DraftTechnique {
  return { key: newKey(), technique: "", regions: [], laterality: null, notes: "" };
}

export function draftFromSession(s: Session): SessionDraft {
  return {
    courseId: s.courseId,
    date: s.date,
    durationMinutes: s.durationMinutes,
    checkIn: s.checkIn,
    techniques: s.techniques.map((t) => ({ ...t, key: newKey() })),
    narrative: s.narrative,
    pieces: [...s.pieces]
      .sort((a, b) => a.position - b.position)
      .map((p) => ({
        key: p.id,
        id: p.id,
        kind: p.kind,
        text: p.text,
        regions: p.regions,
        laterality: p.laterality,
        age: p.age,
        period: p.period,
        colours: p.colours,
        temperature: p.temperature,
        movement: p.movement,
        emotions: p.emotions,
        character: p.character,
        aspect: p.aspect,
        start: p.start,
        end: p.end,
        characterId: p.characterId,
        threadIds: p.threadIds,
      })),
    insights: s.insights,
    integration: s.integration,
  };
}

/** The body to send: keys dropped, fields of other kinds cleared, spans re-anchored to the narrative. */
export function toSessionBody(d: SessionDraft): SessionBody {
  return {
    ...d,
    techniques: d.techniques.map(({ key: _key, ...t }) => t),
    pieces: d.pieces.map(({ key: _key, ...p }) => normalisePiece(reanchor(p, d.narrative))),
  };
}
