// Hash routes, so a reload works whatever the server does with unknown paths.
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

export const hrefFor = {
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
