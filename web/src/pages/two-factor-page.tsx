// One's own second factor (staff): turn it on with an authenticator app (scan the QR code or type
// the secret, confirm with a first code), keep the ten recovery codes shown once, or turn it off
// with the password and a code.
import { useState, type FormEvent } from "react";
import { api } from "../api/tessera-api";
import { ApiError } from "../api/http";
import { Field } from "../components/field";
import { CodeInput } from "./code-input";
import { LoadProblem } from "../components/load-problem";
import { errorAt, fieldErrorsOf } from "../form-errors";
import { useLoad } from "../use-load";
import { useViewTitle } from "../workspace/use-view-title";
import type { TotpEnrolment } from "../../../src/domain";
import "./two-factor.css";

export function TwoFactorPage() {
  useViewTitle("Second factor");
  const status = useLoad(() => api.getSecondFactor(), []);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const s = status.data;
  return (
    <div className="stack-lg two-factor">
      <h1>Second factor</h1>
      <p className="lead">
        With a second factor, logging in takes your password and a six-digit code from an authenticator app on
        your phone (such as Aegis, FreeOTP, Google Authenticator or 1Password). Someone who learns your
        password still cannot log in as you.
      </p>
      <LoadProblem error={status.error} onRetry={status.reload} />
      {recoveryCodes ? (
        <RecoveryCodesOnce codes={recoveryCodes} onKept={() => setRecoveryCodes(null)} />
      ) : s && !s.available ? (
        <p className="notice">A second factor is for staff accounts; this login does not need one.</p>
      ) : s?.enabled ? (
        <TurnOff recoveryCodesLeft={s.recoveryCodesLeft} onOff={status.reload} />
      ) : s ? (
        <Enrol
          onConfirmed={(codes) => {
            setRecoveryCodes(codes);
            status.reload();
          }}
        />
      ) : null}
    </div>
  );
}

function Enrol({ onConfirmed }: { onConfirmed: (codes: string[]) => void }) {
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [code, setCode] = useState("");
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrorsOf(error);

  const start = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setEnrolment(await api.startTotpEnrolment());
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const confirm = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      onConfirmed((await api.confirmTotpEnrolment({ code })).recoveryCodes);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const message = error instanceof ApiError && error.details.length === 0 ? error.message : undefined;

  if (!enrolment)
    return (
      <section className="card stack" aria-labelledby="tf-off">
        <h2 id="tf-off">Off</h2>
        <p>Your account logs in with its password alone.</p>
        {message && (
          <p className="notice notice--error" role="alert">
            {message}
          </p>
        )}
        <div className="actions">
          <button type="button" className="button--primary" onClick={() => void start()} disabled={busy}>
            Set up an authenticator app
          </button>
        </div>
      </section>
    );
  return (
    <section className="card stack" aria-labelledby="tf-enrol">
      <h2 id="tf-enrol">Set up your authenticator app</h2>
      <p>In the app, add an account and scan this code.</p>
      <div
        className="two-factor__qr"
        role="img"
        aria-label="QR code of your second-factor secret"
        // The SVG comes from Tessera's own server (the qrcode library), never from user input.
        dangerouslySetInnerHTML={{ __html: enrolment.qrSvg }}
      />
      <p>
        Cannot scan? Type this secret into the app instead (time-based, 6 digits):
        <br />
        <code className="two-factor__secret" data-testid="totp-secret">
          {enrolment.secret.match(/.{1,4}/g)?.join(" ")}
        </code>
      </p>
      <form className="stack" onSubmit={confirm} noValidate aria-label="Confirm the authenticator app">
        {message && (
          <p className="notice notice--error" role="alert">
            {message}
          </p>
        )}
        <Field label="The six-digit code the app shows now" path="code" error={errorAt(errors, "code")}>
          {(a) => <CodeInput a11y={a} value={code} onValue={setCode} />}
        </Field>
        <div className="actions">
          <button type="submit" className="button--primary" disabled={busy}>
            {busy ? "Checking…" : "Turn the second factor on"}
          </button>
        </div>
      </form>
    </section>
  );
}

function RecoveryCodesOnce({ codes, onKept }: { codes: string[]; onKept: () => void }) {
  return (
    <section className="card stack" aria-labelledby="tf-codes">
      <h2 id="tf-codes">Your recovery codes</h2>
      <p className="notice" role="status">
        The second factor is on. Keep these ten codes somewhere safe, away from your phone (printed, or in a
        password manager). Each one logs you in once if you lose the phone.{" "}
        <strong>They are shown only now.</strong>
      </p>
      <ol className="two-factor__codes" aria-label="Recovery codes">
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ol>
      <div className="actions">
        <button type="button" className="button--primary" onClick={onKept}>
          I have kept them
        </button>
      </div>
    </section>
  );
}

function TurnOff({ recoveryCodesLeft, onOff }: { recoveryCodesLeft: number; onOff: () => void }) {
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrorsOf(error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await api.disableSecondFactor({ password, code });
      onOff();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const message = error instanceof ApiError && error.details.length === 0 ? error.message : undefined;
  return (
    <section className="card stack" aria-labelledby="tf-on">
      <h2 id="tf-on">On</h2>
      <p>
        Logging in asks for a code from your authenticator app.{" "}
        {recoveryCodesLeft === 1 ? "1 recovery code is" : `${recoveryCodesLeft} recovery codes are`} left
        unused.
        {recoveryCodesLeft <= 3 &&
          " When they run low, turn the second factor off and on again for ten new ones."}
      </p>
      <form className="stack" onSubmit={submit} noValidate aria-label="Turn the second factor off">
        <h3>Turn it off</h3>
        {message && (
          <p className="notice notice--error" role="alert">
            {message}
          </p>
        )}
        <Field label="Your password" path="password" error={errorAt(errors, "password")}>
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
        <Field label="A code from the app (or a recovery code)" path="code" error={errorAt(errors, "code")}>
          {(a) => <CodeInput a11y={a} value={code} onValue={setCode} recovery />}
        </Field>
        <div className="actions">
          <button type="submit" className="button--secondary" disabled={busy}>
            Turn the second factor off
          </button>
        </div>
      </form>
    </section>
  );
}
