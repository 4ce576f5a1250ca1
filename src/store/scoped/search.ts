// Full-text search over the practice's session narratives, pieces and shared reflections, and
// the counts of its matches per client and per year (facets). User input never reaches a query
// language: it is cut into plain words first.
import {
  groupedBy,
  piecesShown,
  queryStems,
  SearchFilter,
  type SearchFacets,
  type SearchHit,
  type SearchPiece,
  type SearchRows,
} from "../../domain";
import type { SearchFacetRow } from "../dialect";
import { jsonColumns } from "../json-column";
import { parseInput } from "../parse-input";
import type { OperationsFor } from "./operation";
import type { ScopeContext } from "./scope-context";

const MAX_TERMS = 16;
const MAX_TERM_LENGTH = 64;
/** Clients listed in the facets; the total still counts every match. */
const FACET_CLIENTS = 20;
/** Records the search page shows the pieces of. */
const PAGE_HITS = 100;
const pieceJson = jsonColumns("pieces", ["regions", "emotions"]);

export const searchOperations: OperationsFor<"search" | "searchFacets" | "readSearchView"> = {
  search: {
    access: "staff",
    writes: false,
    // The query text is clinical: it is never written to the audit log.
    audit: { action: "read", resourceType: "search", resourceId: () => null },
    run: (ctx, query, limit = 20, filter = {}) => findHits(ctx, query, limit, filter),
  },

  // The search page in one read (issue 16): the hits, then the pieces and numbers of their sessions
  // and their clients' names in one query each, not a whole session read per hit.
  readSearchView: {
    access: "staff",
    writes: false,
    // The page shows pieces of its hits' sessions: a record per client shown, as reading them would leave.
    audit: {
      action: "read",
      resourceType: "search",
      resourceId: () => null,
      clientsShown: (rows) => rows.clients.map((c) => c.id),
    },
    async run(ctx, query) {
      const hits = await findHits(ctx, query, PAGE_HITS, {}, false);
      const rows = await sessionsAndClientsOf(ctx, hits);
      return { hits: await withSnippets(ctx, query, hits, rows.sessions), ...rows };
    },
  },

  searchFacets: {
    access: "staff",
    writes: false,
    audit: { action: "read", resourceType: "search", resourceId: () => null },
    async run(ctx, query, filter = {}) {
      const terms = searchTerms(query);
      if (terms.length === 0) return { total: 0, clients: [], years: [] };
      const narrowed = parseInput(SearchFilter, filter);
      const rows = await ctx.adapter.searchFacets(
        ctx.db,
        ctx.caller.practiceId,
        terms,
        narrowed,
        teamOf(ctx),
      );
      return sumFacets(rows);
    },
  },
};

async function findHits(
  ctx: ScopeContext,
  query: string,
  limit: number,
  filter: SearchFilter,
  snippets = true,
): Promise<SearchHit[]> {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const bounded = Math.min(Math.max(Math.trunc(limit) || 20, 1), 100);
  const narrowed = parseInput(SearchFilter, filter);
  // Trust (issue 14): only clients whose care team the caller is on, filtered in SQL before
  // ranking, so snippets are cut only for the hits returned.
  const hits = await ctx.adapter.search(
    ctx.db,
    ctx.caller.practiceId,
    terms,
    bounded,
    narrowed,
    teamOf(ctx),
    snippets,
  );
  return hits.map((hit) => ({ ...hit, snippet: oneLine(hit.snippet) }));
}

/** Documents join their parts with blank lines; a snippet reads as one line. */
const oneLine = (snippet: string) => snippet.replace(/\s+/g, " ").trim();

/**
 * Snippets only for the hits the page shows them for: a reflection, or a session none of whose
 * pieces holds the words (the page shows such pieces instead: buildSearch).
 */
