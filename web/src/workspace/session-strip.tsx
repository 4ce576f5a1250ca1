// A strip of the whole process, one cell per session, filled where something (a character, a
// thread) was present: its appearances at a glance.
import type { SessionRef } from "../../../src/domain";
import { hrefFor } from "../routing";

export function SessionStrip({
  sessions,
  present,
  label,
}: {
  sessions: readonly SessionRef[];
  present: ReadonlySet<string>;
  label: string;
}) {
  return (
    <ol className="strip" aria-label={label}>
      {sessions.map((s) =>
        present.has(s.id) ? (
          <li key={s.id} className="strip__cell strip__cell--on">
            <a
              href={hrefFor.session(s.id)}
              title={`Session ${s.number}`}
              aria-label={`Session ${s.number}`}
            />
          </li>
        ) : (
          <li key={s.id} className="strip__cell" aria-hidden="true" />
        ),
      )}
    </ol>
  );
}
