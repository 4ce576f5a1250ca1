// The open suggestions, most confident first, each with its quoted span and Accept / Edit /
// Dismiss. Those below the practitioner's threshold are hidden but counted, one click from view
// (the threshold is the form's, shared with the narrative's read-back).
// From the keyboard: Enter on Accept, or A / E / D anywhere in a suggestion, and ↑ ↓ between
// them; after an accept or a dismiss the focus moves on to the next suggestion, so a run of them
// takes no Tab at all.
import { useLayoutEffect, useRef, type KeyboardEvent } from "react";
import type { Character } from "../../../src/domain";
import { KIND_STYLE } from "../process/kind-style";
import { pieceDetails } from "../process/piece-tile";
import { matchCharacter, type Suggestion } from "./suggestion-state";
import { THRESHOLD_LEVELS, visibleByThreshold } from "./suggestion-threshold";
import type { SuggestionThreshold } from "./use-suggestion-threshold";
import "./suggestions.css";

export function SuggestionsPanel(props: {
  suggestions: Suggestion[];
  characters: readonly Character[];
  pending: boolean;
  error: string | null;
  hasText: boolean;
  highlighted: string | null;
  /** Held by the form, so the narrative's read-back tints only what is shown here. */
  threshold: SuggestionThreshold;
  onAccept: (s: Suggestion) => void;
  onEdit: (s: Suggestion) => void;
  onDismiss: (s: Suggestion) => void;
  onAcceptAll: () => void;
}) {
  const list = useRef<HTMLUListElement>(null);
  /** Where the suggestion just accepted or dismissed was: the next one takes its place there. */
  const moveTo = useRef<number | null>(null);
  const { level, revealed, choose, setRevealed } = props.threshold;
  const { shown, hidden, visible } = visibleByThreshold(props.suggestions, level, revealed);
  const count = visible.length;
  // A layout effect: the focus moves in the same task that removed the focused suggestion, so
  // it never rests on the page's body in between (a screen reader would announce that, and a
  // key pressed meanwhile would go nowhere).
  useLayoutEffect(() => {
    const at = moveTo.current;
    if (at === null) return;
    moveTo.current = null;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>("button.suggestion__accept");
    if (buttons && buttons.length > 0) buttons[Math.min(at, buttons.length - 1)]!.focus();
    else document.getElementById("pieces-title")?.focus();
  }, [props.suggestions, count]);
  const act = (i: number, fn: () => void) => {
    moveTo.current = i;
    fn();
  };
  const focusAt = (i: number) =>
    list.current?.querySelectorAll<HTMLButtonElement>("button.suggestion__accept")[i]?.focus();
  const onKey = (e: KeyboardEvent<HTMLLIElement>, i: number, s: Suggestion) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const key = e.key.toLowerCase();
    if (key === "a") act(i, () => props.onAccept(s));
    else if (key === "d" || key === "delete") act(i, () => props.onDismiss(s));
    else if (key === "e") props.onEdit(s);
    else if (key === "arrowdown") focusAt(Math.min(i + 1, count - 1));
    else if (key === "arrowup") focusAt(Math.max(i - 1, 0));
    else return;
    e.preventDefault();
  };
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
                ? count < props.suggestions.length
                  ? `${count} of ${props.suggestions.length} shown`
                  : `${props.suggestions.length} open`
                : ""}
        </span>
      </div>
      <div className="suggestions__threshold">
        <span className="small" id="suggestions-threshold-label">
          Show
        </span>
        <div className="segmented" role="group" aria-labelledby="suggestions-threshold-label">
          {THRESHOLD_LEVELS.map((t) => (
            <button
              key={t.level}
              type="button"
              aria-pressed={level === t.level}
              onClick={() => choose(t.level)}
            >
              {t.label}
            </button>
          ))}
        </div>
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
      {count > 0 && (
        <p className="muted small suggestions__keys">
          Keys: <kbd>Enter</kbd> or <kbd>A</kbd> accept · <kbd>E</kbd> edit · <kbd>D</kbd> dismiss ·{" "}
          <kbd>↑</kbd> <kbd>↓</kbd> move
        </p>
      )}
      <ul className="suggestions__list" ref={list}>
        {visible.map((s, i) => {
          const style = KIND_STYLE[s.kind];
          const details = pieceDetails(s);
          const known = s.character ? matchCharacter(s.character, props.characters) : undefined;
          return (
            <li
              key={s.key}
              id={`suggestion-${s.key}`}
              className={`suggestion${props.highlighted === s.key ? " suggestion--picked" : ""}${i >= shown.length ? " suggestion--below" : ""}`}
              data-kind={s.kind}
              data-suggestion-text={s.text}
              data-confidence={s.confidence}
              style={{ borderLeftColor: style.colour }}
              onKeyDown={(e) => onKey(e, i, s)}
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
                {s.confidence !== undefined && (
                  <span className="suggestion__confidence">{confidenceWords(s.confidence)}</span>
                )}
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
                  className="button--primary button--small suggestion__accept"
                  onClick={() => act(i, () => props.onAccept(s))}
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
                  onClick={() => act(i, () => props.onDismiss(s))}
                  aria-label={`Dismiss ${style.label}: ${s.text}`}
                >
                  Dismiss
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {hidden.length > 0 && (
        <p className="small suggestions__hidden">
          {revealed
            ? `${hidden.length} below the threshold shown last`
            : `${hidden.length} hidden below the threshold`}{" "}
          —{" "}
          <button type="button" className="suggestions__reveal" onClick={() => setRevealed(!revealed)}>
            {revealed ? "hide them" : "show"}
          </button>
        </p>
      )}
      {count > 1 && (
        <button
          type="button"
          className="button--quiet button--small"
          // Accepts what is in view: hidden suggestions are not accepted unseen.
          onClick={() =>
            count === props.suggestions.length ? props.onAcceptAll() : visible.forEach(props.onAccept)
          }
        >
          Accept all {count}
        </button>
      )}
    </section>
  );
}

/** Words rather than a bare number: the figure is a ranking aid, not a probability to weigh. */
function confidenceWords(confidence: number): string {
  const level = [...THRESHOLD_LEVELS].reverse().find((t) => t.min > 0 && confidence >= t.min);
  return level ? level.label.toLowerCase() : "possible";
}
