import type { ProcessView } from "../../../src/domain";

export function ThreadList({ threads }: { threads: ProcessView["threads"] }) {
  if (threads.length === 0)
    return (
      <p className="muted">
        No threads yet. Link pieces to a thread in the session form to follow a theme across sessions.
      </p>
    );
  return (
    <ul className="threads" aria-label="Threads">
      {threads.map((t) => (
        <li key={t.id} className="threads__item" data-thread={t.name}>
          <div className="threads__head">
            <span className="threads__name">{t.name}</span>
            <span className={`badge badge--${t.status}`}>{t.status}</span>
          </div>
          {t.description && <p className="threads__description">{t.description}</p>}
          <p className="threads__sessions">
            {t.sessionNumbers.length === 0 ? (
              <span className="muted small">not yet linked to a session</span>
            ) : (
              <>
                <span className="muted small">Sessions</span>{" "}
                {t.sessionNumbers.map((n) => (
                  <span key={n} className="chip">
                    {n}
                  </span>
                ))}
              </>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
