// Reflections the client writes between sessions: private (only they see it) or shared with
// their practitioner. A private one can be changed, and shared later; a shared one stays as sent.
import { useState, type FormEvent } from "react";
import type { Reflection } from "../../../src/domain";
import { api } from "../api/tessera-api";
import { Field } from "../components/field";
import { FormProblems } from "../components/form-problems";
import { LoadProblem } from "../components/load-problem";
import { errorAt, fieldErrorsOf } from "../form-errors";
import { useLoad } from "../use-load";
import { formatDate, todayIso } from "../vocabulary-labels";

export function PortalReflections({ clientId }: { clientId: string }) {
  const list = useLoad(() => api.listReflections(clientId).then((r) => r.items), [clientId]);
  const [editing, setEditing] = useState<string | null>(null);
  const newestFirst = [...(list.data ?? [])].reverse();
  return (
    <section className="card stack portal-section" aria-labelledby="reflections-title">
      <h2 id="reflections-title">Your reflections</h2>
      <p className="muted small">
        Write what surfaces between sessions. Private reflections are only yours: your practitioner never sees
        them. Shared ones your practitioner reads before your next session.
      </p>
      <ReflectionForm clientId={clientId} onSaved={list.reload} />
      <LoadProblem error={list.error} onRetry={list.reload} />
      {list.data && list.data.length === 0 && <p className="muted">No reflections yet.</p>}
      <ul className="plain-list stack-sm" aria-label="Your reflections">
        {newestFirst.map((r) =>
          editing === r.id ? (
            <li key={r.id} className="reflection">
              <ReflectionForm
                clientId={clientId}
                existing={r}
                onSaved={() => {
                  setEditing(null);
                  list.reload();
                }}
                onCancel={() => setEditing(null)}
              />
            </li>
          ) : (
            <li key={r.id} className="reflection" data-shared={r.sharedWithPractitioner}>
              <p className="reflection__meta">
                <span>{formatDate(r.date)}</span>{" "}
                <span className={`tag${r.sharedWithPractitioner ? "" : " tag--quiet"}`}>
                  {r.sharedWithPractitioner ? "Shared with your practitioner" : "Private"}
                </span>
              </p>
              <p className="reflection__text">{r.text}</p>
              {!r.sharedWithPractitioner && (
                <button
                  type="button"
                  className="button--secondary button--small"
                  onClick={() => setEditing(r.id)}
                >
                  Edit
                </button>
              )}
            </li>
          ),
        )}
      </ul>
    </section>
  );
}

function ReflectionForm(props: {
  clientId: string;
  existing?: Reflection;
  onSaved: () => void;
  onCancel?: () => void;
}) {
  const [text, setText] = useState(props.existing?.text ?? "");
  const [date, setDate] = useState(props.existing?.date ?? todayIso());
  const [shared, setShared] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrorsOf(error);
  const label = props.existing ? "Change your reflection" : "Write a reflection";

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const body = { date, text, sharedWithPractitioner: shared };
      if (props.existing) await api.updateReflection(props.clientId, props.existing.id, body);
      else await api.createReflection(props.clientId, body);
      if (!props.existing) {
        setText("");
        setShared(false);
      }
      props.onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack-sm" onSubmit={submit} noValidate aria-label={label}>
      <FormProblems error={error} />
      <Field
        label={props.existing ? "Your reflection" : "What is with you since the session?"}
        path="text"
        error={errorAt(errors, "text")}
      >
        {(a) => <textarea {...a} rows={4} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <Field label="Date" path="date" error={errorAt(errors, "date")}>
        {(a) => <input {...a} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
      </Field>
      <label className="check">
        <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} />
        Share with my practitioner (it can no longer be changed once shared)
      </label>
      <div className="actions">
        <button type="submit" className="button--primary" disabled={busy}>
          {busy ? "Saving…" : shared ? "Save and share" : "Save privately"}
        </button>
        {props.onCancel && (
          <button type="button" className="button--quiet" onClick={props.onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
