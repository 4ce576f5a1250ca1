// Full-text search over the practice's narratives, pieces and shared reflections.
import { listOf, SearchHit, SearchQuery } from "../../../domain";
import { endpoint } from "../endpoint";

export const searchEndpoints = [
  endpoint({
    name: "search",
    method: "GET",
    path: "/api/search",
    summary: "Search the practice's records",
    query: SearchQuery,
    response: { status: 200, schema: listOf(SearchHit) },
    handler: async ({ store, query }) => ({ items: await store.search(query.q, query.limit) }),
  }),
];
