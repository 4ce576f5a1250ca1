import { useState } from "react";
import type { ProcessView } from "../../../src/domain";
import { ThreadForm } from "./thread-form";

export function ThreadList({
  threads,
  onChanged,
}: {
  threads: ProcessView["threads"];
  onChanged: () => void;
}) {
  const [editing, setEditing] = useState<string | null>(null);
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
          {editing === t.id && (
            <ThreadForm
              thread={t}
              onDone={(changed) => {
                setEditing(null);
                if (changed) onChanged();
              }}
            />
          )}
          <div className="threads__head" hidden={editing === t.id}>
            <span className="threads__name">{t.name}</span>
            <span className={`badge badge--${t.status}`}>{t.status}</span>
            <button
              type="button"
              className="button--quiet button--small"
              aria-label={`Edit ${t.name}`}
              onClick={() => setEditing(t.id)}
            >
              Edit
            </button>
          </div>
          {t.description && editing !== t.id && <p className="threads__description">{t.description}</p>}
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
