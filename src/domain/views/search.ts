// Search across the practice with facets: the store finds the records that match the words; the
// pieces of those records that hold the words become hits, each with its kind, regions, emotions
// and character, so the facets can narrow the list. Matched words are wrapped in « and ».
import { z } from "zod";
import { Id, IsoDate } from "../common";
import type { SearchHit } from "../api-shapes";
import type { Piece } from "../piece";
import { BodyRegion, Emotion, PieceKind } from "../vocabulary";

export const SearchViewQuery = z.object({
  q: z.string().trim().min(1).max(200),
  kind: PieceKind.optional(),
  region: BodyRegion.optional(),
  emotion: Emotion.optional(),
  character: z.string().trim().toLowerCase().max(80).optional(),
  clientId: Id.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export type SearchViewQuery = z.input<typeof SearchViewQuery>;

export const SearchViewHit = z.object({
  clientId: Id,
  clientName: z.string(),
  sessionId: Id.nullable(),
  sessionNumber: z.number().int().nullable(),
  reflectionId: Id.nullable(),
  pieceId: Id.nullable(),
  kind: PieceKind.nullable(),
  date: IsoDate,
  /** One line; matched words wrapped in « and ». */
  snippet: z.string(),
  regions: z.array(BodyRegion),
  emotions: z.array(Emotion),
  character: z.string().nullable(),
});
export type SearchViewHit = z.infer<typeof SearchViewHit>;

const FacetCount = z.array(z.object({ value: z.string(), label: z.string(), count: z.number().int() }));

export const SearchView = z.object({
  hits: z.array(SearchViewHit),
  /** Counted over every hit before the facets narrow them, so each choice shows what it leaves. */
  facets: z.object({
    kind: FacetCount,
    region: FacetCount,
    emotion: FacetCount,
    character: FacetCount,
    client: FacetCount,
  }),
  total: z.number().int(),
});
export type SearchView = z.infer<typeof SearchView>;

/** Word stems of the query, for highlighting words the full-text search matched by stem. */
export function queryStems(q: string): string[] {
  return [
    ...new Set(
      q
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length >= 2)
        .map((w) => (w.length > 5 ? w.slice(0, w.length - 2) : w)),
    ),
  ];
}

/** A piece of a hit's session as the search page shows it. */
export type SearchPiece = Pick<Piece, "id" | "kind" | "text" | "regions" | "emotions" | "character">;

/**
 * The pieces of a hit's session that hold one of the stems: the page shows these instead of the
 * record's snippet (and needs a snippet only when there are none).
 */
export function piecesShown<P extends Pick<Piece, "text">>(
  pieces: readonly P[],
  stems: readonly string[],
): P[] {
  return pieces.filter((p) => {
    const lower = p.text.toLowerCase();
    return stems.some((s) => lower.includes(s));
  });
}

/** Wraps every word that starts with a stem in « », so the page can mark it. */
export function highlight(text: string, stems: readonly string[]): string {
  return text.replace(/[\p{L}\p{N}'’]+/gu, (word) =>
    stems.some((s) => word.toLowerCase().startsWith(s)) ? `«${word}»` : word,
  );
}

/** What the store reads for the search page: the hits, and of their sessions only what a hit shows. */
export interface SearchRows {
  hits: SearchHit[];
  sessions: Array<{
    id: string;
    number: number;
    pieces: SearchPiece[];
  }>;
  clients: Array<{ id: string; name: string }>;
}

export function buildSearch(q: z.output<typeof SearchViewQuery>, rows: SearchRows): SearchView {
  const sessions = new Map(rows.sessions.map((s) => [s.id, s]));
  const clientNames = new Map(rows.clients.map((c) => [c.id, c.name]));
  const stems = queryStems(q.q);
  const all: SearchViewHit[] = [];
  for (const h of rows.hits) {
    const clientName = clientNames.get(h.clientId) ?? "";
    const session = h.sessionId ? sessions.get(h.sessionId) : undefined;
    const pieces = session ? piecesShown(session.pieces, stems) : [];
    if (pieces.length === 0) {
      all.push({
        clientId: h.clientId,
        clientName,
        sessionId: h.sessionId,
        sessionNumber: session?.number ?? null,
        reflectionId: h.reflectionId,
        pieceId: null,
        kind: null,
        date: h.date,
        snippet: h.snippet,
        regions: [],
        emotions: [],
        character: null,
      });
      continue;
    }
    for (const p of pieces) {
      all.push({
        clientId: h.clientId,
        clientName,
        sessionId: h.sessionId,
        sessionNumber: session?.number ?? null,
        reflectionId: null,
        pieceId: p.id,
        kind: p.kind,
        date: h.date,
        snippet: highlight(p.text, stems),
        regions: p.regions,
        emotions: p.emotions,
        character: p.character,
      });
    }
  }
  const inRange = all.filter((h) => (!q.from || h.date >= q.from) && (!q.to || h.date <= q.to));
  const narrowed = inRange.filter(
    (h) =>
      (!q.kind || h.kind === q.kind) &&
      (!q.region || h.regions.includes(q.region)) &&
      (!q.emotion || h.emotions.includes(q.emotion)) &&
      (!q.character || h.character === q.character) &&
      (!q.clientId || h.clientId === q.clientId),
  );
  const count = (values: Array<[string, string]>) => {
    const m = new Map<string, { value: string; label: string; count: number }>();
    for (const [value, label] of values) {
      const e = m.get(value) ?? { value, label, count: 0 };
      e.count += 1;
      m.set(value, e);
    }
    return [...m.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  };
  return {
    hits: narrowed.sort((a, b) => b.date.localeCompare(a.date)),
    total: narrowed.length,
    facets: {
      kind: count(inRange.flatMap((h) => (h.kind ? [[h.kind, h.kind] as [string, string]] : []))),
      region: count(inRange.flatMap((h) => h.regions.map((r) => [r, r] as [string, string]))),
      emotion: count(inRange.flatMap((h) => h.emotions.map((e) => [e, e] as [string, string]))),
      character: count(
        inRange.flatMap((h) => (h.character ? [[h.character, h.character] as [string, string]] : [])),
      ),
      client: count(inRange.map((h) => [h.clientId, h.clientName] as [string, string])),
    },
  };
}
