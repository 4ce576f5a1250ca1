// Full-text search over the practice's session narratives, pieces and shared reflections, and
// the counts of its matches per client and per year (facets). User input never reaches a query
// language: it is cut into plain words first.
import { SearchFilter, type SearchFacets } from "../../domain";
import type { SearchFacetRow } from "../dialect";
import { parseInput } from "../parse-input";
import type { OperationsFor } from "./operation";
import type { ScopeContext } from "./scope-context";

const MAX_TERMS = 16;
const MAX_TERM_LENGTH = 64;
/** Clients listed in the facets; the total still counts every match. */
const FACET_CLIENTS = 20;

export const searchOperations: OperationsFor<"search" | "searchFacets"> = {
  search: {
    access: "staff",
    writes: false,
    // The query text is clinical: it is never written to the audit log.
    audit: { action: "read", resourceType: "search", resourceId: () => null },
    async run(ctx, query, limit = 20, filter = {}) {
      const terms = searchTerms(query);
      if (terms.length === 0) return [];
      const bounded = Math.min(Math.max(Math.trunc(limit) || 20, 1), 100);
      const narrowed = parseInput(SearchFilter, filter);
      // Trust (issue 14): only clients whose care team the caller is on. The dialects search the
      // practice; hits are over-fetched and filtered here so the answer still fills its limit.
      const visible = await visibleClients(ctx);
      const fetched = visible ? Math.min(bounded * 5, 500) : bounded;
      const hits = (await ctx.adapter.search(ctx.db, ctx.caller.practiceId, terms, fetched, narrowed))
        .filter((hit) => !visible || visible.has(hit.clientId))
        .slice(0, bounded);
      // Documents join their parts with blank lines; a snippet reads as one line.
      return hits.map((hit) => ({ ...hit, snippet: hit.snippet.replace(/\s+/g, " ").trim() }));
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
      const visible = await visibleClients(ctx);
      const rows = await ctx.adapter.searchFacets(ctx.db, ctx.caller.practiceId, terms, narrowed);
      return sumFacets(rows.filter((row) => !visible || visible.has(row.clientId)));
    },
  },
};

/** The ids of the clients the caller may see, or null when that is the whole practice. */
async function visibleClients(ctx: ScopeContext): Promise<Set<string> | null> {
  if (!ctx.limitedToCareTeam) return null;
  return new Set((await ctx.careTeamClientIds().execute()).map((row) => row.clientId));
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
