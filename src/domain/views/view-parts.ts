// Small shapes the workspace views share: a session on the axis, and a piece as a tile (its
// words shortened, no narrative): what a first screen needs and nothing more.
import { z } from "zod";
import { Id, IsoDate } from "../common";
import type { Piece } from "../piece";
import { Session } from "../session";
import {
  BodyRegion,
  CharacterAspect,
  Colour,
  Emotion,
  Laterality,
  LifePeriod,
  PieceKind,
} from "../vocabulary";

export const SessionRef = z.object({
  id: Id,
  number: z.number().int(),
  date: IsoDate,
  status: Session.shape.status,
  courseId: Id.nullable(),
});
export type SessionRef = z.infer<typeof SessionRef>;

export const PieceTile = z.object({
  id: Id,
  kind: PieceKind,
  /** The piece's words, shortened to at most WORDS_MAX characters. */
  words: z.string(),
  regions: z.array(BodyRegion),
  laterality: Laterality.nullable(),
  emotions: z.array(Emotion),
  colours: z.array(Colour),
  age: z.number().int().nullable(),
  period: LifePeriod.nullable(),
  characterId: Id.nullable(),
  character: z.string().nullable(),
  aspect: CharacterAspect.nullable(),
  threadIds: z.array(Id),
});
export type PieceTile = z.infer<typeof PieceTile>;

export const WORDS_MAX = 60;

/** Shortens at a word boundary, with an ellipsis, so a tile never cuts a word in half. */
export function shortenWords(text: string, max = WORDS_MAX): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

/** The piece fields a tile shows: what a view query selects instead of the whole piece. */
export type TileSource = Pick<Piece, Exclude<keyof PieceTile, "words"> | "text">;

export function toTile(p: TileSource): PieceTile {
  return {
    id: p.id,
    kind: p.kind,
    words: shortenWords(p.text),
    regions: p.regions,
    laterality: p.laterality,
    emotions: p.emotions,
    colours: p.colours,
    age: p.age,
    period: p.period,
    characterId: p.characterId,
    character: p.character,
    aspect: p.aspect,
    threadIds: p.threadIds,
  };
}

export function toSessionRef(s: Pick<Session, "id" | "number" | "date" | "status" | "courseId">): SessionRef {
  return { id: s.id, number: s.number, date: s.date, status: s.status, courseId: s.courseId };
}

/** Sessions in the order of the process: by date, then number. */
export function inProcessOrder<T extends Pick<Session, "date" | "number">>(sessions: readonly T[]): T[] {
  return [...sessions].sort((a, b) => a.date.localeCompare(b.date) || a.number - b.number);
}

/** Rows grouped by a key, in their order: one pass instead of a filter per group. */
export function groupedBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
