// First run: the practice and its first practitioner, who is then logged in.
import { useState, type FormEvent } from "react";
import { api, type Me } from "../api/tessera-api";
import { Field } from "../components/field";
import { FormProblems } from "../components/form-problems";
import { fieldErrorsOf, errorAt } from "../form-errors";

export function SetupPage({ onDone }: { onDone: (me: Me) => void }) {
  const [form, setForm] = useState({ practiceName: "", name: "", email: "", password: "" });
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrorsOf(error);
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      onDone(await api.setup(form));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="narrow welcome">
      <p className="wordmark wordmark--large">Tessera</p>
      <h1>Welcome</h1>
      <p className="lead">
        Tessera keeps the record of each client’s process, session by session. Start by naming your practice
        and creating your own practitioner account.
      </p>
      <form className="card stack" onSubmit={submit} noValidate aria-label="Set up the practice">
        <FormProblems error={error} />
        <Field label="Practice name" path="practiceName" error={errorAt(errors, "practiceName")}>
          {(a) => (
            <input
              {...a}
              value={form.practiceName}
              onChange={set("practiceName")}
              autoComplete="organization"
            />
          )}
        </Field>
        <Field label="Your name" path="name" error={errorAt(errors, "name")}>
          {(a) => <input {...a} value={form.name} onChange={set("name")} autoComplete="name" />}
        </Field>
        <Field label="Email" path="email" error={errorAt(errors, "email")}>
          {(a) => (
            <input {...a} type="email" value={form.email} onChange={set("email")} autoComplete="email" />
          )}
        </Field>
        <Field
          label="Password"
          path="password"
          error={errorAt(errors, "password")}
          hint="At least 12 characters. A short sentence works well."
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
        <div className="actions">
          <button type="submit" className="button--primary" disabled={busy}>
            {busy ? "Creating…" : "Create the practice"}
          </button>
        </div>
      </form>
    </main>
  );
}
