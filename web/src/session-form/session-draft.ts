// What the session form holds, and how it maps to and from the API's shapes.
import {
  normalisePiece,
  PieceInput,
  SessionInput,
  TechniqueApplied as TechniqueSchema,
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

/** Drafts start from the schemas' defaults, so a new field needs no change here. */
export function emptySession(date: string): SessionDraft {
  // Parsed with a fixed valid day so the defaults never depend on what the caller passes.
  const { pieces: _p, techniques: _t, ...rest } = SessionInput.parse({ date: "2000-01-01" });
  return { ...rest, date, techniques: [], pieces: [] };
}

export function emptyPiece(kind: PieceKind = "body_sensation"): DraftPiece {
  return { key: newKey(), ...PieceInput.parse({ kind, text: "" }) };
}

export function emptyTechnique(): DraftTechnique {
  // The schema asks for a name; an empty row starts with none and is checked on save.
  return { key: newKey(), ...TechniqueSchema.parse({ technique: "-" }), technique: "" };
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
      .map((p) => ({ key: p.id, ...PieceInput.parse(p) })),
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
