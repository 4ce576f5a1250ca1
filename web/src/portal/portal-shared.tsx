// What the practitioner shared: the process story and session summaries, newest first.
import { api } from "../api/tessera-api";
import { LoadProblem } from "../components/load-problem";
import { useLoad } from "../use-load";
import { formatDate } from "../vocabulary-labels";

export function PortalShared({ clientId }: { clientId: string }) {
  const stories = useLoad(() => api.listProcessStories(clientId).then((r) => r.items), [clientId]);
  const newestFirst = [...(stories.data ?? [])].sort((a, b) =>
    (b.sharedAt ?? "").localeCompare(a.sharedAt ?? ""),
  );
  return (
    <section className="card stack portal-section" aria-labelledby="shared-title">
      <h2 id="shared-title">From your practitioner</h2>
      <LoadProblem error={stories.error} onRetry={stories.reload} />
      {stories.data && stories.data.length === 0 && (
        <p className="muted">Nothing shared yet. Summaries and the story of your process will appear here.</p>
      )}
      {newestFirst.map((s) => (
        <article key={s.id} className="story" aria-labelledby={`story-${s.id}`}>
          <h3 id={`story-${s.id}`}>{s.title}</h3>
          <p className="muted small">
            {s.sessionId ? "Session summary" : "Your process"} · shared {formatDate(s.sharedAt)}
          </p>
          {s.text.split(/\n{2,}/).map((para, i) => (
            <p key={i} className="story__text">
              {para}
            </p>
          ))}
        </article>
      ))}
    </section>
  );
}
