// One piece with all its fields; the kind decides which specific fields show. A piece not being
// edited shows as one line (kind, text, regions) that opens to edit; its fields stay in the page,
// hidden, so the form still holds them.
import { memo, useEffect, useRef } from "react";
import {
  COLOURS,
  EMOTIONS,
  KIND_FIELDS,
  MOVEMENTS,
  PERIODS,
  PIECE_KINDS,
  TEMPERATURES,
  periodForAge,
  type Character,
  type CharacterAspect,
  type Colour,
  type Emotion,
  type LifePeriod,
  type MovementType,
  type PieceKind,
  type Temperature,
  type Thread,
  type ThreadSummary,
} from "../../../src/domain";
import { Field } from "../components/field";
import { LateralitySelect } from "../components/laterality-select";
import { errorAt, errorsUnder, type FieldErrors } from "../form-errors";
import { KIND_STYLE } from "../process/kind-style";
import { COLOUR_SWATCH, PERIOD_LABEL, regionLabel } from "../vocabulary-labels";
import { ChoiceChips } from "./choice-chips";
import { PieceCharacter } from "./piece-character";
import { PieceThreads } from "./piece-threads";
import { RegionPicker } from "./region-picker";
import type { DraftPiece } from "./session-draft";

/**
 * Memoised: typing in the narrative re-renders the form, and a session can hold dozens of pieces.
 * Every prop is stable between keystrokes (callbacks take the piece key; errors are the form's map).
 */
