// The router: created once, on first sign-in, so its history listener lives as long as the page.
import { createHashRouter, RouterProvider } from "react-router";
import { workspaceRoutes } from "./app-routes";
import { WorkspaceShell } from "./workspace-shell";

let router: ReturnType<typeof createHashRouter> | null = null;

function appRouter() {
  router ??= createHashRouter([
    {
      path: "/",
      element: <WorkspaceShell />,
      // Shown while a deep link's page chunk arrives.
      hydrateFallbackElement: <p className="page-status">Opening Tessera…</p>,
      children: workspaceRoutes,
    },
  ]);
  return router;
}

export function AppRouter() {
  return <RouterProvider router={appRouter()} />;
}
