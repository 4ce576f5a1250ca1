// Adding a staff account: name, email, role and a first password the administrator hands over
// (or follows with a reset link). The API's problems appear next to their fields.
import { useState, type FormEvent } from "react";
import { api } from "../../api/tessera-api";
import { Field } from "../../components/field";
import { FormProblems } from "../../components/form-problems";
import { errorAt, fieldErrorsOf } from "../../form-errors";

const EMPTY = { name: "", email: "", role: "practitioner" as "practitioner" | "admin", password: "" };

export function AddAccountForm({ onAdded, onCancel }: { onAdded: () => void; onCancel: () => void }) {
  const [form, setForm] = useState(EMPTY);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrorsOf(error);
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await api.createAccount({ ...form, clientId: null });
      setForm(EMPTY);
      onAdded();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="card stack accounts__add"
      onSubmit={submit}
      noValidate
      aria-labelledby="add-account-title"
    >
      <h2 id="add-account-title">Add an account</h2>
      <FormProblems error={error} />
      <div className="accounts__add-fields">
        <Field label="Name" path="name" error={errorAt(errors, "name")}>
          {(a) => <input {...a} value={form.name} onChange={set("name")} autoComplete="off" />}
        </Field>
        <Field label="Email" path="email" error={errorAt(errors, "email")}>
          {(a) => <input {...a} type="email" value={form.email} onChange={set("email")} autoComplete="off" />}
        </Field>
        <Field label="Role" path="role" error={errorAt(errors, "role")}>
          {(a) => (
            <select {...a} value={form.role} onChange={set("role")}>
              <option value="practitioner">Practitioner</option>
              <option value="admin">Administrator</option>
            </select>
          )}
        </Field>
        <Field
          label="First password"
          path="password"
          error={errorAt(errors, "password")}
          hint="At least 12 characters. Hand it over in person, or send a reset link afterwards."
        >
          {(a) => (
            <input
              {...a}
              type="password"
              value={form.password}
              onChange={set("password")}
              autoComplete="new-password"
            />
          )}
        </Field>
      </div>
      <div className="actions">
        <button type="submit" className="button--primary" disabled={busy}>
          {busy ? "Adding…" : "Add the account"}
        </button>
        <button type="button" className="button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
