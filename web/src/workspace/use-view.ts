// The views' data through TanStack Query: one key per view and client (and its query), so going
// back to a view shows it at once and a change can invalidate every view of a client.
import { useQuery } from "@tanstack/react-query";
import { api } from "../api/tessera-api";
import { queryClient } from "../router/query-client";
import { MOSAIC_FIRST_PAGE } from "./linked-view-request";

type Api = typeof api;

export const viewKey = (clientId: string, view: string, params?: unknown) =>
  ["client-view", clientId, view, params ?? null] as const;

/** Reloads every view of the client that is shown or cached (after a change any of them may show). */
export const refreshClientViews = (clientId: string) =>
  queryClient.invalidateQueries({ queryKey: ["client-view", clientId] });

export function useBrief(clientId: string) {
  return useQuery({
    queryKey: viewKey(clientId, "brief"),
    queryFn: ({ signal }) => api.getBriefView(clientId, signal),
  });
}

export function useMosaic(clientId: string, query: Parameters<Api["getMosaicView"]>[1]) {
  return useQuery({
    queryKey: viewKey(clientId, "mosaic", query),
    queryFn: ({ signal }) => api.getMosaicView(clientId, query, signal),
    placeholderData: (previous) => previous,
  });
}

export function useBodyMap(clientId: string, query: Parameters<Api["getBodyMapView"]>[1]) {
  return useQuery({
    queryKey: viewKey(clientId, "body-map", query),
    queryFn: ({ signal }) => api.getBodyMapView(clientId, query, signal),
    placeholderData: (previous) => previous,
  });
}

export function useRegionPieces(
  clientId: string,
  region: Parameters<Api["getBodyRegionPieces"]>[1] | null,
  query: Parameters<Api["getBodyRegionPieces"]>[2],
) {
  return useQuery({
    queryKey: viewKey(clientId, "body-region", { region, ...query }),
    queryFn: ({ signal }) => api.getBodyRegionPieces(clientId, region!, query, signal),
    enabled: region !== null,
  });
}

export function useCharactersView(clientId: string) {
  return useQuery({
    queryKey: viewKey(clientId, "characters"),
    queryFn: ({ signal }) => api.getCharactersView(clientId, signal),
  });
}

export function useThreadsView(clientId: string) {
  return useQuery({
    queryKey: viewKey(clientId, "threads"),
    queryFn: ({ signal }) => api.getThreadsView(clientId, signal),
  });
}

export function useLifeView(clientId: string) {
  return useQuery({
    queryKey: viewKey(clientId, "life"),
    queryFn: ({ signal }) => api.getLifeView(clientId, signal),
  });
}

export function useMeasuresAxis(clientId: string) {
  return useQuery({
    queryKey: viewKey(clientId, "measures"),
    queryFn: ({ signal }) => api.getMeasuresAxisView(clientId, signal),
  });
}

export function useContributions(clientId: string) {
  return useQuery({
    queryKey: viewKey(clientId, "contributions"),
    queryFn: ({ signal }) => api.getContributionsView(clientId, signal),
  });
}

export function useClient(clientId: string) {
  return useQuery({
    queryKey: ["client", clientId],
    queryFn: ({ signal }) => api.getClient(clientId, signal),
  });
}

/**
 * A deep link to a view (a reload, a bookmark) starts that view's request as soon as the script
 * runs, beside the login check instead of after it and the router: the first screen waits for
 * one round trip, not three. The page's own query then finds it in the cache under the same key.
 */
function startLinkedViewRequest(hash: string): void {
  const match =
    /^#\/clients\/([^/?#]+)\/(mosaic|brief|characters|threads|life|measures|contributions)(?:[?#]|$)/.exec(
      hash,
    );
  if (!match) return;
  const clientId = decodeURIComponent(match[1]!);
  const view = match[2]!;
  // The mosaic's first page, as MosaicPage asks for it.
  const firstPage = MOSAIC_FIRST_PAGE;
  const requests: Record<string, [readonly unknown[], (signal: AbortSignal) => Promise<unknown>]> = {
    mosaic: [viewKey(clientId, "mosaic", firstPage), (s) => api.getMosaicView(clientId, firstPage, s)],
    brief: [viewKey(clientId, "brief"), (s) => api.getBriefView(clientId, s)],
    characters: [viewKey(clientId, "characters"), (s) => api.getCharactersView(clientId, s)],
    threads: [viewKey(clientId, "threads"), (s) => api.getThreadsView(clientId, s)],
    life: [viewKey(clientId, "life"), (s) => api.getLifeView(clientId, s)],
    measures: [viewKey(clientId, "measures"), (s) => api.getMeasuresAxisView(clientId, s)],
    contributions: [viewKey(clientId, "contributions"), (s) => api.getContributionsView(clientId, s)],
  };
  const [queryKey, fetchView] = requests[view]!;
  // Not signed in: the request fails quietly and the login page shows as before.
  void queryClient.prefetchQuery({ queryKey, queryFn: ({ signal }) => fetchView(signal) });
  // The client too, for the layout's header. The first script (boot.ts) may have sent these
  // requests already; then these calls take its answers (api/http.ts startEarly).
  void queryClient.prefetchQuery({
    queryKey: ["client", clientId],
    queryFn: ({ signal }) => api.getClient(clientId, signal),
  });
}

if (typeof window !== "undefined") startLinkedViewRequest(window.location.hash);
