// The audit trail for the administrator: who did what to which record, filtered by person,
// client, action and date. People are named from the practice's accounts (the administrator may
// list them), so the trail reads as names and emails, not ids.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { AUDIT_ACTIONS } from "../../../../src/domain";
import { api } from "../../api/tessera-api";
import { LoadProblem } from "../../components/load-problem";
import { useViewTitle } from "../../workspace/use-view-title";
import "./audit.css";

export function AuditPage() {
  useViewTitle("Audit");
  const [params, setParams] = useSearchParams();
  const get = (k: string) => params.get(k) || undefined;
  const query = {
    userId: get("person"),
    clientId: get("client"),
    action: get("action"),
    from: get("from"),
    to: get("to"),
  };
  const view = useQuery({
    queryKey: ["practice-view", "audit", query],
    queryFn: ({ signal }) => api.getAuditView(query as never, signal),
    placeholderData: keepPreviousData,
  });
  const set = (key: string, value: string) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  const accounts = useQuery({
    queryKey: ["practice", "audit-accounts"],
    queryFn: ({ signal }) => api.listAccounts(signal).then((r) => r.items),
  });
  const d = view.data;
  const clientName = new Map(d?.clients.map((c) => [c.id, c.name]));
  const people = namedPeople(d?.people ?? [], accounts.data ?? []);
  const person = new Map(people.map((p) => [p.id, p]));
  return (
    <div className="stack-lg">
      <h1>Audit trail</h1>
      <LoadProblem error={view.error} onRetry={() => void view.refetch()} />
      <form className="filters card" aria-label="Filter the audit trail" onSubmit={(e) => e.preventDefault()}>
        <label className="filters__field">
          <span>Person</span>
          <select value={query.userId ?? ""} onChange={(e) => set("person", e.target.value)}>
            <option value="">Anyone</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.email ? `${p.name} (${p.email})` : p.name}
              </option>
            ))}
          </select>
        </label>
        <label className="filters__field">
          <span>Client</span>
          <select value={query.clientId ?? ""} onChange={(e) => set("client", e.target.value)}>
            <option value="">Any client</option>
            {d?.clients.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="filters__field">
          <span>Action</span>
          <select value={query.action ?? ""} onChange={(e) => set("action", e.target.value)}>
            <option value="">Any action</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label className="filters__field">
          <span>From</span>
          <input type="date" value={query.from ?? ""} onChange={(e) => set("from", e.target.value)} />
        </label>
        <label className="filters__field">
          <span>To</span>
          <input type="date" value={query.to ?? ""} onChange={(e) => set("to", e.target.value)} />
        </label>
      </form>
      {d && (
        <div className="audit-scroll">
          <table className="table audit-table">
            <caption className="muted small">{d.records.length} records, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">Record</th>
                <th scope="col">Client</th>
              </tr>
            </thead>
            <tbody>
              {d.records.map((r) => (
                <tr key={r.id} data-action={r.action}>
                  <td>{new Date(r.at).toLocaleString("en-GB")}</td>
                  <td>
                    {r.userId ? (
                      <Person who={person.get(r.userId)} />
                    ) : (
                      <span className="muted">the system</span>
                    )}
                  </td>
                  <td>{r.action}</td>
                  <td>{r.resourceType}</td>
                  <td>{r.clientId ? (clientName.get(r.clientId) ?? "") : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

interface NamedPerson {
  id: string;
  name: string;
  email: string | null;
  role: string | null;
}

/** Everyone in the trail, named from the accounts where one exists, by name. */
function namedPeople(
  inTrail: ReadonlyArray<{ id: string; name: string }>,
  accounts: ReadonlyArray<{ id: string; name: string; email: string; role: string }>,
): NamedPerson[] {
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const ids = new Set([...inTrail.map((p) => p.id), ...accounts.map((a) => a.id)]);
  const fallback = new Map(inTrail.map((p) => [p.id, p.name]));
  return [...ids]
    .map((id) => {
      const a = byId.get(id);
      return a
        ? { id, name: a.name, email: a.email, role: a.role }
        : { id, name: fallback.get(id) ?? "A removed account", email: null, role: null };
    })
    .sort((x, y) => x.name.localeCompare(y.name));
}

function Person({ who }: { who: NamedPerson | undefined }) {
  if (!who) return <span className="muted">an unknown account</span>;
  return (
    <>
      {who.name}
      {who.email && <span className="muted small audit-email">{who.email}</span>}
      {who.role === "client" && <span className="tag"> client</span>}
    </>
  );
}
