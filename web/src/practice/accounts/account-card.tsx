// One account on the administrators' screen: who, role, status, second factor, last login, and
// what an administrator may do with it. Changes that end someone's logins are confirmed first.
import { useState } from "react";
import type { Account, PasswordResetLink, Role } from "../../../../src/domain";
import { api } from "../../api/tessera-api";
import { ConfirmDialog } from "./confirm-dialog";
import { ResetLinkNotice } from "./reset-link-notice";

type Asking = "disable" | "enable" | "role" | "reset-2fa" | null;

const ROLE_LABEL: Record<Role, string> = {
  admin: "Administrator",
  practitioner: "Practitioner",
  client: "Client (portal)",
};

function lastLogin(at: string | null): string {
  return at ? new Date(at).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" }) : "not yet";
}

export function AccountCard(props: { account: Account; isSelf: boolean; onChanged: () => Promise<unknown> }) {
  const a = props.account;
  const [asking, setAsking] = useState<Asking>(null);
  const [role, setRole] = useState<Role>(a.role);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [reset, setReset] = useState<PasswordResetLink | null>(null);
  const staff = a.role !== "client";

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      setAsking(null);
      await props.onChanged();
    } catch (err) {
      setError(err instanceof Error ? err.message : "That did not work.");
    } finally {
      setBusy(false);
    }
  };
  const startReset = () => run(async () => setReset(await api.startPasswordReset(a.id)));
  const close = () => {
    setAsking(null);
    setError(undefined);
    setRole(a.role);
  };

  return (
    <li className={`card account${a.disabled ? " account--disabled" : ""}`} data-account={a.email}>
      <div className="account__who">
        <h2 className="account__name">
          {a.name}
          {props.isSelf && <span className="muted small"> (you)</span>}
        </h2>
        <p className="account__email">{a.email}</p>
      </div>
      <dl className="account__facts">
        <div>
          <dt>Role</dt>
          <dd>{ROLE_LABEL[a.role]}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            <span className={`badge ${a.disabled ? "badge--disabled" : "badge--active"}`}>
              {a.disabled ? "Disabled" : "Active"}
            </span>
          </dd>
        </div>
        <div>
          <dt>Second factor</dt>
          <dd>
            {staff ? (a.secondFactor ? "On" : "Off") : "—"}
            {props.isSelf && (
              <>
                {" · "}
                <a href="#/two-factor">{a.secondFactor ? "manage" : "set up"}</a>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>Last login</dt>
          <dd>{lastLogin(a.lastLoginAt)}</dd>
        </div>
      </dl>
      <div className="account__actions">
        {staff && !props.isSelf && (
          <label className="account__role">
            <span className="muted small">
              Role<span className="visually-hidden"> of {a.name}</span>
            </span>
            <select
              value={role}
              onChange={(e) => {
                setRole(e.target.value as Role);
                setAsking("role");
              }}
            >
              <option value="practitioner">Practitioner</option>
              <option value="admin">Administrator</option>
            </select>
          </label>
        )}
        {!a.disabled && (
          <button
            type="button"
            className="button--secondary button--small"
            onClick={() => void startReset()}
            disabled={busy}
          >
            Password reset link
          </button>
        )}
        {a.secondFactor && (
          <button
            type="button"
            className="button--secondary button--small"
            onClick={() => setAsking("reset-2fa")}
          >
            Reset second factor
          </button>
        )}
        {!props.isSelf &&
          (a.disabled ? (
            <button
              type="button"
              className="button--secondary button--small"
              onClick={() => setAsking("enable")}
            >
              Enable
            </button>
          ) : (
            <button
              type="button"
              className="button--danger button--small"
              onClick={() => setAsking("disable")}
            >
              Disable
            </button>
          ))}
      </div>
      {error && !asking && (
        <p className="notice notice--error account__error" role="alert">
          {error}
        </p>
      )}
      {reset && (
        <ResetLinkNotice name={a.name} email={a.email} reset={reset} onClose={() => setReset(null)} />
      )}

      {asking === "disable" && (
        <ConfirmDialog
          title={`Disable ${a.name}?`}
          confirmLabel="Disable the account"
          danger
          busy={busy}
          error={error}
          onCancel={close}
          onConfirm={() => void run(() => api.disableAccount(a.id))}
        >
          <p>
            Every open login of {a.name} ends at once, on every device, and they cannot log in until an
            administrator enables the account again. Their records and the audit trail stay as they are.
          </p>
        </ConfirmDialog>
      )}
      {asking === "enable" && (
        <ConfirmDialog
          title={`Enable ${a.name}?`}
          confirmLabel="Enable the account"
          busy={busy}
          error={error}
          onCancel={close}
          onConfirm={() => void run(() => api.enableAccount(a.id))}
        >
          <p>{a.name} can log in again with their password.</p>
        </ConfirmDialog>
      )}
      {asking === "role" && (
        <ConfirmDialog
          title={`Make ${a.name} ${role === "admin" ? "an administrator" : "a practitioner"}?`}
          confirmLabel="Change the role"
          busy={busy}
          error={error}
          onCancel={close}
          onConfirm={() => void run(() => api.setAccountRole(a.id, { role }))}
        >
          <p>
            {role === "admin"
              ? "Administrators manage accounts and read the audit trail. They see a client’s records only when on that client’s care team."
              : "Practitioners see the clients whose care team they are on, and cannot manage accounts or read the audit trail."}
          </p>
          <p>Every open login of {a.name} ends now; their next login carries the new role.</p>
        </ConfirmDialog>
      )}
      {asking === "reset-2fa" && (
        <ConfirmDialog
          title={`Reset ${a.name}’s second factor?`}
          confirmLabel="Reset the second factor"
          danger
          busy={busy}
          error={error}
          onCancel={close}
          onConfirm={() => void run(() => api.resetSecondFactor(a.id))}
        >
          <p>
            For a lost phone. Their authenticator app and recovery codes stop working; they log in with the
            password alone until they set up a second factor again. Check first that it is really them asking.
          </p>
        </ConfirmDialog>
      )}
    </li>
  );
}
