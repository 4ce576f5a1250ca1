// The process of one client: sessions in time with their pieces, and what recurs across them.
import { z } from "zod";
import { CharacterWithAppearances, Thread, type Character } from "./character";
import { Piece } from "./piece";
import { Session } from "./session";
import { BodyRegion, PieceKind } from "./vocabulary";
import { PageQuery } from "./views/session-strip";

export const ProcessView = z.object({
  /** The client's sessions in all; the document holds those from number `offset` (process order). */
  sessionCount: z.number().int().min(0),
  offset: z.number().int().min(0),
  sessions: z.array(
    Session.pick({ id: true, number: true, date: true, status: true }).extend({ pieces: z.array(Piece) }),
  ),
  kindCounts: z.partialRecord(PieceKind, z.number().int()),
  regionCounts: z.partialRecord(BodyRegion, z.number().int()),
  characters: z.array(CharacterWithAppearances),
  threads: z.array(Thread.extend({ sessionNumbers: z.array(z.number().int()) })),
});
export type ProcessView = z.infer<typeof ProcessView>;

/**
 * The stretch of sessions one process document holds (issue 16: at 3,000 sessions the whole
 * process was 25 MB and held the server for 2.4 s): without an offset, the latest.
 */
export const PROCESS_DOCUMENT_SESSIONS = 200;
export const ProcessQuery = PageQuery.extend({
  limit: z.coerce.number().int().min(1).max(PROCESS_DOCUMENT_SESSIONS).default(PROCESS_DOCUMENT_SESSIONS),
});
export type ProcessQuery = z.input<typeof ProcessQuery>;

/** The process of `sessions` (a stretch of the client's, from number `offset` of `sessionCount`). */
export function buildProcessView(
  sessions: Session[],
  characters: Character[],
  threads: Thread[],
  stretch: { sessionCount: number; offset: number } = { sessionCount: sessions.length, offset: 0 },
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
    ...stretch,
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
