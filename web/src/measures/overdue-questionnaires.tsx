// The practitioner's home: questionnaires sent to clients' portals and not answered in time.
import { api } from "../api/tessera-api";
import { LoadProblem } from "../components/load-problem";
import { hrefFor } from "../routing";
import { useLoad } from "../use-load";
import { formatDate } from "../vocabulary-labels";

export function OverdueQuestionnaires() {
  const overdue = useLoad(() => api.listOverdueQuestionnaires().then((r) => r.items), []);
  const instruments = useLoad(() => api.listInstruments().then((r) => r.items), []);
  if (overdue.error) return <LoadProblem error={overdue.error} onRetry={overdue.reload} />;
  if (!overdue.data || overdue.data.length === 0) return null;
  const title = (id: string) => instruments.data?.find((i) => i.id === id)?.shortTitle ?? id;
  return (
    <section className="card stack-sm" aria-labelledby="overdue-title">
      <h2 id="overdue-title">Questionnaires overdue</h2>
      <ul className="plain-list stack-sm">
        {overdue.data.map((o) => (
          <li key={o.assignmentId} data-client-id={o.clientId}>
            <a href={hrefFor.client(o.clientId)}>{o.clientName}</a>: {title(o.instrument)}
            {o.schedule === "before-each-session"
              ? ` not answered before the session of ${formatDate(o.dueFrom)}`
              : ` due ${formatDate(o.dueBy ?? o.dueFrom)}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
