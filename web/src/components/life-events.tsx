// The client's life events: the landmarks memories and insights are read against.
import { useState, type FormEvent } from "react";
import { api } from "../api/tessera-api";
import { Field } from "./field";
import { FormProblems } from "./form-problems";
import { LoadProblem } from "./load-problem";
import { errorAt, fieldErrorsOf } from "../form-errors";
import { formatDate } from "../vocabulary-labels";
import { useLoad } from "../use-load";

export function LifeEvents({ clientId }: { clientId: string }) {
  const events = useLoad(() => api.listLifeEvents(clientId).then((r) => r.items), [clientId]);
  const [adding, setAdding] = useState(false);
  const sorted = [...(events.data ?? [])].sort(
    (a, b) =>
      (a.age ?? Number.MAX_SAFE_INTEGER) - (b.age ?? Number.MAX_SAFE_INTEGER) ||
      (a.date ?? "").localeCompare(b.date ?? ""),
  );
  return (
    <section className="card stack" aria-labelledby="life-events-title">
      <div className="section-head">
        <h2 id="life-events-title">Life events</h2>
        {!adding && (
          <button type="button" className="button--secondary button--small" onClick={() => setAdding(true)}>
            Add
          </button>
        )}
      </div>
      <LoadProblem error={events.error} onRetry={events.reload} />
      {adding && (
        <LifeEventForm
          clientId={clientId}
          onDone={() => {
            setAdding(false);
            events.reload();
          }}
          onCancel={() => setAdding(false)}
        />
      )}
      {events.data && events.data.length === 0 && !adding && <p className="muted">None recorded.</p>}
      {sorted.length > 0 && (
        <ul className="life-events">
          {sorted.map((e) => (
            <li key={e.id}>
              <span className="life-events__when">
                {e.age !== null ? `age ${e.age}` : formatDate(e.date)}
              </span>
              <span className="life-events__title">{e.title}</span>
              {e.notes && <span className="life-events__notes">{e.notes}</span>}
              <button
                type="button"
                className="button--quiet button--small life-events__remove"
                aria-label={`Remove ${e.title}`}
                title="Remove"
                onClick={async () => {
                  await api.deleteLifeEvent(e.id);
                  events.reload();
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function LifeEventForm(props: { clientId: string; onDone: () => void; onCancel: () => void }) {
  const [age, setAge] = useState("");
  const [date, setDate] = useState("");
  const [title, setTitle] = useState("");
  const [notes, setNotes] = useState("");
  const [error, setError] = useState<unknown>(undefined);
  const errors = fieldErrorsOf(error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api.createLifeEvent(props.clientId, {
        age: age.trim() === "" ? null : Number(age),
        date: date || null,
        title,
        notes,
      });
      props.onDone();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form className="stack subtle-box" onSubmit={submit} noValidate aria-label="New life event">
      <FormProblems error={error} />
      <Field label="What happened" path="title" error={errorAt(errors, "title")}>
        {(a) => <input {...a} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <div className="grid grid--2">
        <Field label="Age" path="age" error={errorAt(errors, "age")}>
          {(a) => (
            <input
              {...a}
              type="number"
              min={0}
              max={120}
              value={age}
              onChange={(e) => setAge(e.target.value)}
            />
          )}
        </Field>
        <Field label="or date" path="date" error={errorAt(errors, "date")}>
          {(a) => <input {...a} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
      </div>
      <Field label="Notes" path="notes" error={errorAt(errors, "notes")}>
        {(a) => <textarea {...a} rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />}
      </Field>
      <div className="actions">
        <button type="submit" className="button--primary button--small">
          Add event
        </button>
        <button type="button" className="button--quiet button--small" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
