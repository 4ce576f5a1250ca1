// Amending a signed note: a reason and the new text of one part; signed by whoever amends it.
// The original stays as it was signed. A refusal keeps everything typed.
import { useState } from "react";
import type { AmendedFields, Session } from "../../../src/domain";
import { ApiError } from "../api/http";
import { api } from "../api/tessera-api";
import { Field } from "../components/field";
import { FormProblems } from "../components/form-problems";
import { errorAt, fieldErrorsOf } from "../form-errors";
import { AMENDABLE, textBefore } from "./amendment-list";

type TextField = Exclude<keyof AmendedFields, "techniques">;

export function AmendForm({ session: s, onAmended }: { session: Session; onAmended: (s: Session) => void }) {
  const [open, setOpen] = useState(false);
  const [field, setField] = useState<TextField>("narrative");
  const [text, setText] = useState("");
  const [reason, setReason] = useState("");
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrorsOf(error);
  const start = (f: TextField) => {
    setField(f);
    setText(String(textBefore(s, f) ?? ""));
  };
  if (!open)
    return (
      <button
        type="button"
        className="button--secondary"
        onClick={() => {
          setOpen(true);
          start(field);
        }}
      >
        Amend…
      </button>
    );
  const submit = async () => {
    setBusy(true);
    try {
      const amended = await api.amendSession(s.id, {
        version: s.version,
        reason,
        changes: { [field]: text },
      });
      setOpen(false);
      setReason("");
      setError(undefined);
      onAmended(amended);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        const current = (err.body as { current?: Session })?.current;
        if (current) onAmended(current);
        setError(
          new Error(
            "Someone amended this session meanwhile; their amendment is shown now. Yours is kept here: submit again.",
          ),
        );
      } else setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="card stack amend-form"
      aria-label="Amend the session"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2>Amend the signed note</h2>
      <p className="muted small">
        The note stays as it was signed; the amendment is kept beside it, signed by you.
      </p>
      <FormProblems error={error} />
      <Field label="Part to amend" path="changes">
        {(a) => (
          <select {...a} value={field} onChange={(e) => start(e.target.value as TextField)}>
            {AMENDABLE.filter((x) => x.field !== "techniques").map((x) => (
              <option key={x.field} value={x.field}>
                {x.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Amended text" path={`changes.${field}`} error={errorAt(errors, `changes.${field}`)}>
        {(a) => <textarea {...a} rows={6} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <Field label="Reason for the amendment" path="reason" error={errorAt(errors, "reason")}>
        {(a) => <input {...a} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <div className="row-actions">
        <button type="submit" className="button--primary" disabled={busy}>
          Sign the amendment
        </button>
        <button type="button" className="button--quiet" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
