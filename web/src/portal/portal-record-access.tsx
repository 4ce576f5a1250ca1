// Who has opened the client's record, from the audit trail: names of staff, the day, and the kinds
// of records, never what they read.
import { api } from "../api/tessera-api";
import { LoadProblem } from "../components/load-problem";
import { useLoad } from "../use-load";
import { formatDate } from "../vocabulary-labels";
import { accessDays } from "./record-access-days";

export function PortalRecordAccess({ clientId }: { clientId: string }) {
  const access = useLoad(() => api.listRecordAccess(clientId).then((r) => r.items), [clientId]);
  const days = accessDays(access.data ?? []).slice(0, 30);
  return (
    <section className="card stack portal-section" aria-labelledby="access-title">
      <h2 id="access-title">Who has opened your record</h2>
      <p className="muted small">From the record's audit trail: who, on which day, and what kind of notes.</p>
      <LoadProblem error={access.error} onRetry={access.reload} />
      {access.data && days.length === 0 && <p className="muted">No one yet.</p>}
      {days.length > 0 && (
        <ul className="plain-list stack-sm access-days" aria-label="Who has opened your record">
          {days.map((d) => (
            <li key={`${d.day}-${d.who}`}>
              <strong>{d.who}</strong> <span className="muted small">({d.role})</span>, {formatDate(d.day)}
              {d.opened.length > 0 && <div className="small">Opened {d.opened.join(", ")}</div>}
              {d.changed.length > 0 && (
                <div className="small">Added to or changed {d.changed.join(", ")}</div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
