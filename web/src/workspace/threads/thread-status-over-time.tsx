// A thread's status over time: the band along the sessions and, under it, each change in the
// order it applies with where it applies from (a link to the session), the note and who made it.
// The card brings the latest changes; earlier ones are read a page at a time on demand.
import type { ThreadCard, ThreadStatusChange } from "../../../../src/domain";
import { api } from "../../api/tessera-api";
import { LoadProblem } from "../../components/load-problem";
import { hrefFor } from "../../routing";
import { formatDate } from "../../vocabulary-labels";
import { useEarlierPages } from "../characters/use-earlier-pages";
import { ShowEarlierButton } from "../characters/show-earlier-button";
import { StatusBand } from "./status-band";

export function ThreadStatusOverTime({ thread: t }: { thread: ThreadCard }) {
  const earlier = useEarlierPages(t.statusChangeCount - t.statusChanges.length, async (page) => {
    const got = await api.getThreadStatusChanges(t.id, page);
    return { offset: got.offset, items: got.changes };
  });
  const shown = [...earlier.earlier, ...t.statusChanges];
  return (
    <section className="thread-status stack-sm" aria-labelledby={`ts-${t.id}`}>
      {/* Right under the appearance strip, in the same columns: pieces and status line up. */}
      <StatusBand thread={t} changes={shown} />
      <h4 id={`ts-${t.id}`}>Status over time</h4>
      {earlier.remaining > 0 && (
        <p className="muted small">
          The latest {shown.length} of {t.statusChangeCount} changes.{" "}
          <ShowEarlierButton earlier={earlier} what="changes" />
        </p>
      )}
      <LoadProblem error={earlier.problem} />
      <ol className="status-changes" start={earlier.remaining + 1} aria-label={`Status changes of ${t.name}`}>
        {shown.map((c) => (
          <li key={c.id} className={`status-change status-change--${c.status}`}>
            <p className="status-change__head">
              <span className={`badge status-change__status--${c.status}`}>{c.status}</span>{" "}
              <FromWhere change={c} thread={t} />
            </p>
            {c.note && <p className="status-change__note">{c.note}</p>}
            <p className="muted small">
              {c.changedByName ? `Set by ${c.changedByName} on ` : "Recorded on "}
              {formatDate(c.changedAt)}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * Where a change applies from: its session, else its date, else (the opening status) the thread's
 * first appearance (`first`); null for an opening status of a thread with no pieces yet.
 */
export function changeBegins(
  c: ThreadStatusChange,
  t: ThreadCard,
): { session: { id: string; number: number } | null; date: string | null; first: boolean } | null {
  if (c.sessionId && c.sessionNumber !== null)
    return { session: { id: c.sessionId, number: c.sessionNumber }, date: c.fromDate, first: false };
  if (c.fromDate) return { session: null, date: c.fromDate, first: false };
  if (t.firstSession) return { session: t.firstSession, date: t.firstSession.date, first: true };
  return null;
}

function FromWhere({ change: c, thread: t }: { change: ThreadStatusChange; thread: ThreadCard }) {
  const from = changeBegins(c, t);
  if (!from) return <span>since it was opened</span>;
  if (!from.session) return <span>from {formatDate(from.date)}</span>;
  return (
    <span>
      from {from.first && "its first appearance, "}
      <a href={hrefFor.session(from.session.id)}>session {from.session.number}</a> ({formatDate(from.date)})
    </span>
  );
}
