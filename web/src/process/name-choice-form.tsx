// The in-place edit form shared by characters and threads: a name, one choice from a fixed list
// (aspect, status) and a description. Field paths follow the API so its errors land on the field.
import { useState, type FormEvent } from "react";
import { Field } from "../components/field";
import { errorAt, fieldErrorsOf } from "../form-errors";

export interface NameChoiceField<C extends string> {
  label: string;
  /** The API's name for the field, e.g. "aspect". */
  path: string;
  initial: C;
  options: readonly C[];
}

export function NameChoiceForm<C extends string>(props: {
  title: string;
  name: { label: string; path: string; initial: string };
  choice: NameChoiceField<C>;
  description: string;
  save: (values: { name: string; choice: C; description: string }) => Promise<unknown>;
  onDone: (changed: boolean) => void;
}) {
  const [name, setName] = useState(props.name.initial);
  const [choice, setChoice] = useState<C>(props.choice.initial);
  const [description, setDescription] = useState(props.description);
  const [error, setError] = useState<unknown>(undefined);
  const errors = fieldErrorsOf(error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await props.save({ name, choice, description });
      props.onDone(true);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form className="stack-sm" onSubmit={submit} noValidate aria-label={`Edit ${props.title}`}>
      <div className="grid grid--2">
        <Field label={props.name.label} path={props.name.path} error={errorAt(errors, props.name.path)}>
          {(a) => <input {...a} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={props.choice.label} path={props.choice.path} error={errorAt(errors, props.choice.path)}>
          {(a) => (
            <select {...a} value={choice} onChange={(e) => setChoice(e.target.value as C)}>
              {props.choice.options.map((x) => (
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
