// A strip of the whole process, filled where something (a character, a thread) was present: its
// appearances at a glance. Each cell is a stretch of sessions (one session each in a short
// process, at most STRIP_CELLS cells in a long one), shaded by how many of them held it; a filled
// cell links to the first session of the stretch that did.
import type { StripCell } from "../../../src/domain";
import { hrefFor } from "../routing";

function cellName(c: StripCell): string {
  if (c.sessions === 1) return `Session ${c.fromNumber}`;
  return `Sessions ${c.fromNumber} to ${c.toNumber}: in ${c.present} of ${c.sessions}`;
}

export function SessionStrip({ cells, label }: { cells: readonly StripCell[]; label: string }) {
  return (
    <ol className="strip" aria-label={label}>
      {cells.map((c) =>
        c.sessionId ? (
          <li
            key={c.fromNumber}
            className="strip__cell strip__cell--on"
            // Shaded by presence, never below a third so a single session still shows.
            style={{ opacity: 0.35 + (0.65 * c.present) / c.sessions }}
          >
            <a href={hrefFor.session(c.sessionId)} title={cellName(c)} aria-label={cellName(c)} />
          </li>
        ) : (
          <li key={c.fromNumber} className="strip__cell" aria-hidden="true" />
        ),
      )}
    </ol>
  );
}
