import type { BodyRegion } from "../../../src/domain";
import { Field } from "../components/field";
import { LateralitySelect } from "../components/laterality-select";
import { errorAt, type FieldErrors } from "../form-errors";
import { RegionPicker } from "./region-picker";
import type { DraftTechnique } from "./session-draft";

export function TechniqueEditor(props: {
  index: number;
  technique: DraftTechnique;
  errors: FieldErrors;
  onChange: (t: DraftTechnique) => void;
  onRemove: () => void;
}) {
  const { technique: t, index, errors } = props;
  const path = (f: string) => `techniques.${index}.${f}`;
  const set = (p: Partial<DraftTechnique>) => props.onChange({ ...t, ...p });
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
              value={t.technique}
              placeholder="e.g. still point induction, frontal lift, dural tube rock"
              onChange={(e) => set({ technique: e.target.value })}
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
