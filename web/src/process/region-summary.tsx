// Where in the body the process keeps returning: the regions pieces name, most often first.
import type { BodyRegion, ProcessView } from "../../../src/domain";
import { regionLabel } from "../vocabulary-labels";

export function RegionSummary({ counts }: { counts: ProcessView["regionCounts"] }) {
  const rows = (Object.entries(counts) as Array<[BodyRegion, number]>)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8);
  if (rows.length === 0) return null;
  const max = rows[0]![1];
  return (
    <ul className="regions" aria-label="Body regions named most often">
      {rows.map(([region, n]) => (
        <li key={region}>
          <span className="regions__name">{regionLabel(region)}</span>
          <span className="regions__bar" style={{ width: `${Math.max(6, (n / max) * 100)}%` }} />
          <span className="regions__count">{n}</span>
        </li>
      ))}
    </ul>
  );
}
