// Full-text search over the practice's narratives, pieces and shared reflections, and the counts
// of every match per client and per year (facets), which can be narrowed to a client or a year.
import { listOf, SearchFacets, SearchFacetsQuery, SearchHit, SearchQuery } from "../../../domain";
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
  endpoint({
    name: "searchFacets",
    method: "GET",
    path: "/api/search/facets",
    summary: "Count every match of a search: in all, per client (the 20 with most) and per year",
    query: SearchFacetsQuery,
    response: { status: 200, schema: SearchFacets },
    handler: async ({ store, query: { q, ...filter } }) => store.searchFacets(q, filter),
  }),
];
