// Every page of the workspace and its address. Hash addresses (#/clients/…), so a reload and a deep
// link work whatever the server does with unknown paths. Each area adds its own route lines here.
import type { RouteObject } from "react-router";
import { useParams } from "react-router";
import { ClientListPage } from "../pages/client-list-page";
import { ClientPage } from "../pages/client-page";
import { SessionPage } from "../pages/session-page";
import { courseRoutes } from "../courses/course-routes";
import { hrefFor } from "../routing";

function ClientRoute() {
  const { clientId = "" } = useParams();
  return <ClientPage key={clientId} clientId={clientId} />;
}

function NewSessionRoute() {
  const { clientId = "" } = useParams();
  return <SessionPage key={`new-${clientId}`} clientId={clientId} />;
}

function SessionRoute() {
  const { sessionId = "" } = useParams();
  return <SessionPage key={sessionId} sessionId={sessionId} />;
}

function NotFound() {
  return (
    <p>
      This page does not exist. <a href={hrefFor.clients()}>Back to the clients</a>
    </p>
  );
}

/** The pages under the signed-in shell (top bar, main). */
export const workspaceRoutes: RouteObject[] = [
  { index: true, element: <ClientListPage /> },
  ...courseRoutes,
  { path: "clients", element: <ClientListPage /> },
  { path: "clients/:clientId", element: <ClientRoute /> },
  { path: "clients/:clientId/sessions/new", element: <NewSessionRoute /> },
  { path: "sessions/:sessionId", element: <SessionRoute /> },
  { path: "*", element: <NotFound /> },
];
