// Home: what needs the practitioner today — drafts to sign, safety flags to follow up,
// reflections clients shared that this practitioner has not opened yet — and the clients seen
// lately. Unread is per person (a read marker each), set when they open the client's words.
import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/tessera-api";
import { LoadProblem } from "../../components/load-problem";
import { hrefFor } from "../../routing";
import { formatDate } from "../../vocabulary-labels";
import { useViewTitle } from "../../workspace/use-view-title";
import "./home.css";

/** Invalidated when the client's words are opened (workspace/contributions). */
export const UNREAD_REFLECTIONS_KEY = ["practice", "unread-reflections"] as const;

export function HomePage() {
  useViewTitle("Home");
  const home = useQuery({
    queryKey: ["practice-view", "home"],
    queryFn: ({ signal }) => api.getHomeView(signal),
  });
  const unread = useQuery({
    queryKey: UNREAD_REFLECTIONS_KEY,
    queryFn: ({ signal }) => api.listUnreadReflections(signal).then((r) => r.items),
  });
  if (home.error) return <LoadProblem error={home.error} onRetry={() => void home.refetch()} />;
  const h = home.data;
  const reflections = unread.data ?? [];
  return (
    <div className="stack-lg">
      <h1>Home</h1>
      {!h && <p className="page-status">Loading…</p>}
      {h && (
        <div className="grid grid--2 align-start">
          <section className="card stack-sm" aria-labelledby="home-flags">
            <h2 id="home-flags">Open safety flags</h2>
            {h.openFlags.length === 0 && <p className="muted">None open.</p>}
            <ul>
              {h.openFlags.map((f) => (
                <li key={f.responseId}>
                  <a href={hrefFor.measures(f.clientId)}>{f.clientName}</a> · {f.instrument.toUpperCase()} on{" "}
                  {formatDate(f.date)}{" "}
                  {f.urgency && <span className={`badge badge--urgency-${f.urgency}`}>{f.urgency}</span>}
                </li>
              ))}
            </ul>
          </section>
          <section className="card stack-sm" aria-labelledby="home-drafts">
            <h2 id="home-drafts">Drafts to sign</h2>
            {h.drafts.length === 0 && <p className="muted">Every session is signed.</p>}
            <ul>
              {h.drafts.map((d) => (
                <li key={d.session.id}>
                  <a href={hrefFor.session(d.session.id)}>
                    {d.clientName}, session {d.session.number}
                  </a>{" "}
                  <span className="muted small">{formatDate(d.session.date)}</span>
                </li>
              ))}
            </ul>
          </section>
          <section className="card stack-sm" aria-labelledby="home-refl">
            <h2 id="home-refl">Unread reflections</h2>
            <LoadProblem error={unread.error} onRetry={() => void unread.refetch()} />
            {unread.data && reflections.length === 0 && <p className="muted">Nothing new from clients.</p>}
            {/* One line per client, newest first: how many wait and the newest one's opening words. */}
            <ul className="stack-sm unread-reflections">
              {byClient(reflections).map(({ newest, count }) => (
                <li key={newest.clientId} data-client-id={newest.clientId} data-unread={count}>
                  <a href={hrefFor.contributions(newest.clientId)}>{newest.clientName}</a>{" "}
                  <span className="muted small">
                    {count === 1 ? "1 reflection" : `${count} reflections`}, the newest{" "}
                    {formatDate(newest.date)}
                  </span>
                  <q className="client-words unread-reflections__words">{newest.excerpt}</q>
                </li>
              ))}
            </ul>
          </section>
          <section className="card stack-sm" aria-labelledby="home-recent">
            <h2 id="home-recent">Recent clients</h2>
            <ul>
              {h.recentClients.map((c) => (
                <li key={c.id}>
                  <a href={hrefFor.brief(c.id)}>{c.name}</a>{" "}
                  <span className="muted small">
                    {c.lastSession ? `last seen ${formatDate(c.lastSession.date)}` : "no session yet"} ·{" "}
                    {c.sessions} sessions
                  </span>
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}
    </div>
  );
}

/** Unread reflections grouped by client, in the order of each client's newest (the list's order). */
function byClient<R extends { clientId: string }>(list: readonly R[]): Array<{ newest: R; count: number }> {
  const groups = new Map<string, { newest: R; count: number }>();
  for (const r of list) {
    const g = groups.get(r.clientId);
    if (g) g.count += 1;
    else groups.set(r.clientId, { newest: r, count: 1 });
  }
  return [...groups.values()];
}
