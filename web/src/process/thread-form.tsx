// Edits a thread: its name, what it is about, and how far it has come (open, understood, resolved).
import { useState, type FormEvent } from "react";
import { THREAD_STATUSES, type Thread } from "../../../src/domain";
import { api } from "../api/tessera-api";
import { Field } from "../components/field";
import { errorAt, fieldErrorsOf } from "../form-errors";

type Status = (typeof THREAD_STATUSES)[number];

export function ThreadForm(props: { thread: Thread; onDone: (changed: boolean) => void }) {
  const t = props.thread;
  const [name, setName] = useState(t.name);
  const [status, setStatus] = useState<Status>(t.status);
  const [description, setDescription] = useState(t.description);
  const [error, setError] = useState<unknown>(undefined);
  const errors = fieldErrorsOf(error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api.updateThread(t.id, { name, status, description });
      props.onDone(true);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form className="stack-sm" onSubmit={submit} noValidate aria-label={`Edit ${t.name}`}>
      <div className="grid grid--2">
        <Field label="Name" path="name" error={errorAt(errors, "name")}>
          {(a) => <input {...a} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label="Status" path="status" error={errorAt(errors, "status")}>
          {(a) => (
            <select {...a} value={status} onChange={(e) => setStatus(e.target.value as Status)}>
              {THREAD_STATUSES.map((x) => (
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
