// Every page of the workspace and its address. Hash addresses (#/clients/…), so a reload and a deep
// link work whatever the server does with unknown paths. Each area adds its own route lines here.
import type { RouteObject } from "react-router";
import { useParams } from "react-router";
import { ClientListPage } from "../pages/client-list-page";
import { ClientPage } from "../pages/client-page";
import { SessionPage } from "../pages/session-page";
import { courseRoutes } from "../courses/course-routes";
import { hrefFor } from "../routing";
// The workspace (issue 11): the views of one client and across the practice.
import { AuditPage } from "../practice/audit/audit-page";
import { HomePage } from "../practice/home/home-page";
import { SearchPage } from "../practice/search/search-page";
import { BodyMapPage } from "../workspace/body-map/body-map-page";
import { BriefPage } from "../workspace/brief/brief-page";
import { CharactersPage } from "../workspace/characters/characters-page";
import { ClientLayout } from "../workspace/client-layout";
import { ContributionsPage } from "../workspace/contributions/contributions-page";
import { LifePage } from "../workspace/life/life-page";
import { MeasuresAxisPage } from "../workspace/measures/measures-axis-page";
import { MosaicPage } from "../workspace/mosaic/mosaic-page";
import { ThreadsPage } from "../workspace/threads/threads-page";
import { SettingsPage } from "../practice/settings/settings-page";
import { ExportPage } from "../workspace/export/export-page";
// Trust (issue 14): the administrators' accounts screen and one's own second factor.
import { AccountsPage } from "../practice/accounts/accounts-page";
import { TwoFactorPage } from "../pages/two-factor-page";

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
  {
    path: "clients/:clientId",
    element: <ClientLayout />,
    children: [
      { index: true, element: <ClientRoute /> },
      { path: "brief", element: <BriefPage /> },
      { path: "mosaic", element: <MosaicPage /> },
      { path: "body-map", element: <BodyMapPage /> },
      { path: "characters", element: <CharactersPage /> },
      { path: "threads", element: <ThreadsPage /> },
      { path: "life", element: <LifePage /> },
      { path: "measures", element: <MeasuresAxisPage /> },
      { path: "contributions", element: <ContributionsPage /> },
      { path: "export", element: <ExportPage /> },
    ],
  },
  { path: "home", element: <HomePage /> },
  { path: "search", element: <SearchPage /> },
  { path: "audit", element: <AuditPage /> },
  { path: "settings", element: <SettingsPage /> },
  { path: "accounts", element: <AccountsPage /> },
  { path: "two-factor", element: <TwoFactorPage /> },
  { path: "clients/:clientId/sessions/new", element: <NewSessionRoute /> },
  { path: "sessions/:sessionId", element: <SessionRoute /> },
  { path: "*", element: <NotFound /> },
];
