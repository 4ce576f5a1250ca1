// The login's second step: the code from the authenticator app, or one of the recovery codes.
import { useState, type FormEvent } from "react";
import { api, type Me } from "../api/tessera-api";
import { ApiError } from "../api/http";
import { Field } from "../components/field";
import { CodeInput } from "./code-input";
import { errorAt, fieldErrorsOf } from "../form-errors";
import "./two-factor.css";

export function SecondFactorStep(props: {
  challenge: string;
  autoFocus?: boolean;
  onDone: (me: Me) => void;
  /** The challenge expired: back to the password, with why. */
  onRestart: (why: string) => void;
}) {
  const [code, setCode] = useState("");
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrorsOf(error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const outcome = await api.loginSecondFactor({ challenge: props.challenge, code });
      if ("user" in outcome) props.onDone(outcome);
    } catch (err) {
      if (err instanceof ApiError && err.status === 401)
        props.onRestart("That login took too long. Type your email and password again.");
      else setError(err);
    } finally {
      setBusy(false);
    }
  };

  const message = error instanceof ApiError && error.details.length === 0 ? error.message : undefined;
  return (
    <form className="card stack" onSubmit={submit} noValidate aria-label="Second step of the login">
      <p>Your password was right. This account also asks for a code from your authenticator app.</p>
      {message && (
        <p className="notice notice--error" role="alert">
          {message}
        </p>
      )}
      <Field
        label="Code"
        path="code"
        error={errorAt(errors, "code")}
        hint="Six digits from the app. Lost your phone? Type one of your recovery codes instead."
      >
        {(a) => <CodeInput a11y={a} value={code} onValue={setCode} recovery autoFocus={props.autoFocus} />}
      </Field>
      <div className="actions">
        <button type="submit" className="button--primary" disabled={busy}>
          {busy ? "Checking…" : "Log in"}
        </button>
      </div>
    </form>
  );
}
