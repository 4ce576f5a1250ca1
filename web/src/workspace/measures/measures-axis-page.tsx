// Measures on the session axis: questionnaire totals drawn against the same time line as the
// sessions, so a change in scores can be read against what happened in the process. A window of
// the latest sessions first (as the mosaic pages), earlier and later windows on demand.
import { useQuery } from "@tanstack/react-query";
import { scaleLinear, scaleTime } from "d3-scale";
import { useState } from "react";
import { line } from "d3-shape";
import { useParams } from "react-router";
import { LoadProblem } from "../../components/load-problem";
import { hrefFor } from "../../routing";
import { formatDate } from "../../vocabulary-labels";
import { useElementWidth } from "../use-element-width";
import { api } from "../../api/tessera-api";
import { viewKey } from "../use-view";
import { useViewTitle } from "../use-view-title";

const SERIES_COLOUR = ["#2f6b6f", "#8e2c48", "#5b3f8c", "#8d5524", "#1d6fb8"];
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function MeasuresAxisPage() {
  const { clientId = "" } = useParams();
  useViewTitle("Measures");
  const [offset, setOffset] = useState(0);
  // The first window under the key the deep link's early request uses (use-view.ts).
  const view = useQuery({
    queryKey: viewKey(clientId, "measures", offset ? { offset } : undefined),
    queryFn: ({ signal }) =>
      offset
        ? api.getMeasuresAxisWindow(clientId, { offset }, signal)
        : api.getMeasuresAxisView(clientId, signal),
    placeholderData: (previous) => previous,
  });
  const [ref, measured] = useElementWidth<HTMLDivElement>();
  if (view.error) return <LoadProblem error={view.error} onRetry={() => void view.refetch()} />;
  const d = view.data;
  if (!d) return <p className="page-status">Loading…</p>;
  const width = measured || 900;
  const height = 260;
  const dates = [
    ...d.sessions.map((s) => s.date),
    ...d.series.flatMap((s) => s.points.map((p) => p.date)),
  ].sort();
  const x = scaleTime()
    .domain([day(dates[0] ?? "2026-01-01"), day(dates.at(-1) ?? "2026-12-31")])
    .range([40, width - 16]);
  const maxTotal = Math.max(10, ...d.series.flatMap((s) => s.points.map((p) => p.total ?? 0)));
  const y = scaleLinear()
    .domain([0, maxTotal])
    .nice()
    .range([height - 40, 16]);
  const path = line<{ date: string; total: number | null }>()
    .defined((p) => p.total !== null)
    .x((p) => x(day(p.date)))
    .y((p) => y(p.total ?? 0));

  return (
    <section className="stack" aria-labelledby="view-title">
      <div className="section-head">
        <h2 id="view-title">Measures on the session axis</h2>
        <a href={hrefFor.client(clientId)} className="small">
          Record a response on the overview
        </a>
      </div>
      {d.series.length === 0 && <p className="muted">No questionnaire responses yet.</p>}
      {(d.olderOffset !== null || d.newerOffset !== null) && (
        <div className="section-head" role="group" aria-label="Window of sessions">
          <p className="muted small" aria-live="polite">
            {d.sessions.length > 0
              ? `Sessions ${d.sessions[0]!.number} to ${d.sessions.at(-1)!.number} of ${d.sessionCount}`
              : `No sessions in this window`}
            {d.series.length > 0 &&
              ` · ${d.series.reduce((n, s) => n + s.points.length, 0)} of ${d.series.reduce((n, s) => n + s.count, 0)} responses`}
          </p>
          <span>
            <button
              type="button"
              className="button--secondary button--small"
              disabled={d.olderOffset === null}
              onClick={() => d.olderOffset !== null && setOffset(d.olderOffset)}
            >
              ‹ Earlier sessions
            </button>{" "}
            <button
              type="button"
              className="button--secondary button--small"
              disabled={d.newerOffset === null}
              onClick={() => d.newerOffset !== null && setOffset(d.newerOffset)}
            >
              Later sessions ›
            </button>
          </span>
        </div>
      )}
      <div className="card" ref={ref}>
        <svg
          width="100%"
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="group"
          aria-label="Scores against the sessions"
        >
          {y.ticks(5).map((t) => (
            <g key={t}>
              <line x1={40} x2={width - 16} y1={y(t)} y2={y(t)} className="axis-grid" />
              <text x={34} y={y(t) + 4} textAnchor="end" className="life-chart__tick">
                {t}
              </text>
            </g>
          ))}
          {d.sessions.map((s) => (
            <line
              key={s.id}
              x1={x(day(s.date))}
              x2={x(day(s.date))}
              y1={height - 34}
              y2={height - 26}
              className="session-tick"
            >
              <title>{`Session ${s.number}, ${formatDate(s.date)}`}</title>
            </line>
          ))}
          <text x={40} y={height - 8} className="life-chart__tick">
            {formatDate(dates[0])}
          </text>
          <text x={width - 16} y={height - 8} textAnchor="end" className="life-chart__tick">
            {formatDate(dates.at(-1))}
          </text>
          {d.series.map((s, i) => (
            <g key={s.instrument}>
              <path
                d={path(s.points) ?? ""}
                fill="none"
                stroke={SERIES_COLOUR[i % SERIES_COLOUR.length]}
                strokeWidth={2}
              />
              {s.points.map((p) =>
                p.total === null ? null : (
                  <circle
                    key={p.responseId}
                    cx={x(day(p.date))}
                    cy={y(p.total)}
                    r={4}
                    fill={SERIES_COLOUR[i % SERIES_COLOUR.length]}
                  >
                    <title>{`${s.instrument.toUpperCase()} ${p.total} on ${formatDate(p.date)}`}</title>
                  </circle>
                ),
              )}
            </g>
          ))}
        </svg>
        <ul className="chart-legend">
          {d.series.map((s, i) => (
            <li key={s.instrument}>
              <span
                className="kind-dot"
                style={{ background: SERIES_COLOUR[i % SERIES_COLOUR.length] }}
                aria-hidden="true"
              />
              {s.instrument.toUpperCase()}
            </li>
          ))}
          <li>
            <span className="session-tick-key" aria-hidden="true" /> a session
          </li>
        </ul>
      </div>
      <table className="table">
        <caption className="muted small">
          {d.olderOffset === null && d.newerOffset === null
            ? "Every response"
            : "The responses of these sessions"}
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Questionnaire</th>
            <th scope="col" className="num">
              Total
            </th>
            <th scope="col">Band</th>
          </tr>
        </thead>
        <tbody>
          {d.series
            .flatMap((s) => s.points)
            .sort((a, b) => b.date.localeCompare(a.date))
            .map((p) => (
              <tr key={p.responseId}>
                <td>{formatDate(p.date)}</td>
                <td>{p.instrument.toUpperCase()}</td>
                <td className="num">{p.total ?? "—"}</td>
                <td>
                  {p.band ?? ""}
                  {p.flags.length > 0 && <span className="badge badge--flag"> open safety flag</span>}
                </td>
              </tr>
            ))}
        </tbody>
      </table>
    </section>
  );
}
