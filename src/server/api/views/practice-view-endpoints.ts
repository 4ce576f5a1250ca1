// Views across the practice: home, search with facets, and the audit trail with filters.
import {
  AuditView,
  AuditViewQuery,
  buildHome,
  buildSearch,
  filterAudit,
  HomeView,
  SearchView,
  SearchViewQuery,
} from "../../../domain";
import { endpoint } from "../endpoint";

export const practiceViewEndpoints = [
  endpoint({
    name: "getHomeView",
    method: "GET",
    path: "/api/views/home",
    summary: "Home: unsigned drafts, open safety flags, recent clients",
    response: { status: 200, schema: HomeView },
    handler: async ({ store }) => {
      // One read of the clients with their latest sessions and drafts (not a session list per client).
      const [rows, openFlags] = await Promise.all([store.readHomeView(), store.listOpenSafetyFlags()]);
      return buildHome(rows, openFlags);
    },
  }),
  endpoint({
    name: "getSearchView",
    method: "GET",
    path: "/api/views/search",
    summary: "Search the practice with facets (kind, region, emotion, character, client, date range)",
    query: SearchViewQuery,
    response: { status: 200, schema: SearchView },
    handler: async ({ store, query }) => buildSearch(query, await store.readSearchView(query.q)),
  }),
  endpoint({
    name: "getAuditView",
    method: "GET",
    path: "/api/views/audit",
    summary: "The audit trail filtered by person, client, action and date (administrators)",
    query: AuditViewQuery,
    response: { status: 200, schema: AuditView },
    handler: async ({ store, caller, query }) => {
      const records = await store.listAudit({ clientId: query.clientId, limit: 1000 });
      const clients = await store.listClients();
      const names = new Map(clients.map((c) => [c.id, c.name]));
      const people = [...new Set(records.flatMap((r) => (r.userId ? [r.userId] : [])))].map((id) => ({
        id,
        // The scoped store lists no users; the caller is named, others by a short id.
        name: id === caller.userId ? "You" : `User ${id.slice(0, 8)}`,
      }));
      const clientIds = [...new Set(records.flatMap((r) => (r.clientId ? [r.clientId] : [])))];
      return {
        records: filterAudit(records, query),
        people,
        clients: clientIds.map((id) => ({ id, name: names.get(id) ?? id })),
      };
    },
  }),
];
