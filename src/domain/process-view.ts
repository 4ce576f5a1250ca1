// The process of one client: sessions in time with their pieces, and what recurs across them.
import type { Character, CharacterWithAppearances, Thread } from "./character";
import type { Piece } from "./piece";
import type { Session } from "./session";
import type { BodyRegion, PieceKind } from "./vocabulary";

export interface ProcessView {
  sessions: Array<Pick<Session, "id" | "number" | "date" | "status"> & { pieces: Piece[] }>;
  kindCounts: Partial<Record<PieceKind, number>>;
  regionCounts: Partial<Record<BodyRegion, number>>;
  characters: CharacterWithAppearances[];
  threads: Array<Thread & { sessionNumbers: number[] }>;
}

export function buildProcessView(
  sessions: Session[],
  characters: Character[],
  threads: Thread[],
): ProcessView {
  const ordered = [...sessions].sort((a, b) => a.date.localeCompare(b.date) || a.number - b.number);
  const kindCounts: ProcessView["kindCounts"] = {};
  const regionCounts: ProcessView["regionCounts"] = {};
  const sessionOfPiece = new Map<string, Session>();
  for (const s of ordered) {
    for (const p of s.pieces) {
      sessionOfPiece.set(p.id, s);
      kindCounts[p.kind] = (kindCounts[p.kind] ?? 0) + 1;
      for (const r of p.regions) regionCounts[r] = (regionCounts[r] ?? 0) + 1;
    }
  }
  return {
    sessions: ordered.map((s) => ({
      id: s.id,
      number: s.number,
      date: s.date,
      status: s.status,
      pieces: s.pieces,
    })),
    kindCounts,
    regionCounts,
    characters: characters.map((c) => withAppearances(c, ordered)),
    threads: threads.map((t) => ({
      ...t,
      sessionNumbers: [
        ...new Set(
          t.pieceIds.map((id) => sessionOfPiece.get(id)?.number).filter((n): n is number => n !== undefined),
        ),
      ].sort((a, b) => a - b),
    })),
  };
}

/** First and last appearance are derived from the sessions whose pieces link the character, never stored. */
export function withAppearances(character: Character, sessions: Session[]): CharacterWithAppearances {
  const dates = sessions
    .filter((s) => s.pieces.some((p) => p.characterId === character.id))
    .map((s) => s.date)
    .sort();
  return {
    ...character,
    firstAppearance: dates[0] ?? null,
    lastAppearance: dates.at(-1) ?? null,
    appearances: dates.length,
  };
}
