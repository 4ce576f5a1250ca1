// Every page of the workspace and its address. Hash addresses (#/clients/…), so a reload and a deep
// link work whatever the server does with unknown paths. Each area adds its own route lines here.
import type { ComponentType } from "react";
import type { RouteObject } from "react-router";
import { ClientListPage } from "../pages/client-list-page";
import { courseRoutes } from "../courses/course-routes";
import { hrefFor } from "../routing";
import { ClientLayout } from "../workspace/client-layout";
import { VIEW_PAGES } from "./view-pages";

// Each page is its own chunk, fetched when its address is first opened: a deep link to one view
// downloads that view's code, not every page's (issue 11: first load of a view).
function page(load: () => Promise<ComponentType>): Pick<RouteObject, "lazy"> {
  return { lazy: async () => ({ Component: await load() }) };
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
      { index: true, ...page(() => import("./client-routes").then((m) => m.ClientRoute)) },
      // The views' pages (view-pages.ts, where the first script finds a deep link's chunk).
      ...Object.entries(VIEW_PAGES).map(([path, load]) => ({ path, ...page(load) })),
    ],
  },
  { path: "home", ...page(() => import("../practice/home/home-page").then((m) => m.HomePage)) },
  { path: "search", ...page(() => import("../practice/search/search-page").then((m) => m.SearchPage)) },
  { path: "audit", ...page(() => import("../practice/audit/audit-page").then((m) => m.AuditPage)) },
  {
    path: "settings",
    ...page(() => import("../practice/settings/settings-page").then((m) => m.SettingsPage)),
  },
  {
    path: "accounts",
    ...page(() => import("../practice/accounts/accounts-page").then((m) => m.AccountsPage)),
  },
  { path: "two-factor", ...page(() => import("../pages/two-factor-page").then((m) => m.TwoFactorPage)) },
  {
    path: "clients/:clientId/sessions/new",
    ...page(() => import("./client-routes").then((m) => m.NewSessionRoute)),
  },
  { path: "sessions/:sessionId", ...page(() => import("./client-routes").then((m) => m.SessionRoute)) },
  { path: "*", element: <NotFound /> },
];
