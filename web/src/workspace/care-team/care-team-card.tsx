// The client's care team on their overview: who may see this record, sharing it with a colleague
// of the practice and stopping that. The server allows any member to be removed, itself too, so
// the card keeps the last member from removing themself: the record would be left to the admins.
import { useState, type FormEvent } from "react";
import type { CareTeamMember, Role, StaffMember } from "../../../../src/domain";
import { ApiError } from "../../api/http";
import { api } from "../../api/tessera-api";
import { LoadProblem } from "../../components/load-problem";
import { ConfirmDialog } from "../../practice/accounts/confirm-dialog";
import { hrefFor, navigate } from "../../routing";
import { useSignedIn } from "../../router/signed-in";
import { useLoad } from "../../use-load";
import "./care-team.css";

const ROLE_LABEL: Record<Role, string> = {
  admin: "Administrator",
  practitioner: "Practitioner",
  client: "Client",
};

/** The server's reason as it gave it, with the field's detail (which colleague was not valid). */
function messageOf(err: unknown, doing: string): string {
  if (!(err instanceof Error)) return `${doing}: that did not work. Try again in a moment.`;
  const details = err instanceof ApiError ? err.details.map((d) => d.message) : [];
  return `${doing}: ${err.message}${details.length ? ` (${details.join("; ")})` : ""}.`;
}

export function CareTeamCard({ clientId, clientName }: { clientId: string; clientName: string }) {
  const { me } = useSignedIn();
  const team = useLoad(() => api.listCareTeam(clientId).then((r) => r.items), [clientId]);
  const staff = useLoad(() => api.listStaff().then((r) => r.items), []);
  const [removing, setRemoving] = useState<CareTeamMember | null>(null);

  const members = team.data ?? [];
  const soleMember = members.length === 1;
  const candidates = (staff.data ?? []).filter((s) => !members.some((m) => m.userId === s.id));

  return (
    <section className="card stack care-team" aria-labelledby="care-team-title">
      <h2 id="care-team-title">Care team</h2>
      <p className="muted small">Only the people here can open {clientName}&rsquo;s record.</p>
      <LoadProblem error={team.error} onRetry={team.reload} />
      {members.length > 0 && (
        <ul className="care-team__list" aria-label="Care team members">
          {members.map((m) => {
            const self = m.userId === me.user.id;
            return (
              <li key={m.userId} className="care-team__member" data-member={m.name}>
                <span className="care-team__who">
                  <span className="care-team__name">
                    {m.name}
                    {self && <span className="muted"> (you)</span>}
                  </span>
                  <span className="muted small">{ROLE_LABEL[m.role]}</span>
                </span>
                {self && soleMember ? (
                  <span className="muted small care-team__note">the only member</span>
                ) : (
                  <button
                    type="button"
                    className="button--secondary button--small"
                    aria-label={self ? "Leave the care team" : `Remove ${m.name} from the care team`}
                    onClick={() => setRemoving(m)}
                  >
                    {self ? "Leave" : "Remove"}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {team.data && (
        <AddColleague
          candidates={candidates}
          staffError={staff.error}
          onRetryStaff={staff.reload}
          onAdd={async (userId) => {
            try {
              const updated = await api.addCareTeamMember(clientId, { userId });
              team.setData(() => updated.items);
            } finally {
              // Someone may have been disabled or added meanwhile: offer the list as it is now.
              staff.reload();
            }
          }}
        />
      )}
      {removing && (
        <RemoveDialog
          member={removing}
          self={removing.userId === me.user.id}
          clientName={clientName}
          onCancel={() => setRemoving(null)}
          onConfirm={async () => {
            const updated = await api.removeCareTeamMember(clientId, removing.userId);
            setRemoving(null);
            // Leaving the team ends one's own access: the record is no longer there to show.
            if (removing.userId === me.user.id) navigate(hrefFor.clients());
            else team.setData(() => updated.items);
          }}
        />
      )}
    </section>
  );
}

function AddColleague(props: {
  candidates: StaffMember[];
  staffError: unknown;
  onRetryStaff: () => void;
  onAdd: (userId: string) => Promise<void>;
}) {
  const [userId, setUserId] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  if (props.staffError) return <LoadProblem error={props.staffError} onRetry={props.onRetryStaff} />;
  if (props.candidates.length === 0)
    return <p className="muted small">Every active colleague of the practice is on this team.</p>;
  const chosen = props.candidates.some((c) => c.id === userId) ? userId : "";
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!chosen) return setError("Choose a colleague first.");
    setBusy(true);
    setError(undefined);
    try {
      await props.onAdd(chosen);
      setUserId("");
    } catch (err) {
      setError(messageOf(err, "Not added"));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="care-team__add stack-sm" aria-label="Add a colleague to the care team" onSubmit={submit}>
      <label htmlFor="care-team-colleague" className="field__label">
        Share with a colleague
      </label>
      <div className="care-team__add-row">
        <select
          id="care-team-colleague"
          value={chosen}
          onChange={(e) => setUserId(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "care-team-add-error" : undefined}
        >
          <option value="">Choose…</option>
          {props.candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({ROLE_LABEL[c.role].toLowerCase()})
            </option>
          ))}
        </select>
        <button type="submit" className="button--primary button--small" disabled={busy}>
          Add
        </button>
      </div>
      {error && (
        <p id="care-team-add-error" className="notice notice--error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function RemoveDialog(props: {
  member: CareTeamMember;
  self: boolean;
  clientName: string;
  onCancel: () => void;
  onConfirm: () => Promise<void>;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await props.onConfirm();
    } catch (err) {
      setError(messageOf(err, self ? "Not left" : "Not removed"));
      setBusy(false);
    }
  };
  const { member: m, self, clientName } = props;
  return (
    <ConfirmDialog
      title={self ? "Leave this care team?" : `Remove ${m.name} from the care team?`}
      confirmLabel={self ? "Leave the care team" : "Remove from the team"}
      danger
      busy={busy}
      error={error}
      onCancel={props.onCancel}
      onConfirm={() => void confirm()}
    >
      <p>
        {self
          ? `You will no longer see ${clientName}'s record; a member of the team or an administrator can add you again.`
          : `${m.name} will no longer see ${clientName}'s record. Nothing in it is changed, and they can be added again.`}
      </p>
    </ConfirmDialog>
  );
}