export const PieceEditor = memo(function PieceEditor(props: {
  index: number;
  piece: DraftPiece;
  /** The whole form's errors; this piece reads those under pieces.<index>. */
  formErrors: FieldErrors;
  characters: Character[];
  threads: ThreadSummary[];
  /** Set when the piece was just added with "Edit", so the practitioner lands on it. */
  focusOnMount: boolean;
  /** Open for editing; otherwise one line. */
  expanded: boolean;
  onExpand: (key: string, open: boolean) => void;
  onChange: (key: string, p: DraftPiece) => void;
  onRemove: (key: string) => void;
  onCreateCharacter: (label: string, aspect: CharacterAspect) => Promise<Character>;
  onCreateThread: (name: string) => Promise<Thread>;
}) {
  const { piece, index } = props;
  const errors = errorsUnder(props.formErrors, `pieces.${index}`);
  const own = KIND_FIELDS[piece.kind];
  const style = KIND_STYLE[piece.kind];
  const path = (f: string) => `pieces.${index}.${f}`;
  const set = (p: Partial<DraftPiece>) => props.onChange(piece.key, { ...piece, ...p });
  const ref = useRef<HTMLLIElement>(null);

  useEffect(() => {
    if (!props.focusOnMount || !props.expanded || !ref.current) return;
    ref.current.scrollIntoView({ block: "center", behavior: "smooth" });
    ref.current.querySelector<HTMLTextAreaElement>("textarea")?.focus({ preventScroll: true });
  }, [props.focusOnMount, props.expanded]);

  const summary = [
    piece.text || "(no text yet)",
    [piece.laterality, piece.regions.map(regionLabel).join(", ")].filter(Boolean).join(" "),
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <li
      ref={ref}
      className={`piece${props.expanded ? "" : " piece--collapsed"}`}
      data-piece-index={index}
      data-kind={piece.kind}
      style={{ borderLeftColor: style.colour }}
    >
      {!props.expanded && (
        <button
          type="button"
          className="piece__row"
          aria-expanded={false}
          onClick={() => props.onExpand(piece.key, true)}
        >
          {/* The name is the visible text (axe: label-content-name-mismatch), with words for the ear. */}
          <span
            className="tile tile--small"
            style={{ background: style.colour, color: style.ink }}
            aria-hidden="true"
          >
            {style.mark}
          </span>
          <span className="piece__number">
            <span className="visually-hidden">Piece </span>
            {index + 1}
          </span>
          <span className="piece__kind">
            <span className="visually-hidden">, </span>
            {style.label}
          </span>
          <span className="piece__summary">
            <span className="visually-hidden">: </span>
            {summary}
          </span>
          <span className="visually-hidden">. Open to edit</span>
        </button>
      )}
      <div className="piece__body" hidden={!props.expanded}>
        <div className="piece__head">
          <span
            className="tile tile--small"
            style={{ background: style.colour, color: style.ink }}
            aria-hidden="true"
          >
            {style.mark}
          </span>
          <span className="piece__number">Piece {index + 1}</span>
          {piece.start !== null && piece.end !== null && (
            <span className="muted small">from the narrative</span>
          )}
          <button
            type="button"
            className="button--quiet button--small"
            aria-expanded={true}
            onClick={() => props.onExpand(piece.key, false)}
          >
            Done
          </button>
          <button
            type="button"
            className="button--quiet button--small piece__remove"
            aria-label={`Remove piece ${index + 1}`}
            onClick={() => props.onRemove(piece.key)}
          >
            Remove
          </button>
        </div>
        <div className="grid piece__grid">
          <Field label="Kind" path={path("kind")} error={errorAt(errors, "kind")}>
            {(a) => (
              <select {...a} value={piece.kind} onChange={(e) => set({ kind: e.target.value as PieceKind })}>
                {PIECE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {KIND_STYLE[k].label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="What arose" path={path("text")} error={errorAt(errors, "text")} className="span-rest">
            {(a) => (
              <textarea {...a} rows={2} value={piece.text} onChange={(e) => set({ text: e.target.value })} />
            )}
          </Field>
          <Field
            label="Body regions"
            path={path("regions")}
            error={errorAt(errors, "regions")}
            className="span-2"
          >
            {(a) => (
              <RegionPicker
                a11y={a}
                name={`piece ${index + 1}`}
                value={piece.regions}
                onChange={(regions) => set({ regions })}
                laterality={piece.laterality}
                onSideChange={(choice) => set(choice)}
              />
            )}
          </Field>
          <Field label="Side" path={path("laterality")} error={errorAt(errors, "laterality")}>
            {(a) => (
              <LateralitySelect
                {...a}
                value={piece.laterality}
                onChange={(laterality) => set({ laterality })}
              />
            )}
          </Field>
        </div>

        {own.length > 0 && (
          <div className="piece__specific">
            {own.includes("age") && (
              <div className="grid grid--2">
                <Field
                  label="Age at the time"
                  path={path("age")}
                  error={errorAt(errors, "age")}
                  hint="Whole years, if known."
                >
                  {(a) => (
                    <input
                      {...a}
                      type="number"
                      min={0}
                      max={120}
                      value={piece.age ?? ""}
                      onChange={(e) => {
                        const age = e.target.value === "" ? null : Number(e.target.value);
                        set({
                          age,
                          period:
                            age !== null && Number.isInteger(age) && age >= 0
                              ? periodForAge(age)
                              : piece.period,
                        });
                      }}
                    />
                  )}
                </Field>
                <Field label="Period of life" path={path("period")} error={errorAt(errors, "period")}>
                  {(a) => (
                    <select
                      {...a}
                      value={piece.period ?? ""}
                      onChange={(e) => set({ period: (e.target.value || null) as LifePeriod | null })}
                    >
                      <option value="">—</option>
                      {PERIODS.map((p) => (
                        <option key={p} value={p}>
                          {PERIOD_LABEL[p]}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              </div>
            )}
            {own.includes("colours") && (
              <ChoiceChips<Colour>
                legend="Colours"
                path={path("colours")}
                error={errorAt(errors, "colours")}
                options={COLOURS}
                value={piece.colours}
                onChange={(colours) => set({ colours })}
                decorate={(c) => (
                  <span className="swatch" style={{ background: COLOUR_SWATCH[c] }} aria-hidden="true" />
                )}
              />
            )}
            {own.includes("temperature") && (
              <Field label="Temperature" path={path("temperature")} error={errorAt(errors, "temperature")}>
                {(a) => (
                  <select
                    {...a}
                    value={piece.temperature ?? ""}
                    onChange={(e) => set({ temperature: (e.target.value || null) as Temperature | null })}
                  >
                    <option value="">—</option>
                    {TEMPERATURES.map((t) => (
                      <option key={t} value={t}>
                        {t}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
            {own.includes("movement") && (
              <Field label="Movement" path={path("movement")} error={errorAt(errors, "movement")}>
                {(a) => (
                  <select
                    {...a}
                    value={piece.movement ?? ""}
                    onChange={(e) => set({ movement: (e.target.value || null) as MovementType | null })}
                  >
                    <option value="">—</option>
                    {MOVEMENTS.map((m) => (
                      <option key={m} value={m}>
                        {m}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
            {own.includes("emotions") && (
              <ChoiceChips<Emotion>
                legend="Emotions"
                path={path("emotions")}
                error={errorAt(errors, "emotions")}
                options={EMOTIONS}
                value={piece.emotions}
                onChange={(emotions) => set({ emotions })}
              />
            )}
            {own.includes("character") && (
              <PieceCharacter
                piece={piece}
                index={index}
                characters={props.characters}
                errors={errors}
                onChange={set}
                onCreateCharacter={props.onCreateCharacter}
              />
            )}
          </div>
        )}

        <PieceThreads
          threadIds={piece.threadIds}
          threads={props.threads}
          pieceNumber={index + 1}
          onChange={(threadIds) => set({ threadIds })}
          onCreateThread={props.onCreateThread}
        />
      </div>
    </li>
  );
});
