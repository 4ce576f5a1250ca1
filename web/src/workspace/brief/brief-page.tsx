// Before the next session: one printable screen of what to bring into the room. Every line links
// to where it came from.
import { useParams } from "react-router";
import { LoadProblem } from "../../components/load-problem";
import { KIND_STYLE } from "../../process/kind-style";
import { KindDot } from "../../process/kind-dot";
import { hrefFor } from "../../routing";
import { formatDate } from "../../vocabulary-labels";
import { useBrief } from "../use-view";
import { useViewTitle } from "../use-view-title";

const PURPOSE: Record<string, string> = {
  treatment: "Treatment",
  "record-keeping": "Record keeping",
  "portal-sharing": "Sharing through the portal",
  research: "Research",
};

export function BriefPage() {
  const { clientId = "" } = useParams();
  useViewTitle("Before the next session");
  const brief = useBrief(clientId);
  if (brief.error) return <LoadProblem error={brief.error} onRetry={() => void brief.refetch()} />;
  const b = brief.data;
  if (!b) return <p className="page-status">Loading…</p>;
  const last = b.lastSession;
  return (
    <section className="brief stack" aria-labelledby="view-title">
      <div className="section-head">
        <h2 id="view-title">Before the next session</h2>
        <button
          type="button"
          className="button--secondary button--small no-print"
          onClick={() => window.print()}
        >
          Print
        </button>
      </div>
      {b.scores.some((s) => s.openFlags.length > 0) && (
        <p className="notice notice--error" role="alert">
          A safety flag is open:{" "}
          {b.scores
            .filter((s) => s.openFlags.length)
            .map((s) => `${s.instrument.toUpperCase()} on ${formatDate(s.date)}`)
            .join(", ")}
          . <a href={hrefFor.measures(clientId)}>See the measures</a>
        </p>
      )}
      <div className="grid grid--2 align-start">
        <section className="card stack-sm" aria-labelledby="brief-last">
          <h3 id="brief-last">Last session</h3>
          {!last && <p className="muted">No session recorded yet.</p>}
          {last && (
            <>
              <p>
                <a href={hrefFor.session(last.id)}>
                  Session {last.number}, {formatDate(last.date)}
                </a>{" "}
                {last.status === "draft" && <span className="badge badge--draft">draft</span>}
              </p>
              <div className="brief__notes" data-testid="notes-for-next-time">
                <h4>Notes for next time</h4>
                {last.integration ? <p>{last.integration}</p> : <p className="muted">None written.</p>}
              </div>
              {last.insights && (
                <div>
                  <h4>Insights</h4>
                  <p>{last.insights}</p>
                </div>
              )}
              <h4>What arose</h4>
              <ul className="brief__pieces">
                {last.pieces.map((p) => (
                  <li key={p.id}>
                    <KindDot kind={p.kind} />
                    <span className="muted small">{KIND_STYLE[p.kind].label}</span>{" "}
                    <a href={hrefFor.sessionPiece(last.id, p.id)}>{p.words}</a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>

        <div className="stack">
          <section className="card stack-sm" aria-labelledby="brief-threads">
            <h3 id="brief-threads">Open threads</h3>
            {b.openThreads.length === 0 && <p className="muted">None open.</p>}
            <ul>
              {b.openThreads.map((t) => (
                <li key={t.id}>
                  <a href={hrefFor.threads(clientId, { thread: t.id })}>{t.name}</a>{" "}
                  <span className={`badge badge--${t.status}`}>{t.status}</span>
                  {t.lastSession && (
                    <span className="muted small"> · last in session {t.lastSession.number}</span>
                  )}
                </li>
              ))}
            </ul>
          </section>
          <section className="card stack-sm" aria-labelledby="brief-chars">
            <h3 id="brief-chars">Characters of the last three sessions</h3>
            {b.recentCharacters.length === 0 && <p className="muted">None appeared.</p>}
            <ul className="stack-sm">
              {b.recentCharacters.map((c) => (
                <li key={c.id}>
                  <a href={hrefFor.characters(clientId, { character: c.id })}>{c.label}</a>{" "}
                  <span className="muted small">
                    ({c.aspect}) · session {c.lastSession.number}
                  </span>
                  {c.lastWords && <blockquote className="quote">{c.lastWords}</blockquote>}
                </li>
              ))}
            </ul>
          </section>
          <section className="card stack-sm" aria-labelledby="brief-refl">
            <h3 id="brief-refl">Shared by the client since</h3>
            {b.reflectionsSince.length === 0 && <p className="muted">Nothing new.</p>}
            <ul>
              {b.reflectionsSince.map((r) => (
                <li key={r.id}>
                  <a href={hrefFor.contributions(clientId)}>{formatDate(r.date)}</a>{" "}
                  <q className="client-words">{r.excerpt}</q>
                </li>
              ))}
            </ul>
          </section>
          <section className="card stack-sm" aria-labelledby="brief-scores">
            <h3 id="brief-scores">Latest scores</h3>
            {b.scores.length === 0 && <p className="muted">No questionnaires yet.</p>}
            <ul>
              {b.scores.map((s) => (
                <li key={s.responseId}>
                  <a href={hrefFor.measures(clientId)}>{s.instrument.toUpperCase()}</a> {s.total ?? "—"}
                  {s.band && <span className="muted small"> ({s.band})</span>}
                  {s.change !== null && (
                    <span className="muted small">
                      {" "}
                      · {s.change > 0 ? "+" : ""}
                      {s.change} since the one before
                    </span>
                  )}{" "}
                  <span className="muted small">{formatDate(s.date)}</span>
                </li>
              ))}
            </ul>
          </section>
          <section className="card stack-sm" aria-labelledby="brief-consents">
            <h3 id="brief-consents">Active consents</h3>
            <ul>
              {b.activeConsents.map((c) => (
                <li key={c.id}>
                  <a href={hrefFor.contributions(clientId)}>{PURPOSE[c.purpose] ?? c.purpose}</a>{" "}
                  <span className="muted small">since {formatDate(c.date)}</span>
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>
    </section>
  );
}
