// The frame of one client's views: who they are, and a tab per view. Each view is its own page
// with its own address, so deep links and the back button work.
import { NavLink, Outlet, useParams } from "react-router";
import { ageOn } from "../../../src/domain";
import { LoadProblem } from "../components/load-problem";
import { hrefFor } from "../routing";
import { todayIso } from "../vocabulary-labels";
import { useClient } from "./use-view";

export const CLIENT_VIEWS = [
  { path: "brief", label: "Before the next session" },
  { path: "mosaic", label: "Mosaic" },
  { path: "body-map", label: "Body map" },
  { path: "characters", label: "Characters" },
  { path: "threads", label: "Threads" },
  { path: "life", label: "Life timeline" },
  { path: "measures", label: "Measures" },
  { path: "contributions", label: "Client's words" },
  { path: "export", label: "Export" },
] as const;

export function ClientLayout() {
  const { clientId = "" } = useParams();
  const client = useClient(clientId);
  const c = client.data;
  return (
    <div className="stack-lg">
      <nav className="crumbs" aria-label="Breadcrumb">
        <a href={hrefFor.clients()}>Clients</a>
      </nav>
      <LoadProblem error={client.error} onRetry={() => void client.refetch()} />
      <div className="page-head">
        <div>
          <h1>{c ? c.name : "Client"}</h1>
          {c && (
            <p className="subtitle">
              {[c.pronouns, c.dateOfBirth ? `${ageOn(c.dateOfBirth, todayIso())} years` : null]
                .filter(Boolean)
                .join(" · ")}
            </p>
          )}
        </div>
        <a className="button button--primary" href={hrefFor.newSession(clientId)}>
          Record a new session
        </a>
      </div>
      <nav className="view-tabs" aria-label="Views of this client">
        <NavLink to={`/clients/${encodeURIComponent(clientId)}`} end className={tabClass}>
          Overview
        </NavLink>
        {CLIENT_VIEWS.map((v) => (
          <NavLink
            key={v.path}
            to={`/clients/${encodeURIComponent(clientId)}/${v.path}`}
            className={tabClass}
          >
            {v.label}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </div>
  );
}

const tabClass = ({ isActive }: { isActive: boolean }) =>
  isActive ? "view-tab view-tab--active" : "view-tab";
