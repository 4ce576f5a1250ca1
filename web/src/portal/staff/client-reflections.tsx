// The reflections a client shared, on the practitioner's client page, marked as the client's own
// words. Private reflections never reach this page: the API does not return them to staff.
import { api } from "../../api/tessera-api";
import { LoadProblem } from "../../components/load-problem";
import { useLoad } from "../../use-load";
import { formatDate } from "../../vocabulary-labels";

export function ClientReflections({ clientId, clientName }: { clientId: string; clientName: string }) {
  const list = useLoad(() => api.listReflections(clientId).then((r) => r.items), [clientId]);
  const firstName = clientName.split(/\s+/)[0] || clientName;
  return (
    <section className="card stack" aria-labelledby="client-reflections-title">
      <h2 id="client-reflections-title">Reflections shared by {firstName}</h2>
      <LoadProblem error={list.error} onRetry={list.reload} />
      {list.data && list.data.length === 0 && <p className="muted">None shared yet.</p>}
      <ul className="plain-list stack-sm" aria-label="Shared reflections">
        {[...(list.data ?? [])].reverse().map((r) => (
          <li key={r.id}>
            <figure className="client-words" data-reflection-id={r.id}>
              <figcaption className="muted small">
                In {firstName}'s words, {formatDate(r.date)}
              </figcaption>
              <blockquote className="client-words__text">{r.text}</blockquote>
            </figure>
          </li>
        ))}
      </ul>
    </section>
  );
}
