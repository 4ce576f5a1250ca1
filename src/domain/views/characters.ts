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

/**
 * What the store reads for the cards: the sessions on the axis, the characters, which sessions
 * each appeared in (distinct pairs) and its messages in process order; no other pieces.
 */
export const CharactersRows = z.object({
  sessions: z.array(SessionRef),
  characters: z.array(
    CharacterCard.pick({ id: true, label: true, aspect: true, description: true, version: true }),
  ),
  appearances: z.array(z.object({ characterId: Id, sessionId: Id })),
  messages: z.array(z.object({ characterId: Id, pieceId: Id, text: z.string(), sessionId: Id })),
});
export type CharactersRows = z.infer<typeof CharactersRows>;

export function buildCharactersFromRows(rows: CharactersRows): CharactersView {
  const place = new Map(rows.sessions.map((s, i) => [s.id, i]));
  const seenBy = groupBy(rows.appearances, (a) => a.characterId);
  const saidBy = groupBy(rows.messages, (m) => m.characterId);
  const cards = rows.characters.map((c): CharacterCard => {
    const seen = (seenBy.get(c.id) ?? [])
      .map((a) => place.get(a.sessionId))
      .filter((i) => i !== undefined)
      .sort((a, b) => a - b)
      .map((i) => rows.sessions[i]!);
    return {
      ...c,
      firstSession: seen[0] ? toSessionRef(seen[0]) : null,
      lastSession: seen.at(-1) ? toSessionRef(seen.at(-1)!) : null,
      sessionIds: seen.map((s) => s.id),
      messages: (saidBy.get(c.id) ?? []).flatMap((m) => {
        const i = place.get(m.sessionId);
        return i === undefined ? [] : [{ pieceId: m.pieceId, text: m.text, session: rows.sessions[i]! }];
      }),
    };
  });
  cards.sort((a, b) => b.sessionIds.length - a.sessionIds.length || a.label.localeCompare(b.label));
  return { sessions: rows.sessions, characters: cards };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(key(item)) ?? [];
    list.push(item);
    out.set(key(item), list);
  }
  return out;
}
