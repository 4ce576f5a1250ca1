// The courses screen's address: #/clients/:clientId/courses.
import type { RouteObject } from "react-router";
import { useParams } from "react-router";
import { CoursesPage } from "./courses-page";

function CoursesRoute() {
  const { clientId = "" } = useParams();
  return <CoursesPage key={clientId} clientId={clientId} />;
}

export const courseRoutes: RouteObject[] = [{ path: "clients/:clientId/courses", element: <CoursesRoute /> }];
