// Hash routes, so a reload works whatever the server does with unknown paths. The router is
// react-router (web/src/router); these build the addresses the pages link to.
import { useEffect, useState } from "react";

export type Route =
  | { page: "clients" }
  | { page: "client"; clientId: string }
  | { page: "new-session"; clientId: string }
  | { page: "session"; sessionId: string }
  | { page: "not-found" };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, "").split("/").filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0 || (parts.length === 1 && parts[0] === "clients")) return { page: "clients" };
  if (parts[0] === "clients" && parts[1] && parts.length === 2) return { page: "client", clientId: parts[1] };
  if (
    parts[0] === "clients" &&
    parts[1] &&
    parts[2] === "sessions" &&
    parts[3] === "new" &&
    parts.length === 4
  )
    return { page: "new-session", clientId: parts[1] };
  if (parts[0] === "sessions" && parts[1] && parts.length === 2)
    return { page: "session", sessionId: parts[1] };
  return { page: "not-found" };
}

const q = (params?: Record<string, string | undefined>) => {
  const entries = Object.entries(params ?? {}).filter((e): e is [string, string] => !!e[1]);
  return entries.length ? `?${new URLSearchParams(entries).toString()}` : "";
};
const clientView = (view: string) => (clientId: string, params?: Record<string, string | undefined>) =>
  `#/clients/${encodeURIComponent(clientId)}/${view}${q(params)}`;

export const hrefFor = {
  home: () => "#/home",
  search: (params?: Record<string, string | undefined>) => `#/search${q(params)}`,
  audit: () => "#/audit",
  brief: clientView("brief"),
  mosaic: clientView("mosaic"),
  bodyMap: clientView("body-map"),
  characters: clientView("characters"),
  threads: clientView("threads"),
  life: clientView("life"),
  measures: clientView("measures"),
  contributions: clientView("contributions"),
  /** A session opened at one of its pieces. */
  sessionPiece: (sessionId: string, pieceId: string) =>
    `#/sessions/${encodeURIComponent(sessionId)}${q({ piece: pieceId })}`,
  clients: () => "#/clients",
  client: (clientId: string) => `#/clients/${encodeURIComponent(clientId)}`,
  newSession: (clientId: string) => `#/clients/${encodeURIComponent(clientId)}/sessions/new`,
  session: (sessionId: string) => `#/sessions/${encodeURIComponent(sessionId)}`,
};

export function navigate(href: string): void {
  window.location.hash = href;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => {
      setRoute(parseRoute(window.location.hash));
      window.scrollTo(0, 0);
    };
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return route;
}
