// A signed session, read only: the record as it was signed, who signed it and when, and each
// later amendment (signed, with its reason) beside the original it changes. Prints as a clean page.
import type { Client, Session } from "../../../src/domain";
import { AmendForm } from "./amend-form";
import { AmendmentList } from "./amendment-list";
import "./capture.css";
import { KIND_STYLE } from "../process/kind-style";
import { pieceDetails } from "../process/piece-tile";
import { hrefFor } from "../routing";
import { NarrativeMirror, type Highlight } from "../suggestions/narrative-mirror";
import { formatDate, regionLabel } from "../vocabulary-labels";

export function SessionRecord({
  client,
  session: s,
  onAmended,
}: {
  client: Client;
  session: Session;
  onAmended: (s: Session) => void;
}) {
  const pieces = [...s.pieces].sort((a, b) => a.position - b.position);
  const highlights: Highlight[] = pieces.flatMap((p) =>
    p.start !== null && p.end !== null ? [{ key: p.id, kind: p.kind, start: p.start, end: p.end }] : [],
  );
  return (
    <article className="stack-lg" aria-label={`Session ${s.number}`}>
      <nav className="crumbs" aria-label="Breadcrumb">
        <a href={hrefFor.clients()}>Clients</a> <span aria-hidden="true">›</span>{" "}
        <a href={hrefFor.client(client.id)}>{client.name}</a>
      </nav>
      <div className="page-head">
        <div>
          <h1>Session {s.number}</h1>
          <p className="subtitle">
            {formatDate(s.date)} · {s.durationMinutes} minutes
          </p>
        </div>
        <span className="badge badge--signed">
          signed {s.signedAt ? formatDate(s.signedAt.slice(0, 10)) : ""}
        </span>
      </div>
      <p className="print-only">
        {client.name} · session {s.number}
      </p>
      <p className="signature" data-signed-by={s.signedByName ?? ""}>
        Signed by <strong>{s.signedByName || "an unknown user"}</strong>
        {s.signedAt && (
          <>
            {" "}
            on {formatDate(s.signedAt.slice(0, 10))} at{" "}
            {new Date(s.signedAt).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}
          </>
        )}
        {s.courseNumber ? ` · session ${s.courseNumber} of its course` : ""}
        {s.amendments.length > 0 &&
          ` · ${s.amendments.length === 1 ? "1 amendment" : `${s.amendments.length} amendments`}`}
      </p>
      <div className="record-actions no-print">
        <button type="button" className="button--secondary" onClick={() => window.print()}>
          Print
        </button>
        <AmendForm session={s} onAmended={onAmended} />
      </div>
      <AmendmentList session={s} />

      {s.checkIn && (
        <section className="card stack-sm">
          <h2>Check-in</h2>
          <p className="prose">{s.checkIn}</p>
        </section>
      )}

      {s.techniques.length > 0 && (
        <section className="card stack-sm">
          <h2>Techniques applied</h2>
          <ul className="plain-list">
            {s.techniques.map((t, i) => (
              <li key={i}>
                <strong>{t.technique}</strong>
                {(t.regions.length > 0 || t.laterality) && (
                  <span className="muted">
                    {" "}
                    — {[t.laterality, t.regions.map(regionLabel).join(", ")].filter(Boolean).join(" ")}
                  </span>
                )}
                {t.notes && <span className="muted"> · {t.notes}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {s.narrative && (
        <section className="card stack-sm">
          <h2>What happened</h2>
          <NarrativeMirror
            text={s.narrative}
            highlights={highlights}
            label="Narrative with its pieces highlighted"
          />
        </section>
      )}

      <section className="card stack-sm">
        <h2>Pieces</h2>
        {pieces.length === 0 ? (
          <p className="muted">No pieces recorded.</p>
        ) : (
          <ol className="pieces pieces--read">
            {pieces.map((p) => {
              const st = KIND_STYLE[p.kind];
              const details = pieceDetails(p);
              return (
                <li
                  key={p.id}
                  className="piece piece--read"
                  data-kind={p.kind}
                  style={{ borderLeftColor: st.colour }}
                >
                  <span
                    className="tile tile--small"
                    style={{ background: st.colour, color: st.ink }}
                    aria-hidden="true"
                  >
                    {st.mark}
                  </span>
                  <div>
                    <span className="piece__kind">{st.label}</span> <span>“{p.text}”</span>
                    {details.length > 0 && <p className="muted small">{details.join(" · ")}</p>}
                  </div>
                </li>
              );
            })}
          </ol>
        )}
      </section>

      {(s.insights || s.integration) && (
        <section className="card stack-sm">
          {s.insights && (
            <>
              <h2>Insights</h2>
              <p className="prose">{s.insights}</p>
            </>
          )}
          {s.integration && (
            <>
              <h2>Integration and homework</h2>
              <p className="prose">{s.integration}</p>
            </>
          )}
        </section>
      )}
    </article>
  );
}
