// A thread's status along the session axis: one segment per stretch of one status, as wide as
// the sessions it covers (the same columns as the appearance strip above it), each segment
// naming its status in words and drawn with its own line style, so colour is never the only cue,
// and, where it is wide enough, the session it began in as a link.
import type { ThreadCard, ThreadStatusChange } from "../../../../src/domain";
import { THREAD_STATUSES } from "../../../../src/domain/vocabulary";
import { hrefFor } from "../../routing";
import { formatDate } from "../../vocabulary-labels";
import { buildStatusRuns, type StatusRun } from "./status-runs";

function fromText(run: StatusRun): string {
  const c = run.change;
  if (c?.sessionNumber != null) return `from session ${c.sessionNumber}`;
  if (c?.fromDate) return `from ${formatDate(c.fromDate)}`;
  // The opening status applies from the thread's first appearance: where the run begins.
  if (c) return `from session ${run.fromNumber}`;
  return run.fromNumber === run.toNumber
    ? `session ${run.fromNumber}`
    : `sessions ${run.fromNumber} to ${run.toNumber}`;
}

export function StatusBand({
  thread: t,
  changes,
}: {
  thread: ThreadCard;
  /** Every change the card shows (earlier pages too), to name where each segment began. */
  changes: readonly ThreadStatusChange[];
}) {
  const runs = buildStatusRuns(t.strip, t.statusStrip, changes);
  if (!runs.some((r) => r.status !== null)) return null;
  const first = t.strip[0]!;
  const last = t.strip.at(-1)!;
  return (
    <div className="status-band">
      <ol
        className="status-band__runs"
        aria-label={`Status of ${t.name} over the sessions`}
        style={{ gridTemplateColumns: `repeat(${t.strip.length}, minmax(0, 1fr))` }}
      >
        {runs.map((r) =>
          r.status === null ? (
            <li
              key={r.firstCell}
              className="status-band__run status-band__run--unseen"
              style={{ gridColumn: `span ${r.cells}` }}
              aria-hidden="true"
            />
          ) : (
            <li
              key={r.firstCell}
              className={`status-band__run status-band__run--${r.status}`}
              style={{ gridColumn: `span ${r.cells}` }}
              title={`${r.status}, ${fromText(r)}`}
            >
              <span className="status-band__word">{r.status}</span>
              {/* Shown where the segment is wide enough (threads.css); the list below has every change. */}
              <span className="status-band__from">
                <span className="visually-hidden">, </span>
                {r.change?.sessionId ? (
                  <a href={hrefFor.session(r.change.sessionId)}>{fromText(r)}</a>
                ) : (
                  fromText(r)
                )}
              </span>
            </li>
          ),
        )}
      </ol>
      <p className="status-band__axis muted small" aria-hidden="true">
        <span>
          Session {first.fromNumber}
          <span className="status-band__axis-date">, {formatDate(first.fromDate)}</span>
        </span>
        <span>
          Session {last.toNumber}
          <span className="status-band__axis-date">, {formatDate(last.toDate)}</span>
        </span>
      </p>
      {/* The key to the line styles, for segments too narrow to name their status (threads.css). */}
      <ul className="status-band__key muted small" aria-hidden="true">
        {THREAD_STATUSES.filter((s) => runs.some((r) => r.status === s)).map((s) => (
          <li key={s} className={`status-band__key-item status-band__key-item--${s}`}>
            {s}
          </li>
        ))}
      </ul>
    </div>
  );
}
