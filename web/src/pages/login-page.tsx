import { useState, type FormEvent } from "react";
import { api, type Me } from "../api/tessera-api";
import { ApiError } from "../api/http";
import { Field } from "../components/field";
import { fieldErrorsOf, errorAt } from "../form-errors";

export function LoginPage({ onDone }: { onDone: (me: Me) => void }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrorsOf(error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      onDone(await api.login({ email, password }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const message =
    error instanceof ApiError && error.status === 401
      ? "That email and password do not match an account."
      : error instanceof ApiError && error.details.length === 0
        ? error.message
        : undefined;

  return (
    <main className="narrow welcome">
      <p className="wordmark wordmark--large">Tessera</p>
      <h1>Log in</h1>
      <form className="card stack" onSubmit={submit} noValidate aria-label="Log in">
        {message && (
          <p className="notice notice--error" role="alert">
            {message}
          </p>
        )}
        <Field label="Email" path="email" error={errorAt(errors, "email")}>
          {(a) => (
            <input
              {...a}
              type="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              autoComplete="username"
            />
          )}
        </Field>
        <Field label="Password" path="password" error={errorAt(errors, "password")}>
          {(a) => (
            <input
              {...a}
              type="password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete="current-password"
            />
          )}
        </Field>
        <div className="actions">
          <button type="submit" className="button--primary" disabled={busy}>
            {busy ? "Logging in…" : "Log in"}
          </button>
        </div>
      </form>
    </main>
  );
}
