// The process of one client: sessions in time with their pieces, and what recurs across them.
import { z } from "zod";
import { CharacterWithAppearances, Thread, type Character } from "./character";
import { Piece } from "./piece";
import { Session } from "./session";
import { BodyRegion, PieceKind } from "./vocabulary";

export const ProcessView = z.object({
  sessions: z.array(
    Session.pick({ id: true, number: true, date: true, status: true }).extend({ pieces: z.array(Piece) }),
  ),
  kindCounts: z.partialRecord(PieceKind, z.number().int()),
  regionCounts: z.partialRecord(BodyRegion, z.number().int()),
  characters: z.array(CharacterWithAppearances),
  threads: z.array(Thread.extend({ sessionNumbers: z.array(z.number().int()) })),
});
export type ProcessView = z.infer<typeof ProcessView>;

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
