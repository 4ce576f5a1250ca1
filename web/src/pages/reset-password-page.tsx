// The page a one-time reset link opens (#/reset-password?token=…, as an administrator's "Reset
// password" or `tessera user reset-password` makes it): the new password twice, then log in.
import { useState, type FormEvent } from "react";
import { api } from "../api/tessera-api";
import { ApiError } from "../api/http";
import { Field } from "../components/field";
import { FormProblems } from "../components/form-problems";
import { errorAt, fieldErrorsOf } from "../form-errors";

/** The token of a reset link's address, read before any login. */
export function resetTokenIn(hash: string): string | null {
  const match = /^#\/reset-password\?token=([A-Za-z0-9_-]{20,200})$/.exec(hash);
  return match ? match[1]! : null;
}

export function ResetPasswordPage({ token, onDone }: { token: string; onDone: () => void }) {
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [error, setError] = useState<unknown>(undefined);
  const [mismatch, setMismatch] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const errors = fieldErrorsOf(error);
  const linkGone = error instanceof ApiError && errors.has("token");

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (password !== repeat) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    setBusy(true);
    try {
      await api.completePasswordReset({ token, password });
      setDone(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const toLogin = () => {
    window.history.replaceState(null, "", "#/");
    onDone();
  };

  return (
    <main className="narrow welcome" id="main">
      <p className="wordmark wordmark--large">Tessera</p>
      <h1>Set a new password</h1>
      {done ? (
        <div className="card stack" role="status">
          <p>Your new password is set. Every earlier login of your account has ended.</p>
          <div className="actions">
            <button type="button" className="button--primary" onClick={toLogin}>
              Log in
            </button>
          </div>
        </div>
      ) : linkGone ? (
        <div className="card stack">
          <p className="notice notice--error" role="alert">
            This link does not work any more: it was used already, a newer one replaced it, or it is more than
            a day old. Ask your practice’s administrator for a new link.
          </p>
          <div className="actions">
            <button type="button" className="button--secondary" onClick={toLogin}>
              Go to the login page
            </button>
          </div>
        </div>
      ) : (
        <form className="card stack" onSubmit={submit} noValidate aria-label="Set a new password">
          <FormProblems error={errors.size > 0 ? undefined : error} />
          <Field
            label="New password"
            path="password"
            error={errorAt(errors, "password")}
            hint="At least 12 characters. A short sentence works well."
          >
            {(a) => (
              <input
                {...a}
                type="password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                autoComplete="new-password"
              />
            )}
          </Field>
          <Field
            label="The same password again"
            path="repeat"
            error={mismatch ? "the two passwords are not the same" : undefined}
          >
            {(a) => (
              <input
                {...a}
                type="password"
                value={repeat}
                onChange={(e) => setRepeat(e.target.value)}
                autoComplete="new-password"
              />
            )}
          </Field>
          <p className="muted small">
            This link works once. Setting the password ends every login of your account.
          </p>
          <div className="actions">
            <button type="submit" className="button--primary" disabled={busy}>
              {busy ? "Saving…" : "Set the password"}
            </button>
          </div>
        </form>
      )}
    </main>
  );
}
