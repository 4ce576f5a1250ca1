// Edits a character's label, aspect and description (its appearances are derived, not edited).
import { useState, type FormEvent } from "react";
import { ASPECTS, type CharacterAspect, type CharacterWithAppearances } from "../../../src/domain";
import { api } from "../api/tessera-api";
import { Field } from "../components/field";
import { errorAt, fieldErrorsOf } from "../form-errors";

export function CharacterForm(props: {
  character: CharacterWithAppearances;
  onDone: (changed: boolean) => void;
}) {
  const c = props.character;
  const [label, setLabel] = useState(c.label);
  const [aspect, setAspect] = useState<CharacterAspect>(c.aspect);
  const [description, setDescription] = useState(c.description);
  const [error, setError] = useState<unknown>(undefined);
  const errors = fieldErrorsOf(error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api.updateCharacter(c.id, { label, aspect, description });
      props.onDone(true);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form className="stack-sm" onSubmit={submit} noValidate aria-label={`Edit ${c.label}`}>
      <div className="grid grid--2">
        <Field label="Label" path="label" error={errorAt(errors, "label")}>
          {(a) => <input {...a} value={label} onChange={(e) => setLabel(e.target.value)} />}
        </Field>
        <Field label="Aspect" path="aspect" error={errorAt(errors, "aspect")}>
          {(a) => (
            <select {...a} value={aspect} onChange={(e) => setAspect(e.target.value as CharacterAspect)}>
              {ASPECTS.map((x) => (
                <option key={x} value={x}>
                  {x}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label="Description" path="description" error={errorAt(errors, "description")}>
        {(a) => (
          <textarea {...a} rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
        )}
      </Field>
      {error !== undefined && errors.size === 0 && <p className="field-error">{(error as Error).message}</p>}
      <div className="actions">
        <button type="submit" className="button--primary button--small">
          Save
        </button>
        <button type="button" className="button--quiet button--small" onClick={() => props.onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
