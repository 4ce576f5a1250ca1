// The page an invitation link opens: who invited the client, then a password (12 characters or
// more); accepting creates the client's login and lands them in the portal.
import { useState, type FormEvent } from "react";
import { api, type Me } from "../api/tessera-api";
import { Field } from "../components/field";
import { FormProblems } from "../components/form-problems";
import { errorAt, fieldErrorsOf } from "../form-errors";
import { useLoad } from "../use-load";
import { formatDate } from "../vocabulary-labels";

export function AcceptInvitationPage({ token, onDone }: { token: string; onDone: (me: Me) => void }) {
  const preview = useLoad(() => api.previewInvitation({ token }), [token]);
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [error, setError] = useState<unknown>(undefined);
  const [mismatch, setMismatch] = useState(false);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrorsOf(error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (password !== repeat) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    setBusy(true);
    try {
      const me = await api.acceptInvitation({ token, password });
      window.history.replaceState(null, "", "#/");
      onDone(me);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="portal-narrow" id="main">
      <div className="card stack">
        <h1>Your client portal</h1>
        {preview.error !== undefined && (
          <p className="notice notice--error" role="alert">
            This invitation link is not valid any more: it may have been used, revoked, or have expired.
            Please ask your practitioner for a new one.
          </p>
        )}
        {preview.data && (
          <>
            <p>
              Welcome, {preview.data.clientName}. <strong>{preview.data.practiceName}</strong> has opened a
              private place for you to write between sessions, answer questionnaires and read what your
              practitioner shares.
            </p>
            <form className="stack" onSubmit={submit} noValidate aria-label="Set your password">
              <FormProblems error={error} />
              <p className="muted small">
                You will log in as <strong>{preview.data.email}</strong>. This link works until{" "}
                {formatDate(preview.data.expiresAt)}.
              </p>
              <Field
                label="Choose a password"
                path="password"
                error={errorAt(errors, "password")}
                hint="At least 12 characters; a few words you will remember work well."
              >
                {(a) => (
                  <input
                    {...a}
                    type="password"
                    autoComplete="new-password"
                    value={password}
                    onChange={(e) => setPassword(e.target.value)}
                  />
                )}
              </Field>
              <Field label="Type it again" error={mismatch ? "the two passwords differ" : undefined}>
                {(a) => (
                  <input
                    {...a}
                    type="password"
                    autoComplete="new-password"
                    value={repeat}
                    onChange={(e) => setRepeat(e.target.value)}
                  />
                )}
              </Field>
              <button type="submit" className="button--primary" disabled={busy}>
                {busy ? "Opening…" : "Open my portal"}
              </button>
            </form>
          </>
        )}
        {!preview.data && preview.error === undefined && <p className="page-status">Checking the link…</p>}
      </div>
    </main>
  );
}