async function withSnippets(
  ctx: ScopeContext,
  query: string,
  hits: SearchHit[],
  sessions: SearchRows["sessions"],
): Promise<SearchHit[]> {
  const stems = queryStems(query);
  const shownByPieces = new Set(sessions.filter((s) => piecesShown(s.pieces, stems).length).map((s) => s.id));
  const needing = hits.filter((h) => !h.sessionId || !shownByPieces.has(h.sessionId));
  if (needing.length === 0) return hits;
  const cut = await ctx.adapter.snippetsOf(ctx.db, ctx.caller.practiceId, searchTerms(query), {
    sessionIds: needing.flatMap((h) => (h.sessionId ? [h.sessionId] : [])),
    reflectionIds: needing.flatMap((h) => (h.reflectionId ? [h.reflectionId] : [])),
  });
  const snippetOf = new Map(cut.map((c) => [c.sessionId ?? c.reflectionId, oneLine(c.snippet)]));
  return hits.map((h) => ({ ...h, snippet: snippetOf.get(h.sessionId ?? h.reflectionId) ?? h.snippet }));
}

/** The hits' sessions (number and pieces in position order) and clients, read by id within the practice. */
async function sessionsAndClientsOf(
  ctx: ScopeContext,
  hits: readonly SearchHit[],
): Promise<Omit<SearchRows, "hits">> {
  const sessionIds = [...new Set(hits.flatMap((h) => (h.sessionId ? [h.sessionId] : [])))];
  const clientIds = [...new Set(hits.map((h) => h.clientId))];
  if (clientIds.length === 0) return { sessions: [], clients: [] };
  const practiceId = ctx.caller.practiceId;
  const [sessions, pieces, clients] = await Promise.all([
    sessionIds.length
      ? ctx.db
          .selectFrom("sessions")
          .select(["id", "number"])
          .where("practiceId", "=", practiceId)
          .where("id", "in", sessionIds)
          .execute()
      : [],
    sessionIds.length
      ? ctx.db
          .selectFrom("pieces")
          .select(["id", "sessionId", "kind", "text", "regions", "emotions", "character"])
          .where("practiceId", "=", practiceId)
          .where("sessionId", "in", sessionIds)
          .orderBy("sessionId")
          .orderBy("position")
          .execute()
      : [],
    ctx.db
      .selectFrom("clients")
      .select(["id", "name"])
      .where("practiceId", "=", practiceId)
      .where("id", "in", clientIds)
      .execute(),
  ]);
  const piecesOf = groupedBy(
    pieces.map((row) => pieceJson.read(row as never) as unknown as SearchPiece & { sessionId: string }),
    (p) => p.sessionId,
  );
  return {
    sessions: sessions.map((s) => ({
      id: s.id,
      number: s.number,
      pieces: (piecesOf.get(s.id) ?? []).map(({ sessionId: _, ...piece }) => piece),
    })),
    clients,
  };
}

/** The caller whose care teams bound the search, or null when the caller sees the whole practice. */
function teamOf(ctx: ScopeContext): string | null {
  return ctx.limitedToCareTeam ? ctx.caller.userId : null;
}

/** Per client (most matches first, then id) and per year (newest first). */
function sumFacets(rows: SearchFacetRow[]): SearchFacets {
  const clients = new Map<string, number>();
  const years = new Map<string, number>();
  let total = 0;
  for (const row of rows) {
    const count = Number(row.count);
    total += count;
    clients.set(row.clientId, (clients.get(row.clientId) ?? 0) + count);
    years.set(row.year, (years.get(row.year) ?? 0) + count);
  }
  return {
    total,
    clients: [...clients]
      .map(([clientId, count]) => ({ clientId, count }))
      .sort((a, b) => b.count - a.count || (a.clientId < b.clientId ? -1 : 1))
      .slice(0, FACET_CLIENTS),
    years: [...years].map(([year, count]) => ({ year, count })).sort((a, b) => (a.year < b.year ? 1 : -1)),
  };
}

/** Words of letters, marks and digits, lower case; every operator and quote is dropped. */
export function searchTerms(query: string): string[] {
  const words =
    query
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return [...new Set(words.map((w) => w.slice(0, MAX_TERM_LENGTH)))].slice(0, MAX_TERMS);
}
