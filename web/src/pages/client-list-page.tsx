import { useState } from "react";
import type { Client, OpenSafetyFlag } from "../../../src/domain";
import { api } from "../api/tessera-api";
import { ClientForm, emptyClient } from "../components/client-form";
import { LoadProblem } from "../components/load-problem";
import { SafetyFlagBadge } from "../measures/safety-flag-badge";
import { OverdueQuestionnaires } from "../measures/overdue-questionnaires";
import { hrefFor, navigate } from "../routing";
import { CONCERN_LABEL, formatDate } from "../vocabulary-labels";
import { useLoad } from "../use-load";

export function ClientListPage() {
  const clients = useLoad(() => api.listClients().then((r) => r.items), []);
  const flags = useLoad(() => api.listSafetyFlags().then((r) => r.items), []);
  const [adding, setAdding] = useState(false);
  const [filter, setFilter] = useState("");
  const shown = (clients.data ?? []).filter((c) =>
    c.name.toLowerCase().includes(filter.trim().toLowerCase()),
  );

  return (
    <div className="stack-lg">
      <div className="page-head">
        <h1>Clients</h1>
        {!adding && (
          <button type="button" className="button--primary" onClick={() => setAdding(true)}>
            New client
          </button>
        )}
      </div>

      <OverdueQuestionnaires />

      {adding && (
        <section className="card" aria-labelledby="new-client-title">
          <h2 id="new-client-title">New client</h2>
          <ClientForm
            initial={emptyClient()}
            submitLabel="Create client"
            onCancel={() => setAdding(false)}
            onSubmit={async (body) => {
              const created = await api.createClient(body);
              navigate(hrefFor.client(created.id));
            }}
          />
        </section>
      )}

      <LoadProblem error={clients.error} onRetry={clients.reload} />
      {flags.error != null && clients.data && (
        // Without the flags no badge can be trusted, so say so rather than show a quiet list.
        <div className="notice notice--error" role="alert" data-problem="safety-flags">
          <p>
            Tessera could not load which clients have answers to follow up, so the list below shows no
            “Follow-up needed” marks. Open a client to see their flags, or try again.
          </p>
          <button type="button" className="button--secondary" onClick={flags.reload}>
            Try again
          </button>
        </div>
      )}
      {clients.data && clients.data.length === 0 && !adding && (
        <div className="empty card">
          <p>No clients yet. Create the first one to begin recording sessions.</p>
        </div>
      )}
      {clients.data && clients.data.length > 0 && (
        <section className="card card--flush">
          {clients.data.length > 8 && (
            <div className="list-filter">
              <label>
                <span className="visually-hidden">Find a client</span>
                <input
                  type="search"
                  placeholder="Find a client by name"
                  value={filter}
                  onChange={(e) => setFilter(e.target.value)}
                />
              </label>
            </div>
          )}
          <ul className="client-list" aria-label="Clients">
            {shown.map((c) => (
              <ClientRow
                key={c.id}
                client={c}
                flags={(flags.data ?? []).filter((f) => f.clientId === c.id)}
              />
            ))}
          </ul>
        </section>
      )}
      {clients.data && clients.data.length > 0 && (
        <p className="small muted">
          Questionnaire responses of the whole practice:{" "}
          <a href={api.practiceMeasuresCsvHref()} download>
            download CSV
          </a>
        </p>
      )}
    </div>
  );
}

function ClientRow({ client, flags }: { client: Client; flags: OpenSafetyFlag[] }) {
  return (
    <li>
      <a className="client-row" href={hrefFor.client(client.id)}>
        <span className="client-row__name">
          {client.name}
          <SafetyFlagBadge flags={flags} />
        </span>
        <span className="client-row__meta">
          {client.pronouns && <span>{client.pronouns}</span>}
          {client.dateOfBirth && <span>born {formatDate(client.dateOfBirth)}</span>}
        </span>
        <span className="client-row__concerns">
          {client.presentingConcerns.map((c, i) => (
            <span key={i} className="tag">
              {CONCERN_LABEL[c.category]}
            </span>
          ))}
          {client.status === "archived" && <span className="tag tag--muted">archived</span>}
        </span>
      </a>
    </li>
  );
}
