// The client page and the session form under their addresses, keyed by the id so a new address
// starts a fresh page (loaded as their own chunk by app-routes).
import { useParams } from "react-router";
import { ClientPage } from "../pages/client-page";
import { SessionPage } from "../pages/session-page";

export function ClientRoute() {
  const { clientId = "" } = useParams();
  return <ClientPage key={clientId} clientId={clientId} />;
}

export function NewSessionRoute() {
  const { clientId = "" } = useParams();
  return <SessionPage key={`new-${clientId}`} clientId={clientId} />;
}

export function SessionRoute() {
  const { sessionId = "" } = useParams();
  return <SessionPage key={sessionId} sessionId={sessionId} />;
}
