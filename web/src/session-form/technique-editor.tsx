// One technique applied: picked from the CST vocabulary (or the practitioner's own term) with its
// regions and side; a short name typed resolves to the full one and its usual regions.
import { useEffect, useRef } from "react";
import type { BodyRegion } from "../../../src/domain";
import { Field } from "../components/field";
import { LateralitySelect } from "../components/laterality-select";
import { errorAt, type FieldErrors } from "../form-errors";
import { RegionPicker } from "./region-picker";
import type { DraftTechnique } from "./session-draft";
import { findTerm } from "./technique-vocabulary";

export function TechniqueEditor(props: {
  index: number;
  technique: DraftTechnique;
  errors: FieldErrors;
  /** The id of the list of technique names to offer (one datalist for the whole form). */
  listId: string;
  /** Just added: the practitioner lands in its name. */
  focusOnMount: boolean;
  onChange: (t: DraftTechnique) => void;
  onRemove: () => void;
}) {
  const { technique: t, index, errors } = props;
  const path = (f: string) => `techniques.${index}.${f}`;
  const set = (p: Partial<DraftTechnique>) => props.onChange({ ...t, ...p });
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (props.focusOnMount) nameRef.current?.focus();
  }, [props.focusOnMount]);
  /** A known name (or a short name of one) becomes the full name, with its usual regions if none yet. */
  const resolve = (typed: string) => {
    const term = findTerm(typed);
    if (!term) return;
    set({ technique: term.name, regions: t.regions.length ? t.regions : term.regions });
  };
  return (
    <li className="technique" data-technique-index={index}>
      <div className="technique__row">
        <Field
          label="Technique"
          path={path("technique")}
          error={errorAt(errors, "technique")}
          className="grow"
        >
          {(a) => (
            <input
              {...a}
              ref={nameRef}
              list={props.listId}
              value={t.technique}
              placeholder="e.g. CV4, hyoid, frontal lift, dural tube"
              onChange={(e) => {
                const term = findTerm(e.target.value);
                // Picked from the list: the whole name arrives at once.
                if (term && term.name === e.target.value)
                  set({ technique: term.name, regions: t.regions.length ? t.regions : term.regions });
                else set({ technique: e.target.value });
              }}
              onBlur={(e) => resolve(e.target.value)}
            />
          )}
        </Field>
        <Field label="Side" path={path("laterality")} error={errorAt(errors, "laterality")}>
          {(a) => (
            <LateralitySelect {...a} value={t.laterality} onChange={(laterality) => set({ laterality })} />
          )}
        </Field>
        <button
          type="button"
          className="button--quiet remove"
          aria-label={`Remove technique ${index + 1}`}
          onClick={props.onRemove}
        >
          Remove
        </button>
      </div>
      <div className="technique__row">
        <Field label="Regions" path={path("regions")} error={errorAt(errors, "regions")} className="grow">
          {(a) => (
            <RegionPicker
              a11y={a}
              name={`technique ${index + 1}`}
              value={t.regions}
              onChange={(regions: BodyRegion[]) => set({ regions })}
            />
          )}
        </Field>
        <Field label="Notes" path={path("notes")} error={errorAt(errors, "notes")} className="grow">
          {(a) => <input {...a} value={t.notes} onChange={(e) => set({ notes: e.target.value })} />}
        </Field>
      </div>
    </li>
  );
}
