// "Before the next session": one printable screen that gathers what the practitioner needs to
// walk in prepared. Each line carries the id of where it came from, so the page can link to it.
import { z } from "zod";
import type { Character, Thread } from "../character";
import { Id, IsoDate } from "../common";
import type { Consent } from "../consent";
import { CONSENT_PURPOSES } from "../consent";
import { MeasureResponse } from "../measure-response";
import type { Reflection } from "../reflection";
import type { Session } from "../session";
import { CharacterAspect, PieceKind } from "../vocabulary";
import { inProcessOrder, PieceTile, SessionRef, shortenWords, toSessionRef, toTile } from "./view-parts";

export const BriefScore = z.object({
  responseId: Id,
  instrument: z.string(),
  date: IsoDate,
  total: z.number().nullable(),
  band: z.string().nullable(),
  /** Change of the total from the previous complete response of the instrument. */
  change: z.number().nullable(),
  openFlags: z.array(z.string()),
});
export type BriefScore = z.infer<typeof BriefScore>;

export const BriefView = z.object({
  client: z.object({ id: Id, name: z.string() }),
  sessionCount: z.number().int(),
  lastSession: SessionRef.extend({
    pieces: z.array(PieceTile),
    insights: z.string(),
    /** The practitioner's notes for next time (integration and homework). */
    integration: z.string(),
  }).nullable(),
  openThreads: z.array(
    z.object({ id: Id, name: z.string(), status: z.string(), lastSession: SessionRef.nullable() }),
  ),
  recentCharacters: z.array(
    z.object({
      id: Id,
      label: z.string(),
      aspect: CharacterAspect,
      lastSession: SessionRef,
      /** The last thing it said in those sessions, if it spoke. */
      lastWords: z.string().nullable(),
    }),
  ),
  reflectionsSince: z.array(z.object({ id: Id, date: IsoDate, excerpt: z.string() })),
  scores: z.array(BriefScore),
  activeConsents: z.array(z.object({ id: Id, purpose: z.enum(CONSENT_PURPOSES), date: IsoDate })),
});
export type BriefView = z.infer<typeof BriefView>;

export function buildBrief(input: {
  client: { id: string; name: string };
  sessions: readonly Session[];
  characters: readonly Character[];
  threads: readonly Thread[];
  reflections: readonly Reflection[];
  consents: readonly Consent[];
  scores: BriefScore[];
}): BriefView {
  const sessions = inProcessOrder(input.sessions);
  const last = sessions.at(-1) ?? null;
  const sessionOfPiece = new Map<string, Session>();
  for (const s of sessions) for (const p of s.pieces) sessionOfPiece.set(p.id, s);

  const lastThree = sessions.slice(-3);
  const recentCharacters = input.characters.flatMap((c) => {
    const seen = lastThree.filter((s) => s.pieces.some((p) => p.characterId === c.id));
    const at = seen.at(-1);
    if (!at) return [];
    const words = seen
      .flatMap((s) => s.pieces)
      .filter((p) => p.kind === "message" && p.characterId === c.id)
      .at(-1);
    return [
      {
        id: c.id,
        label: c.label,
        aspect: c.aspect,
        lastSession: toSessionRef(at),
        lastWords: words?.text ?? null,
      },
    ];
  });

  const openThreads = input.threads
    .filter((t) => t.status !== "resolved")
    .map((t) => {
      const inSessions = t.pieceIds.map((id) => sessionOfPiece.get(id)).filter((s) => s !== undefined);
      const latest = inProcessOrder(inSessions).at(-1);
      return { id: t.id, name: t.name, status: t.status, lastSession: latest ? toSessionRef(latest) : null };
    });

  const since = last?.date ?? "";
  return {
    client: input.client,
    sessionCount: sessions.length,
    lastSession: last && {
      ...toSessionRef(last),
      pieces: last.pieces.map(toTile),
      insights: last.insights,
      integration: last.integration,
    },
    openThreads,
    recentCharacters,
    reflectionsSince: input.reflections
      .filter((r) => r.sharedWithPractitioner && r.date >= since)
      .map((r) => ({ id: r.id, date: r.date, excerpt: shortenWords(r.text, 240) })),
    scores: input.scores,
    activeConsents: input.consents
      .filter((c) => c.granted && c.withdrawnAt === null)
      .map((c) => ({ id: c.id, purpose: c.purpose, date: c.date })),
  };
}

/**
 * What the store reads for the brief (issue 16: only the first screen, not every session):
 * the last session with its tiles, the last three sessions and their pieces that name a
 * character, the characters among them, open threads with their latest session, shared
 * reflections since the last session, active consents.
 */
export const BriefRows = z.object({
  client: z.object({ id: Id, name: z.string() }),
  sessionCount: z.number().int(),
  lastSession: BriefView.shape.lastSession,
  /** The last three sessions, oldest first. */
  recentSessions: z.array(SessionRef),
  /** Pieces of those sessions that name a character, in session order and then position. */
  recentCharacterPieces: z.array(
    z.object({ sessionId: Id, characterId: Id, kind: PieceKind, text: z.string() }),
  ),
  /** The characters named in those pieces, in the order of listCharacters. */
  characters: z.array(z.object({ id: Id, label: z.string(), aspect: CharacterAspect })),
  openThreads: BriefView.shape.openThreads,
  reflectionsSince: z.array(z.object({ id: Id, date: IsoDate, text: z.string() })),
  activeConsents: BriefView.shape.activeConsents,
  /**
   * Scored by the server (src/measures) into the brief's scores: each instrument's latest
   * responses, back to the complete one before the latest (its change is shown), in store order.
   */
  responses: z.array(MeasureResponse),
});
export type BriefRows = z.infer<typeof BriefRows>;

export function buildBriefFromRows(rows: BriefRows, scores: BriefScore[]): BriefView {
  const recentCharacters = rows.characters.flatMap((c) => {
    const own = rows.recentCharacterPieces.filter((p) => p.characterId === c.id);
    const seen = rows.recentSessions.filter((s) => own.some((p) => p.sessionId === s.id));
    const at = seen.at(-1);
    if (!at) return [];
    const words = own.filter((p) => p.kind === "message").at(-1);
    return [
      {
        id: c.id,
        label: c.label,
        aspect: c.aspect,
        lastSession: toSessionRef(at),
        lastWords: words?.text ?? null,
      },
    ];
  });
  return {
    client: rows.client,
    sessionCount: rows.sessionCount,
    lastSession: rows.lastSession,
    openThreads: rows.openThreads,
    recentCharacters,
    reflectionsSince: rows.reflectionsSince.map((r) => ({
      id: r.id,
      date: r.date,
      excerpt: shortenWords(r.text, 240),
    })),
    scores,
    activeConsents: rows.activeConsents,
  };
}
