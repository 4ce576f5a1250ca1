// Who has opened the client's record, from the audit trail: names of staff and when, never what
// they read.
import { api } from "../api/tessera-api";
import { LoadProblem } from "../components/load-problem";
import { useLoad } from "../use-load";

const WHAT: Record<string, string> = {
  client: "your details",
  session: "session notes",
  reflection: "shared reflections",
  "measure-response": "questionnaires",
  consent: "consents",
  "process-story": "your process story",
  "questionnaire-assignment": "questionnaires sent",
  invitation: "portal invitation",
  character: "process notes",
  thread: "process notes",
  "life-event": "life events",
  course: "courses",
};

function when(at: string): string {
  return new Date(at).toLocaleString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
}

export function PortalRecordAccess({ clientId }: { clientId: string }) {
  const access = useLoad(() => api.listRecordAccess(clientId).then((r) => r.items), [clientId]);
  return (
    <section className="card stack portal-section" aria-labelledby="access-title">
      <h2 id="access-title">Who has opened your record</h2>
      <LoadProblem error={access.error} onRetry={access.reload} />
      {access.data && access.data.length === 0 && <p className="muted">No one yet.</p>}
      {access.data && access.data.length > 0 && (
        <table className="table portal-table" aria-label="Who has opened your record">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
            </tr>
          </thead>
          <tbody>
            {access.data.slice(0, 30).map((a, i) => (
              <tr key={i}>
                <td>{when(a.at)}</td>
                <td>
                  {a.who} <span className="muted small">({a.role})</span>
                </td>
                <td>
                  {a.action === "read" ? "opened" : a.action === "create" ? "added to" : a.action}{" "}
                  {WHAT[a.resourceType] ?? a.resourceType}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
