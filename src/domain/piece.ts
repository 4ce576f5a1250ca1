// A piece: one thing that arose in a session or reflection (../shared/spec/pieces.md).
import { z } from "zod";
import { Id, RecordMeta } from "./common";
import {
  BodyRegion,
  CharacterAspect,
  Colour,
  Emotion,
  KIND_FIELDS,
  type KindSpecificField,
  Laterality,
  LifePeriod,
  MovementType,
  PieceKind,
  Temperature,
} from "./vocabulary";

/** The fields the spec names, shared by extracted and recorded pieces. */
const pieceFields = {
  kind: PieceKind,
  text: z.string().max(10_000),
  regions: z.array(BodyRegion).max(38).default([]),
  laterality: Laterality.nullable().default(null),
  age: z.number().int().min(0).max(120).nullable().default(null),
  period: LifePeriod.nullable().default(null),
  colours: z.array(Colour).max(14).default([]),
  temperature: Temperature.nullable().default(null),
  movement: MovementType.nullable().default(null),
  emotions: z.array(Emotion).max(13).default([]),
  character: z.string().trim().toLowerCase().max(80).nullable().default(null),
  aspect: CharacterAspect.nullable().default(null),
};

/** What the extractor returns: a piece with a span in the source text. */
export const ExtractedPiece = z.object({
  ...pieceFields,
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** How sure the extractor is, 0–1: suggestions are ordered by it and those below a threshold hidden. */
  confidence: z.number().min(0).max(1).optional(),
});
export type ExtractedPiece = z.infer<typeof ExtractedPiece>;

/**
 * A piece as a practitioner records it. The span is optional (a piece typed by
 * hand has none); links to a character of the client and to threads.
 */
export const PieceInput = z.object({
  /** Present when a stored piece is sent back unchanged or edited, so its thread links survive. */
  id: Id.optional(),
  ...pieceFields,
  start: z.number().int().min(0).nullable().default(null),
  end: z.number().int().min(0).nullable().default(null),
  characterId: Id.nullable().default(null),
  threadIds: z.array(Id).max(50).default([]),
});
export type PieceInput = z.input<typeof PieceInput>;
export type PieceData = z.output<typeof PieceInput>;

export const Piece = PieceInput.extend({
  id: Id,
  practiceId: Id,
  clientId: Id,
  sessionId: Id.nullable(),
  reflectionId: Id.nullable(),
  position: z.number().int(),
  createdAt: RecordMeta.shape.createdAt,
});
export type Piece = z.infer<typeof Piece>;

/** Clears fields that do not belong to the piece's kind, so a kind change leaves no stale values. */
export function normalisePiece<T extends z.output<typeof PieceInput>>(piece: T): T {
  const own = KIND_FIELDS[piece.kind];
  const keep = (f: KindSpecificField) => own.includes(f);
  return {
    ...piece,
    age: keep("age") ? piece.age : null,
    period: keep("period") ? piece.period : null,
    colours: keep("colours") ? [...new Set(piece.colours)] : [],
    temperature: keep("temperature") ? piece.temperature : null,
    movement: keep("movement") ? piece.movement : null,
    emotions: keep("emotions") ? [...new Set(piece.emotions)] : [],
    character: keep("character") ? piece.character : null,
    aspect: keep("aspect") ? piece.aspect : null,
    regions: [...new Set(piece.regions)],
  };
}
