// The client page's portal card: make a one-time invitation link to copy (emailed too when SMTP is
// set up), see earlier invitations and revoke a pending one.
import { useState, type FormEvent } from "react";
import type { CreatedInvitation } from "../../../../src/domain";
import { api } from "../../api/tessera-api";
import { Field } from "../../components/field";
import { FormProblems } from "../../components/form-problems";
import { LoadProblem } from "../../components/load-problem";
import { errorAt, fieldErrorsOf } from "../../form-errors";
import { useLoad } from "../../use-load";
import { formatDate } from "../../vocabulary-labels";

const STATUS: Record<string, string> = {
  pending: "waiting",
  accepted: "accepted",
  revoked: "revoked",
  expired: "expired",
};

export function PortalCard({ clientId, email }: { clientId: string; email: string }) {
  const invitations = useLoad(() => api.listInvitations(clientId).then((r) => r.items), [clientId]);
  const [to, setTo] = useState(email);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrorsOf(error);
  const accepted = invitations.data?.some((i) => i.status === "accepted") ?? false;

  const invite = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    setCopied(false);
    try {
      setCreated(await api.createInvitation(clientId, { email: to }));
      invitations.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const copy = async () => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.link);
      setCopied(true);
    } catch {
      // Clipboard refused (no permission): the link stays selectable in the box.
    }
  };

  return (
    <section className="card stack" aria-labelledby="portal-title">
      <h2 id="portal-title">Client portal</h2>
      {accepted ? (
        <p className="small">The client has a portal login.</p>
      ) : (
        <p className="muted small">
          Invite the client to write reflections between sessions, answer questionnaires on their phone and
          read what you share. The link works once, for 7 days.
        </p>
      )}
      <form className="stack-sm" onSubmit={invite} noValidate aria-label="Invite to the portal">
        <FormProblems error={error} />
        <Field label="Client's email for the login" path="email" error={errorAt(errors, "email")}>
          {(a) => <input {...a} type="email" value={to} onChange={(e) => setTo(e.target.value)} />}
        </Field>
        <button type="submit" className="button--secondary" disabled={busy}>
          {busy ? "Making the link…" : "Make an invitation link"}
        </button>
      </form>
      {created && (
        <div className="stack-sm" role="status">
          <Field
            label="Invitation link"
            hint={
              created.emailed
                ? `Also emailed to ${created.invitation.email}.`
                : "Copy it to the client (it is shown only now)."
            }
          >
            {(a) => <input {...a} readOnly value={created.link} onFocus={(e) => e.currentTarget.select()} />}
          </Field>
          <button type="button" className="button--small button--secondary" onClick={() => void copy()}>
            {copied ? "Copied" : "Copy the link"}
          </button>
        </div>
      )}
      <LoadProblem error={invitations.error} onRetry={invitations.reload} />
      {invitations.data && invitations.data.length > 0 && (
        <ul className="plain-list stack-sm" aria-label="Invitations">
          {invitations.data.map((i) => (
            <li key={i.id} className="small" data-status={i.status}>
              {formatDate(i.createdAt)} to {i.email}: {STATUS[i.status]}
              {i.status === "pending" && (
                <>
                  {" "}
                  (until {formatDate(i.expiresAt)}){" "}
                  <button
                    type="button"
                    className="button--quiet button--small"
                    onClick={() => void api.revokeInvitation(i.id).then(invitations.reload, setError)}
                  >
                    Revoke
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
