// What the client brought: reflections they shared (in their own words), consents, and the
// courses with their intentions. Opening it marks the shared reflections read for this
// practitioner (Home's unread list), and says how many were new.
import { useEffect, useState } from "react";
import { useParams } from "react-router";
import { api } from "../../api/tessera-api";
import { UNREAD_REFLECTIONS_KEY } from "../../practice/home/home-page";
import { queryClient } from "../../router/query-client";
import { LoadProblem } from "../../components/load-problem";
import { KIND_STYLE } from "../../process/kind-style";
import { KindDot } from "../../process/kind-dot";
import { formatDate } from "../../vocabulary-labels";
import { useContributions } from "../use-view";
import { useViewTitle } from "../use-view-title";
import { useEarlierPages } from "../characters/use-earlier-pages";
import { ShowEarlierButton } from "../characters/show-earlier-button";
import type { ContributionsView } from "../../../../src/domain";
import "./contributions.css";

const PURPOSE: Record<string, string> = {
  treatment: "Treatment",
  "record-keeping": "Record keeping",
  "portal-sharing": "Sharing through the portal",
  research: "Research",
};

export function ContributionsPage() {
  const { clientId = "" } = useParams();
  useViewTitle("The client's words");
  const view = useContributions(clientId);
  if (view.error) return <LoadProblem error={view.error} onRetry={() => void view.refetch()} />;
  const d = view.data;
  if (!d) return <p className="page-status">Loading…</p>;
  return (
    <section className="stack" aria-labelledby="view-title">
      <h2 id="view-title">The client's words and choices</h2>
      <div className="grid grid--2 align-start">
        <SharedReflections key={`${clientId}:${d.reflectionCount}`} clientId={clientId} view={d} />
        <div className="stack">
          <section className="card stack-sm" aria-labelledby="c-consents">
            <h3 id="c-consents">Consents</h3>
            {d.consents.length === 0 && <p className="muted">None recorded yet.</p>}
            {d.consents.length > 0 && (
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Purpose</th>
                    <th scope="col">Given</th>
                    <th scope="col">Since</th>
                  </tr>
                </thead>
                <tbody>
                  {d.consents.map((c) => (
                    <tr key={c.id}>
                      <td>{PURPOSE[c.purpose] ?? c.purpose}</td>
                      <td>
                        {c.withdrawnAt
                          ? `withdrawn ${formatDate(c.withdrawnAt)}`
                          : c.granted
                            ? "yes"
                            : "refused"}
                      </td>
                      <td>{formatDate(c.date)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section className="card stack-sm" aria-labelledby="c-courses">
            <h3 id="c-courses">Courses and their intentions</h3>
            {d.courses.length === 0 && <p className="muted">No course started yet.</p>}
            <ol className="stack-sm">
              {d.courses.map((c) => (
                <li key={c.id}>
                  <p className="muted small">
                    {formatDate(c.startDate)} – {c.endDate ? formatDate(c.endDate) : "ongoing"}
                  </p>
                  <p>{c.intention || <span className="muted">No intention written.</span>}</p>
                </li>
              ))}
            </ol>
          </section>
        </div>
      </div>
    </section>
  );
}

/**
 * The shared reflections, newest first: the latest page comes with the view, earlier ones a page
 * at a time. Opening them marks them read for this practitioner (Home's unread list).
 */
function SharedReflections({ clientId, view: d }: { clientId: string; view: ContributionsView }) {
  const earlier = useEarlierPages(d.reflectionsOffset, async (page) => {
    const got = await api.getSharedReflections(clientId, page);
    return { offset: got.offset, items: got.reflections };
  });
  const shown = [...d.reflections, ...[...earlier.earlier].reverse()];
  // The reflections this practitioner had not opened before this visit.
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const shownIds = shown.map((r) => r.id).join(" ");
  useEffect(() => {
    if (!shownIds) return;
    let live = true;
    api
      .markReflectionsRead(clientId, { reflectionIds: shownIds.split(" ") })
      .then(async ({ reflectionIds }) => {
        if (live && reflectionIds.length > 0) setFresh((was) => new Set([...was, ...reflectionIds]));
        await queryClient.invalidateQueries({ queryKey: UNREAD_REFLECTIONS_KEY });
      })
      // Marking read is a help for Home; the page stands without it.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [clientId, shownIds]);
  return (
    <section className="card stack-sm" aria-labelledby="c-refl">
      <h3 id="c-refl">Reflections the client shared</h3>
      {fresh.size > 0 && (
        <p className="muted small" role="status">
          {fresh.size} new since you last looked; now marked read.
        </p>
      )}
      {d.reflectionCount === 0 && <p className="muted">None shared yet.</p>}
      {earlier.remaining > 0 && (
        <p className="muted small">
          The latest {shown.length} of {d.reflectionCount}, newest first.
        </p>
      )}
      <ol className="stack">
        {shown.map((r) => (
          <li key={r.id} className="reflection">
            <p className="muted small">
              {formatDate(r.date)} · <span className="tag">client's words</span>
              {fresh.has(r.id) && <span className="badge badge--open reflection__new">new to you</span>}
            </p>
            <blockquote className="client-words">{r.text}</blockquote>
            {r.pieces.length > 0 && (
              <ul className="inline-list">
                {r.pieces.map((p) => (
                  <li key={p.id}>
                    <KindDot kind={p.kind} />
                    {KIND_STYLE[p.kind].label}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {earlier.remaining > 0 && (
        <p>
          <ShowEarlierButton earlier={earlier} what="reflections" />
        </p>
      )}
      <LoadProblem error={earlier.problem} />
    </section>
  );
}
