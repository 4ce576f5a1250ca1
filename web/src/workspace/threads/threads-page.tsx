// Threads: each theme with its status over time, the stretch of the process it ran through and
// its latest pieces in session order (earlier ones on demand); session references are links.
import { useParams, useSearchParams } from "react-router";
import type { ThreadCard } from "../../../../src/domain";
import { api } from "../../api/tessera-api";
import { LoadProblem } from "../../components/load-problem";
import { KIND_STYLE } from "../../process/kind-style";
import { KindDot } from "../../process/kind-dot";
import { ThreadForm } from "../../process/thread-form";
import { hrefFor } from "../../routing";
import { formatDate } from "../../vocabulary-labels";
import { SessionStrip } from "../session-strip";
import { useEarlierPages } from "../characters/use-earlier-pages";
import { ShowEarlierButton } from "../characters/show-earlier-button";
import { refreshClientViews, useThreadsView } from "../use-view";
import { useViewTitle } from "../use-view-title";
import { changeBegins, ThreadStatusOverTime } from "./thread-status-over-time";
import "./threads.css";

export function ThreadsPage() {
  const { clientId = "" } = useParams();
  useViewTitle("Threads");
  const [params] = useSearchParams();
  const view = useThreadsView(clientId);
  if (view.error) return <LoadProblem error={view.error} onRetry={() => void view.refetch()} />;
  if (!view.data) return <p className="page-status">Loading…</p>;
  const { threads } = view.data;
  const focus = params.get("thread");
  return (
    <section className="stack" aria-labelledby="view-title">
      <h2 id="view-title">Threads</h2>
      {threads.length === 0 && <p className="muted">No threads yet.</p>}
      {threads.map((t) => (
        <article
          key={t.id}
          className={`card stack-sm thread-card${focus === t.id ? " character-card--focus" : ""}`}
          data-thread={t.name}
          aria-labelledby={`th-${t.id}`}
        >
          <div className="section-head">
            <h3 id={`th-${t.id}`}>{t.name}</h3>
            <span className={`badge badge--${t.status}`}>{t.status}</span>
          </div>
          {t.description && <p>{t.description}</p>}
          <p className="muted small">
            {t.firstSession && t.lastSession
              ? `${t.pieceCount} pieces through ${t.sessionsSeen} sessions, from session ${t.firstSession.number} (${formatDate(t.firstSession.date)}) to session ${t.lastSession.number} (${formatDate(t.lastSession.date)}); ${statusSince(t)}`
              : `No pieces linked yet; ${statusSince(t)}`}
          </p>
          <SessionStrip cells={t.strip} label={`Sessions of ${t.name}`} />
          {/* Keyed by the count so a saved change starts the list again from the latest ones. */}
          <ThreadStatusOverTime key={`${t.id}:${t.statusChangeCount}`} thread={t} />
          <p>
            <a href={hrefFor.mosaic(clientId, { highlight: `thread:${t.id}` })}>Highlight in the mosaic</a>
          </p>
          {t.pieceCount > 0 && (
            <details open={focus === t.id}>
              <summary>
                {t.pieceCount > t.pieces.length
                  ? `The latest ${t.pieces.length} of ${t.pieceCount} pieces, in session order`
                  : `${t.pieceCount} pieces in session order`}
              </summary>
              <ThreadPieces key={`${t.id}:${t.pieceCount}`} clientId={clientId} thread={t} />
            </details>
          )}
          <details>
            <summary>Edit the name, status or description</summary>
            <ThreadForm
              thread={{ ...t, clientId }}
              // Every view of the client: the brief lists open threads, the mosaic their names.
              onDone={(changed) => changed && void refreshClientViews(clientId)}
            />
          </details>
        </article>
      ))}
    </section>
  );
}

/** "understood since session 28": where the status in effect now began. */
function statusSince(t: ThreadCard): string {
  const latest = t.statusChanges.at(-1);
  const from = latest ? changeBegins(latest, t) : null;
  if (!from) return t.status;
  return `${t.status} since ${from.session ? `session ${from.session.number}` : formatDate(from.date)}`;
}

/** The card's latest pieces, with the earlier ones read a page at a time. */
function ThreadPieces({ clientId, thread: t }: { clientId: string; thread: ThreadCard }) {
  const earlier = useEarlierPages(t.piecesOffset, async (page) => {
    const got = await api.getThreadPieces(clientId, t.id, page);
    return { offset: got.offset, items: got.pieces };
  });
  return (
    <>
      <ShowEarlierButton earlier={earlier} what="pieces" />
      <LoadProblem error={earlier.problem} />
      <ol className="thread-pieces" start={earlier.remaining + 1}>
        {[...earlier.earlier, ...t.pieces].map(({ tile, session }) => (
          <li key={tile.id}>
            <a href={hrefFor.sessionPiece(session.id, tile.id)}>Session {session.number}</a>{" "}
            <KindDot kind={tile.kind} />
            <span className="muted small">{KIND_STYLE[tile.kind].label}</span> “{tile.words}”
          </li>
        ))}
      </ol>
    </>
  );
}
