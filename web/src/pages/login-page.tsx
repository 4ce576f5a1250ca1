import { useState, type FormEvent } from "react";
import { api, type Me } from "../api/tessera-api";
import { ApiError } from "../api/http";
import { Field } from "../components/field";
import { fieldErrorsOf, errorAt } from "../form-errors";
import { SecondFactorStep } from "./two-factor-login-step";

/**
 * The login page, or with `again` a dialog over the workspace when the login has ended. An account
 * with a second factor is asked for its code after the password, on the same page.
 */
export function LoginPage({ onDone, again = false }: { onDone: (me: Me) => void; again?: boolean }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const [challenge, setChallenge] = useState<string | null>(null);
  const [restarted, setRestarted] = useState<string | null>(null);
  const errors = fieldErrorsOf(error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const outcome = await api.login({ email, password });
      setRestarted(null);
      if ("secondFactorRequired" in outcome) {
        setPassword("");
        setError(undefined);
        setChallenge(outcome.challenge);
      } else onDone(outcome);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const message = restarted
    ? restarted
    : error instanceof ApiError && error.status === 401
      ? "That email and password do not match an account."
      : error instanceof ApiError && error.details.length === 0
        ? error.message
        : undefined;

  const form = challenge ? (
    <SecondFactorStep
      challenge={challenge}
      autoFocus
      onDone={onDone}
      onRestart={(why) => {
        setChallenge(null);
        setError(undefined);
        setRestarted(why);
      }}
    />
  ) : (
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
            autoFocus={again}
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
  );

  if (again) {
    return (
      <div className="overlay">
        <div
          className="overlay__dialog stack"
          role="dialog"
          aria-modal="true"
          aria-labelledby="login-again-title"
        >
          <h1 id="login-again-title">Log in again</h1>
          <p className="lead">
            Your login has ended. Log in to carry on; what you typed on this page is kept.
          </p>
          {form}
        </div>
      </div>
    );
  }
  return (
    <main className="narrow welcome">
      <p className="wordmark wordmark--large">Tessera</p>
      <h1>{challenge ? "Second step" : "Log in"}</h1>
      {form}
    </main>
  );
}
