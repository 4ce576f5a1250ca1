// Characters: a card each, with its aspect, when it came and went, its latest messages in order as
// quotations (earlier ones on demand) and a strip of its appearances across the process; two that
// turn out to be one merge.
import { useState } from "react";
import { useParams, useSearchParams } from "react-router";
import type { CharacterCard } from "../../../../src/domain";
import { api } from "../../api/tessera-api";
import { LoadProblem } from "../../components/load-problem";
import { CharacterForm } from "../../process/character-form";
import { hrefFor } from "../../routing";
import { formatDate } from "../../vocabulary-labels";
import { SessionStrip } from "../session-strip";
import { refreshClientViews, useCharactersView } from "../use-view";
import { MergeCharacter } from "./merge-character";
import { useEarlierPages } from "./use-earlier-pages";
import { ShowEarlierButton } from "./show-earlier-button";
import "./characters.css";
import { useViewTitle } from "../use-view-title";

export function CharactersPage() {
  const { clientId = "" } = useParams();
  useViewTitle("Characters");
  const [params] = useSearchParams();
  const view = useCharactersView(clientId);
  const [merged, setMerged] = useState<string | null>(null);
  if (view.error) return <LoadProblem error={view.error} onRetry={() => void view.refetch()} />;
  if (!view.data) return <p className="page-status">Loading…</p>;
  const { characters } = view.data;
  const focus = params.get("character");
  return (
    <section className="stack" aria-labelledby="view-title">
      <h2 id="view-title">Characters</h2>
      {merged && (
        <p className="notice" role="status" tabIndex={-1} ref={(el) => el?.focus()}>
          {merged}
        </p>
      )}
      {characters.length === 0 && <p className="muted">No characters have appeared yet.</p>}
      <div className="cards">
        {characters.map((c) => (
          <article
            key={c.id}
            className={`card stack-sm character-card${focus === c.id ? " character-card--focus" : ""}`}
            data-character={c.label}
            aria-labelledby={`ch-${c.id}`}
          >
            <div className="section-head">
              <h3 id={`ch-${c.id}`}>{c.label}</h3>
              <span className="tag">{c.aspect}</span>
            </div>
            <p className="muted small">
              {c.firstSession && c.lastSession ? (
                <>
                  Seen in {c.sessionsSeen} sessions, from{" "}
                  <a href={hrefFor.session(c.firstSession.id)}>session {c.firstSession.number}</a> (
                  {formatDate(c.firstSession.date)}) to{" "}
                  <a href={hrefFor.session(c.lastSession.id)}>session {c.lastSession.number}</a> (
                  {formatDate(c.lastSession.date)})
                </>
              ) : (
                "Not linked to a piece yet"
              )}
            </p>
            <SessionStrip cells={c.strip} label={`Sessions with the ${c.label}`} />
            <p>
              <a href={hrefFor.mosaic(clientId, { highlight: `character:${c.id}` })}>
                Highlight in the mosaic
              </a>
            </p>
            {c.messageCount > 0 && (
              <Messages key={`${c.id}:${c.messageCount}`} clientId={clientId} character={c} />
            )}
            <details>
              <summary>Practitioner's notes{c.description ? "" : " (none yet)"}</summary>
              {c.description && <p>{c.description}</p>}
              <CharacterForm
                character={
                  { ...c, clientId, firstAppearance: null, lastAppearance: null, appearances: 0 } as never
                }
                onDone={(changed) => changed && void view.refetch()}
              />
            </details>
            <MergeCharacter
              character={c}
              others={characters.filter((o) => o.id !== c.id)}
              onMerged={async (kept, gone) => {
                setMerged(`“${gone.label}” is merged into “${kept.label}”.`);
                await refreshClientViews(clientId);
              }}
            />
          </article>
        ))}
      </div>
    </section>
  );
}

/** The card's latest messages, with the earlier ones read a page at a time. */
function Messages({ clientId, character: c }: { clientId: string; character: CharacterCard }) {
  const earlier = useEarlierPages(c.messagesOffset, async (page) => {
    const got = await api.getCharacterMessages(clientId, c.id, page);
    return { offset: got.offset, items: got.messages };
  });
  const shown = [...earlier.earlier, ...c.messages];
  return (
    <div>
      <h4>Messages, in order</h4>
      {earlier.remaining > 0 && (
        <p className="muted small">
          {shown.length} of {c.messageCount}. <ShowEarlierButton earlier={earlier} what="messages" />
        </p>
      )}
      <LoadProblem error={earlier.problem} />
      <ol className="messages" start={earlier.remaining + 1}>
        {shown.map((m) => (
          <li key={m.pieceId}>
            <blockquote className="quote">{m.text}</blockquote>
            <a className="muted small" href={hrefFor.sessionPiece(m.session.id, m.pieceId)}>
              Session {m.session.number}, {formatDate(m.session.date)}
            </a>
          </li>
        ))}
      </ol>
    </div>
  );
}
