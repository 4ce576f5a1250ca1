// One client's overview (under the client layout, which names the client and links the views):
// details, sessions, measures, and links to the views that show the process across sessions
// (each reads only its own first screen, so the overview reads no session's pieces).
import { useState } from "react";
import type { Client } from "../../../src/domain";
import { api, type ClientBody } from "../api/tessera-api";
import { ClientForm } from "../components/client-form";
import { LifeEvents } from "../components/life-events";
import { LoadProblem } from "../components/load-problem";
import { MeasuresSection } from "../measures/measures-section";
import { PortalSections } from "../portal/staff/portal-sections";
import { SafetyFlagBanner } from "../measures/safety-flag-banner";
import { useClientMeasures } from "../measures/use-client-measures";
import { CareTeamCard } from "../workspace/care-team/care-team-card";
import { hrefFor } from "../routing";
import { useLoad } from "../use-load";
import { CONCERN_LABEL, formatDate } from "../vocabulary-labels";

/** The overview lists the latest sessions; the mosaic is where the whole process is read. */
const RECENT_SESSIONS = 20;

export function ClientPage({ clientId }: { clientId: string }) {
  const client = useLoad(() => api.getClient(clientId), [clientId]);
  const sessions = useLoad(() => api.listSessionSummaries(clientId).then((r) => r.items), [clientId]);
  const measures = useClientMeasures(clientId);
  const [editing, setEditing] = useState(false);
  const [allSessions, setAllSessions] = useState(false);

  if (client.error) return <LoadProblem error={client.error} onRetry={client.reload} />;
  if (!client.data) return <p className="page-status">Loading…</p>;
  const c = client.data;

  return (
    <div className="stack-lg">
      <SafetyFlagBanner clientName={c.name} measures={measures} />

      <div className="columns">
        <div className="columns__main stack-lg">
          <section className="card" aria-labelledby="sessions-title">
            <h2 id="sessions-title">Sessions</h2>
            <LoadProblem error={sessions.error} onRetry={sessions.reload} />
            {sessions.data && sessions.data.length === 0 && (
              <p className="muted">No sessions recorded yet.</p>
            )}
            {sessions.data && sessions.data.length > 0 && (
              <div className="table-scroll">
                <table className="table" aria-label="Sessions">
                  <thead>
                    <tr>
                      <th scope="col">№</th>
                      <th scope="col">Date</th>
                      <th scope="col">Status</th>
                      <th scope="col" className="num">
                        Pieces
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...sessions.data]
                      .reverse()
                      .slice(0, allSessions ? undefined : RECENT_SESSIONS)
                      .map((s) => (
                        <tr key={s.id}>
                          <td>
                            <a href={hrefFor.session(s.id)}>Session {s.number}</a>
                          </td>
                          <td>{formatDate(s.date)}</td>
                          <td>
                            <span className={`badge badge--${s.status}`}>{s.status}</span>
                          </td>
                          <td className="num">{s.pieceCount}</td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              </div>
            )}
            {sessions.data && sessions.data.length > RECENT_SESSIONS && (
              <button type="button" className="button--quiet" onClick={() => setAllSessions((a) => !a)}>
                {allSessions
                  ? `Show the latest ${RECENT_SESSIONS} only`
                  : `Show all ${sessions.data.length} sessions`}
              </button>
            )}
          </section>

          <MeasuresSection clientId={clientId} measures={measures} sessions={sessions.data} />

          <PortalSections clientId={clientId} clientName={c.name} email={c.contact.email} />

          <ProcessLinks clientId={clientId} />
        </div>

        <aside className="columns__side stack-lg">
          <section className="card stack" aria-labelledby="details-title">
            <div className="section-head">
              <h2 id="details-title">Details</h2>
              {!editing && (
                <button
                  type="button"
                  className="button--secondary button--small"
                  onClick={() => setEditing(true)}
                >
                  Edit
                </button>
              )}
            </div>
            {editing ? (
              <ClientForm
                initial={toBody(c)}
                submitLabel="Save details"
                onCancel={() => setEditing(false)}
                onSubmit={async (body) => {
                  const updated = await api.updateClient(clientId, { ...body, version: c.version });
                  client.setData(() => updated);
                  setEditing(false);
                }}
              />
            ) : (
              <ClientDetails client={c} />
            )}
          </section>
          <LifeEvents clientId={clientId} />
          <CareTeamCard clientId={clientId} clientName={c.name} />
        </aside>
      </div>
    </div>
  );
}

const PROCESS_VIEWS = [
  {
    href: hrefFor.brief,
    label: "Before the next session",
    what: "the last session, open threads, reflections",
  },
  { href: hrefFor.mosaic, label: "Mosaic", what: "every session's pieces, month by month" },
  { href: hrefFor.bodyMap, label: "Body map", what: "the regions that recur" },
  { href: hrefFor.characters, label: "Characters", what: "who has appeared, and what they said" },
  { href: hrefFor.threads, label: "Threads", what: "the lines followed across sessions" },
  { href: hrefFor.life, label: "Life timeline", what: "memories and events by age and period" },
] as const;

function ProcessLinks({ clientId }: { clientId: string }) {
  return (
    <section className="card stack" aria-labelledby="process-title">
      <h2 id="process-title">The process</h2>
      <ul className="plain-list">
        {PROCESS_VIEWS.map((v) => (
          <li key={v.label}>
            <a href={v.href(clientId)}>{v.label}</a> <span className="muted small">· {v.what}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ClientDetails({ client: c }: { client: Client }) {
  return (
    <>
      <dl className="facts">
        <dt>Born</dt>
        <dd>{formatDate(c.dateOfBirth)}</dd>
        {c.contact.email && (
          <>
            <dt>Email</dt>
            <dd>{c.contact.email}</dd>
          </>
        )}
        {c.contact.phone && (
          <>
            <dt>Phone</dt>
            <dd>{c.contact.phone}</dd>
          </>
        )}
        {c.contact.address && (
          <>
            <dt>Address</dt>
            <dd>{c.contact.address}</dd>
          </>
        )}
      </dl>
      <div className="stack-sm">
        <h3>Presenting concerns</h3>
        {c.presentingConcerns.length === 0 ? (
          <p className="muted">None recorded.</p>
        ) : (
          <ul className="concerns">
            {c.presentingConcerns.map((p, i) => (
              <li key={i}>
                <span className="tag">{CONCERN_LABEL[p.category]}</span>
                {p.description && <q>{p.description}</q>}
              </li>
            ))}
          </ul>
        )}
      </div>
      {(c.holisticFactors.personal || c.holisticFactors.environmental) && (
        <div className="stack-sm">
          <h3>Holistic factors</h3>
          {c.holisticFactors.personal && (
            <p>
              <span className="muted small">Personal. </span>
              {c.holisticFactors.personal}
            </p>
          )}
          {c.holisticFactors.environmental && (
            <p>
              <span className="muted small">Environmental. </span>
              {c.holisticFactors.environmental}
            </p>
          )}
        </div>
      )}
    </>
  );
}

function toBody(c: Client): ClientBody {
  return {
    name: c.name,
    dateOfBirth: c.dateOfBirth,
    pronouns: c.pronouns,
    contact: c.contact,
    presentingConcerns: c.presentingConcerns,
    holisticFactors: c.holisticFactors,
    status: c.status,
  };
}
