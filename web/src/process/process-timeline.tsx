// The client's sessions in time, each with the pieces that arose in it.
import type { ProcessView } from "../../../src/domain";
import { hrefFor } from "../routing";
import { formatDate } from "../vocabulary-labels";
import { PieceTile } from "./piece-tile";

export function ProcessTimeline({ sessions }: { sessions: ProcessView["sessions"] }) {
  if (sessions.length === 0)
    return <p className="muted">No sessions yet. The process builds here as sessions are recorded.</p>;
  return (
    <ol className="timeline" aria-label="Sessions in time">
      {sessions.map((s, i) => {
        const gap = i > 0 ? describeGap(sessions[i - 1]!.date, s.date) : null;
        return (
          <li key={s.id} className="timeline__item" data-session-number={s.number}>
            {gap && <p className="timeline__gap">{gap}</p>}
            <div className="timeline__row">
              <a className="timeline__when" href={hrefFor.session(s.id)}>
                <span className="timeline__number">Session {s.number}</span>
                <span className="timeline__date">{formatDate(s.date)}</span>
                {s.status === "draft" && <span className="badge badge--draft">draft</span>}
              </a>
              <span className="timeline__node" aria-hidden="true" />
              <div className="timeline__tiles" aria-label={`Pieces of session ${s.number}`}>
                {s.pieces.length === 0 ? (
                  <span className="muted small">no pieces recorded</span>
                ) : (
                  s.pieces.map((p) => <PieceTile key={p.id} piece={p} />)
                )}
              </div>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

function describeGap(from: string, to: string): string | null {
  const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  if (!Number.isFinite(days) || days <= 0) return days === 0 ? "same day" : null;
  if (days < 14) return `${days} day${days === 1 ? "" : "s"} later`;
  if (days < 60) return `${Math.round(days / 7)} weeks later`;
  return `${Math.round(days / 30.44)} months later`;
}
