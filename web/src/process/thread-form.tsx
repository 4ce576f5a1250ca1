// Edits a thread: its name, what it is about, and how far it has come (open, understood,
// resolved). A change of status asks for the session it changed in (the client's sessions, the
// latest chosen) and an optional note: the server keeps the change in the thread's history, and
// its refusals land on the field they name.
import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { STATUS_NOTE_MAX, THREAD_STATUSES, type Thread, type ThreadStatus } from "../../../src/domain";
import { api } from "../api/tessera-api";
import { Field } from "../components/field";
import { LoadProblem } from "../components/load-problem";
import { errorAt, fieldErrorsOf } from "../form-errors";
import { formatDate } from "../vocabulary-labels";

/** What the form edits, so a view's thread card (not only a whole Thread) can be edited. */
type EditedThread = Pick<Thread, "id" | "clientId" | "name" | "status" | "description" | "version">;

const FIELDS = ["name", "status", "statusSessionId", "statusNote", "description"] as const;

export function ThreadForm(props: { thread: EditedThread; onDone: (changed: boolean) => void }) {
  const t = props.thread;
  const [name, setName] = useState(t.name);
  const [status, setStatus] = useState<ThreadStatus>(t.status);
  // Empty until a session is picked: the latest one is shown chosen meanwhile.
  const [sessionId, setSessionId] = useState("");
  const [note, setNote] = useState("");
  const [description, setDescription] = useState(t.description);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const changing = status !== t.status;
  // Read only once the status is being changed: most edits never need the list.
  const sessions = useQuery({
    queryKey: ["session-summaries", t.clientId],
    queryFn: ({ signal }) => api.listSessionSummaries(t.clientId, signal).then((r) => [...r.items].reverse()),
    enabled: changing,
  });
  const chosenSession = sessionId || sessions.data?.[0]?.id || "";
  const errors = fieldErrorsOf(error);
  const elsewhere = error !== undefined && !FIELDS.some((f) => errorAt(errors, f) !== undefined);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    setSaved(false);
    try {
      await api.updateThread(t.id, {
        name,
        description,
        status,
        version: t.version,
        ...(changing && chosenSession ? { statusSessionId: chosenSession } : {}),
        ...(changing && note.trim() ? { statusNote: note.trim() } : {}),
      });
      setNote("");
      setSessionId("");
      setSaved(true);
      props.onDone(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setSaved(false);
    };

  return (
    <form className="stack-sm thread-form" onSubmit={submit} noValidate aria-label={`Edit ${t.name}`}>
      <div className="grid grid--2">
        <Field label="Name" path="name" error={errorAt(errors, "name")}>
          {(a) => <input {...a} value={name} onChange={(e) => edit(setName)(e.target.value)} />}
        </Field>
        <Field label="Status" path="status" error={errorAt(errors, "status")}>
          {(a) => (
            <select {...a} value={status} onChange={(e) => edit(setStatus)(e.target.value as ThreadStatus)}>
              {THREAD_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {s === t.status ? `${s} (as now)` : s}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {changing && (
        <fieldset className="thread-form__change stack-sm">
          <legend>
            From {t.status} to {status}
          </legend>
          <Field label="Changed in session" path="statusSessionId" error={errorAt(errors, "statusSessionId")}>
            {(a) => (
              <select
                {...a}
                value={chosenSession}
                disabled={!sessions.data}
                onChange={(e) => edit(setSessionId)(e.target.value)}
              >
                {!sessions.data && <option value="">Loading sessions…</option>}
                {sessions.data?.length === 0 && <option value="">No sessions yet: from today</option>}
                {sessions.data?.map((s) => (
                  <option key={s.id} value={s.id}>
                    Session {s.number}, {formatDate(s.date)}
                    {s.status === "draft" ? " (draft)" : ""}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <LoadProblem error={sessions.error} onRetry={() => void sessions.refetch()} />
          <Field
            label="Note on the change (optional)"
            path="statusNote"
            error={errorAt(errors, "statusNote")}
            hint={`What moved it, in a line (at most ${STATUS_NOTE_MAX} characters); it shows under the thread's status over time.`}
          >
            {(a) => <textarea {...a} rows={2} value={note} onChange={(e) => edit(setNote)(e.target.value)} />}
          </Field>
        </fieldset>
      )}
      <Field label="Description" path="description" error={errorAt(errors, "description")}>
        {(a) => (
          <textarea
            {...a}
            rows={2}
            value={description}
            onChange={(e) => edit(setDescription)(e.target.value)}
          />
        )}
      </Field>
      {elsewhere && (
        <p className="field-error" role="alert">
          {error instanceof Error ? error.message : "The thread could not be saved."}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button--primary button--small" disabled={busy}>
          {busy ? "Saving…" : "Save"}
        </button>
        <button type="button" className="button--quiet button--small" onClick={() => props.onDone(false)}>
          Cancel
        </button>
        <span role="status" className="muted small">
          {saved ? "Saved." : ""}
        </span>
      </div>
    </form>
  );
}
