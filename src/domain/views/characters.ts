// Characters as cards: when each came, how often, and what it said lately, so the practitioner
// sees how its messages changed over the process. A card is bounded however long the process:
// counts, first and last session, an appearance strip of at most STRIP_CELLS cells and the last
// CARD_MESSAGES messages; earlier messages are read a page at a time (CharacterMessagesPage).
import { z } from "zod";
import type { Character } from "../character";
import { Id } from "../common";
import type { Session } from "../session";
import { CharacterAspect } from "../vocabulary";
import { buildStrip, CellPresence, StripBounds, StripCell, stripFromCells } from "./session-strip";
import { groupedBy, inProcessOrder, SessionRef, toSessionRef } from "./view-parts";

/** Messages a card shows at first: the latest ones, in order. */
export const CARD_MESSAGES = 5;

export const CharacterMessage = z.object({ pieceId: Id, text: z.string(), session: SessionRef });
export type CharacterMessage = z.infer<typeof CharacterMessage>;

export const CharacterCard = z.object({
  id: Id,
  label: z.string(),
  aspect: CharacterAspect,
  description: z.string(),
  /** For editing the notes (optimistic concurrency). */
  version: z.number().int(),
  firstSession: SessionRef.nullable(),
  lastSession: SessionRef.nullable(),
  /** How many sessions it appeared in. */
  sessionsSeen: z.number().int(),
  /** The appearance strip, aggregated to a bounded number of cells. */
  strip: z.array(StripCell),
  messageCount: z.number().int(),
  /** The last CARD_MESSAGES messages in process order; the first of them is message number messagesOffset. */
  messages: z.array(CharacterMessage),
  messagesOffset: z.number().int(),
});
export type CharacterCard = z.infer<typeof CharacterCard>;

export const CharactersView = z.object({
  sessionCount: z.number().int(),
  characters: z.array(CharacterCard),
});
export type CharactersView = z.infer<typeof CharactersView>;

/** A stretch of one character's messages in process order: messages[0] is number `offset`. */
export const CharacterMessagesPage = z.object({
  characterId: Id,
  total: z.number().int(),
  offset: z.number().int(),
  messages: z.array(CharacterMessage),
});
export type CharacterMessagesPage = z.infer<typeof CharacterMessagesPage>;

/** Where a page starts: the given offset, or the last `limit` items when none is given. */
export function pageStart(total: number, page: { offset?: number; limit: number }): number {
  return page.offset ?? Math.max(0, total - page.limit);
}

/** Every message of a character in process order, from every session (the in-memory reference). */
function messagesOf(ordered: readonly Session[], characterId: string): CharacterMessage[] {
  return ordered.flatMap((s) =>
    s.pieces
      .filter((p) => p.kind === "message" && p.characterId === characterId)
      .map((p) => ({ pieceId: p.id, text: p.text, session: toSessionRef(s) })),
  );
}

export function buildCharacters(
  sessions: readonly Session[],
  characters: readonly Character[],
): CharactersView {
  const ordered = inProcessOrder(sessions);
  const cards = characters.map((c): CharacterCard => {
    const seen = ordered.filter((s) => s.pieces.some((p) => p.characterId === c.id));
    const messages = messagesOf(ordered, c.id);
    const offset = Math.max(0, messages.length - CARD_MESSAGES);
    return {
      id: c.id,
      label: c.label,
      aspect: c.aspect,
      description: c.description,
      version: c.version,
      firstSession: seen[0] ? toSessionRef(seen[0]) : null,
      lastSession: seen.at(-1) ? toSessionRef(seen.at(-1)!) : null,
      sessionsSeen: seen.length,
      strip: buildStrip(ordered, new Set(seen.map((s) => s.id))),
      messageCount: messages.length,
      messages: messages.slice(offset),
      messagesOffset: offset,
    };
  });
  return { sessionCount: ordered.length, characters: sortCards(cards) };
}

export function buildCharacterMessages(
  sessions: readonly Session[],
  characterId: string,
  page: { offset?: number; limit: number },
): CharacterMessagesPage {
  const all = messagesOf(inProcessOrder(sessions), characterId);
  const offset = pageStart(all.length, page);
  return { characterId, total: all.length, offset, messages: all.slice(offset, offset + page.limit) };
}

/** Most present first: the figures that carry the process lead. */
function sortCards(cards: CharacterCard[]): CharacterCard[] {
  return cards.sort((a, b) => b.sessionsSeen - a.sessionsSeen || a.label.localeCompare(b.label));
}

/**
 * What the store reads for the cards, counted on the strip's axis so that nothing grows with the
 * process: the cells' bounds, the characters, per character its span (sessions seen, messages,
 * first and last session) and the cells it appeared in, and its last CARD_MESSAGES messages in
 * process order; no other pieces and no other sessions.
 */
export const CharactersRows = z.object({
  sessionCount: z.number().int(),
  cells: z.array(StripBounds),
  characters: z.array(
    CharacterCard.pick({ id: true, label: true, aspect: true, description: true, version: true }),
  ),
  spans: z.array(
    z.object({
      characterId: Id,
      sessionsSeen: z.number().int(),
      messageCount: z.number().int(),
      firstSession: SessionRef,
      lastSession: SessionRef,
    }),
  ),
  presence: z.array(CellPresence.extend({ characterId: Id })),
  latestMessages: z.array(CharacterMessage.extend({ characterId: Id })),
});
export type CharactersRows = z.infer<typeof CharactersRows>;

export function buildCharactersFromRows(rows: CharactersRows): CharactersView {
  const spanOf = new Map(rows.spans.map((x) => [x.characterId, x]));
  const presenceOf = groupedBy(rows.presence, (p) => p.characterId);
  const saidBy = groupedBy(rows.latestMessages, (m) => m.characterId);
  const cards = rows.characters.map((c): CharacterCard => {
    const span = spanOf.get(c.id);
    const messages = (saidBy.get(c.id) ?? []).map(({ pieceId, text, session }) => ({
      pieceId,
      text,
      session,
    }));
    const messageCount = span?.messageCount ?? 0;
    return {
      ...c,
      firstSession: span?.firstSession ?? null,
      lastSession: span?.lastSession ?? null,
      sessionsSeen: span?.sessionsSeen ?? 0,
      strip: stripFromCells(rows.cells, presenceOf.get(c.id) ?? []),
      messageCount,
      messages,
      messagesOffset: messageCount - messages.length,
    };
  });
  return { sessionCount: rows.sessionCount, characters: sortCards(cards) };
}
