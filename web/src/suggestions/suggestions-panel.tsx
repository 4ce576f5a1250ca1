// The open suggestions, each with its quoted span and Accept / Edit / Dismiss.
import type { Character } from "../../../src/domain";
import { KIND_STYLE } from "../process/kind-style";
import { pieceDetails } from "../process/piece-tile";
import { matchCharacter, type Suggestion } from "./suggestion-state";

export function SuggestionsPanel(props: {
  suggestions: Suggestion[];
  characters: readonly Character[];
  pending: boolean;
  error: string | null;
  hasText: boolean;
  highlighted: string | null;
  onAccept: (s: Suggestion) => void;
  onEdit: (s: Suggestion) => void;
  onDismiss: (s: Suggestion) => void;
  onAcceptAll: () => void;
}) {
  return (
    <section className="suggestions" aria-labelledby="suggestions-title" aria-busy={props.pending}>
      <div className="suggestions__head">
        <h3 id="suggestions-title">Suggested pieces</h3>
        <span className="suggestions__status" role="status">
          {props.pending
            ? "reading…"
            : props.error
              ? ""
              : props.hasText
                ? `${props.suggestions.length} open`
                : ""}
        </span>
      </div>
      {props.error && (
        <p className="notice notice--quiet">
          Suggestions are unavailable just now. The narrative is kept as you write it.
        </p>
      )}
      {!props.hasText && (
        <p className="muted small">
          As you write the narrative, Tessera suggests the pieces it reads in it. Nothing is added until you
          accept it.
        </p>
      )}
      {props.hasText && !props.pending && !props.error && props.suggestions.length === 0 && (
        <p className="muted small">No open suggestions.</p>
      )}
      <ul className="suggestions__list">
        {props.suggestions.map((s) => {
          const style = KIND_STYLE[s.kind];
          const details = pieceDetails(s);
          const known = s.character ? matchCharacter(s.character, props.characters) : undefined;
          return (
            <li
              key={s.key}
              id={`suggestion-${s.key}`}
              className={`suggestion${props.highlighted === s.key ? " suggestion--picked" : ""}`}
              data-kind={s.kind}
              data-suggestion-text={s.text}
              style={{ borderLeftColor: style.colour }}
            >
              <div className="suggestion__kind">
                <span
                  className="tile tile--small"
                  style={{ background: style.colour, color: style.ink }}
                  aria-hidden="true"
                >
                  {style.mark}
                </span>
                {style.label}
              </div>
              <blockquote className="suggestion__quote">
                <mark style={{ background: `${style.colour}33`, borderBottomColor: style.colour }}>
                  {s.text}
                </mark>
              </blockquote>
              {details.length > 0 && <p className="suggestion__details">{details.join(" · ")}</p>}
              {s.character && (
                <p className="suggestion__character small">
                  {known
                    ? `Links to the client’s character “${known.label}”`
                    : `New character “${s.character}”`}
                </p>
              )}
              <div className="suggestion__actions">
                <button
                  type="button"
                  className="button--primary button--small"
                  onClick={() => props.onAccept(s)}
                  aria-label={`Accept ${style.label}: ${s.text}`}
                >
                  Accept
                </button>
                <button
                  type="button"
                  className="button--secondary button--small"
                  onClick={() => props.onEdit(s)}
                  aria-label={`Edit ${style.label}: ${s.text}`}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="button--quiet button--small"
                  onClick={() => props.onDismiss(s)}
                  aria-label={`Dismiss ${style.label}: ${s.text}`}
                >
                  Dismiss
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {props.suggestions.length > 1 && (
        <button type="button" className="button--quiet button--small" onClick={props.onAcceptAll}>
          Accept all {props.suggestions.length}
        </button>
      )}
    </section>
  );
}
