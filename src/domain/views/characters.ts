// Characters as cards: when each came, how often, and what it said, in order, so the practitioner
// sees how its messages changed over the process.
import { z } from "zod";
import type { Character } from "../character";
import { Id } from "../common";
import type { Session } from "../session";
import { CharacterAspect } from "../vocabulary";
import { inProcessOrder, SessionRef, toSessionRef } from "./view-parts";

export const CharacterCard = z.object({
  id: Id,
  label: z.string(),
  aspect: CharacterAspect,
  description: z.string(),
  /** For editing the notes (optimistic concurrency). */
  version: z.number().int(),
  firstSession: SessionRef.nullable(),
  lastSession: SessionRef.nullable(),
  /** Ids of the sessions it appeared in, in order: the appearance strip. */
  sessionIds: z.array(Id),
  messages: z.array(z.object({ pieceId: Id, text: z.string(), session: SessionRef })),
});
export type CharacterCard = z.infer<typeof CharacterCard>;

export const CharactersView = z.object({
  sessions: z.array(SessionRef),
  characters: z.array(CharacterCard),
});
export type CharactersView = z.infer<typeof CharactersView>;

export function buildCharacters(
  sessions: readonly Session[],
  characters: readonly Character[],
): CharactersView {
  const ordered = inProcessOrder(sessions);
  const cards = characters.map((c): CharacterCard => {
    const seen = ordered.filter((s) => s.pieces.some((p) => p.characterId === c.id));
    return {
      id: c.id,
      label: c.label,
      aspect: c.aspect,
      description: c.description,
      version: c.version,
      firstSession: seen[0] ? toSessionRef(seen[0]) : null,
      lastSession: seen.at(-1) ? toSessionRef(seen.at(-1)!) : null,
      sessionIds: seen.map((s) => s.id),
      messages: seen.flatMap((s) =>
        s.pieces
          .filter((p) => p.kind === "message" && p.characterId === c.id)
          .map((p) => ({ pieceId: p.id, text: p.text, session: toSessionRef(s) })),
      ),
    };
  });
  // Most present first: the figures that carry the process lead.
  cards.sort((a, b) => b.sessionIds.length - a.sessionIds.length || a.label.localeCompare(b.label));
  return { sessions: ordered.map(toSessionRef), characters: cards };
}
