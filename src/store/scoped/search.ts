// Full-text search over the practice's session narratives, pieces and shared reflections.
// User input never reaches a query language: it is cut into plain words first.
import type { OperationsFor } from "./operation";

const MAX_TERMS = 16;
const MAX_TERM_LENGTH = 64;

export const searchOperations: OperationsFor<"search"> = {
  search: {
    access: "staff",
    writes: false,
    // The query text is clinical: it is never written to the audit log.
    audit: { action: "read", resourceType: "search", resourceId: () => null },
    async run(ctx, query, limit = 20) {
      const terms = searchTerms(query);
      if (terms.length === 0) return [];
      const bounded = Math.min(Math.max(Math.trunc(limit) || 20, 1), 100);
      const hits = await ctx.adapter.search(ctx.db, ctx.caller.practiceId, terms, bounded);
      // Documents join their parts with blank lines; a snippet reads as one line.
      return hits.map((hit) => ({ ...hit, snippet: hit.snippet.replace(/\s+/g, " ").trim() }));
    },
  },
};

/** Words of letters, marks and digits, lower case; every operator and quote is dropped. */
export function searchTerms(query: string): string[] {
  const words =
    query
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return [...new Set(words.map((w) => w.slice(0, MAX_TERM_LENGTH)))].slice(0, MAX_TERMS);
}
