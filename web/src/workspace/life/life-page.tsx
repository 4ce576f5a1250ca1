// The life timeline: memories at the client's age at the event, against the session that
// recalled them, with the life periods as bands; life events on the same age axis.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useParams } from "react-router";
import { api } from "../../api/tessera-api";
import { LoadProblem } from "../../components/load-problem";
import { hrefFor } from "../../routing";
import { formatDate, PERIOD_LABEL } from "../../vocabulary-labels";
import { useElementWidth } from "../use-element-width";
import { useLifeView, viewKey } from "../use-view";
import { useViewTitle } from "../use-view-title";
import { lifeScales } from "./life-chart";

const BAND_FILL = ["#efe9f6", "#f6efe4", "#eaf2ef", "#eef3f8", "#f8eef0", "#f1f1ec"];

export function LifePage() {
  const { clientId = "" } = useParams();
  useViewTitle("Life timeline");
  const view = useLifeView(clientId);
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [problem, setProblem] = useState<unknown>(null);

  if (view.error) return <LoadProblem error={view.error} onRetry={() => void view.refetch()} />;
  const d = view.data;
  if (!d) return <p className="page-status">Loading…</p>;
  const ageNow = d.ageNow ?? Math.max(20, ...d.memories.map((m) => m.placedAge));
  const { x, y, height, top, left } = lifeScales({
    ageNow,
    sessions: d.sessions.length,
    width: width || 900,
  });
  const row = new Map(d.sessions.map((s, i) => [s.id, i]));
  const ticks = x.ticks(10).filter((t) => t >= 0);

  const remove = async (id: string) => {
    try {
      await api.deleteLifeEvent(id);
      setConfirming(null);
      await queryClient.invalidateQueries({ queryKey: viewKey(clientId, "life") });
    } catch (err) {
      setProblem(err);
    }
  };

  return (
    <section className="stack" aria-labelledby="view-title">
      <h2 id="view-title">Life timeline</h2>
      <p className="muted small">
        Each memory is drawn at the client's age at the event (from its age, or the middle of its life
        period), on the row of the session that recalled it.{" "}
        {d.unplaced > 0 && `${d.unplaced} memories without an age or period are not drawn.`}
      </p>
      <div className="card life-chart" ref={ref}>
        <svg
          width="100%"
          height={height}
          viewBox={`0 0 ${width || 900} ${height}`}
          role="group"
          aria-labelledby="life-desc"
        >
          <desc id="life-desc">
            {d.memories.length} recalled memories by age at the event against {d.sessions.length} sessions.
            The list below gives each one.
          </desc>
          {d.periods.map((p, i) => {
            const x0 = x(Math.max(p.from, -1));
            const x1 = x(Math.min(p.to, ageNow + 1));
            if (x1 <= x0) return null;
            return (
              <g key={p.period}>
                <rect
                  x={x0}
                  y={top - 20}
                  width={x1 - x0}
                  height={height - top + 4}
                  fill={BAND_FILL[i % BAND_FILL.length]}
                />
                {/* Bands too narrow for their name (before birth, birth) are named in the list below. */}
                {x1 - x0 > 44 && (
                  <text x={(x0 + x1) / 2} y={top - 8} textAnchor="middle" className="life-chart__band">
                    {p.period}
                  </text>
                )}
              </g>
            );
          })}
          {ticks.map((t) => (
            <text key={t} x={x(t)} y={height - 6} textAnchor="middle" className="life-chart__tick">
              {t}
            </text>
          ))}
          {d.sessions.map((s, i) =>
            i % Math.ceil(d.sessions.length / 12) === 0 ? (
              <text key={s.id} x={left - 8} y={y(i) + 4} textAnchor="end" className="life-chart__tick">
                S{s.number}
              </text>
            ) : null,
          )}
          {d.lifeEvents.map((e) =>
            e.age === null ? null : (
              <line
                key={e.id}
                x1={x(e.age)}
                x2={x(e.age)}
                y1={top}
                y2={height - 20}
                className="life-chart__event"
              />
            ),
          )}
          {d.memories.map((m) => (
            <a
              key={m.pieceId}
              href={hrefFor.sessionPiece(m.session.id, m.pieceId)}
              aria-label={`Session ${m.session.number}: age ${m.placedAge}`}
            >
              <circle
                cx={x(m.placedAge)}
                cy={y(row.get(m.session.id) ?? 0)}
                r={6}
                className={`life-chart__memory life-chart__memory--${m.placedBy}`}
                data-age={m.placedAge}
                data-session-number={m.session.number}
              >
                <title>{`Session ${m.session.number}: ${m.words}`}</title>
              </circle>
            </a>
          ))}
        </svg>
        <p className="muted small">Age at the event → · sessions ↓ · dashed lines: life events</p>
      </div>

      <div className="grid grid--2 align-start">
        <section className="card stack-sm" aria-labelledby="life-memories">
          <h3 id="life-memories">Memories by age</h3>
          <ol className="life-list">
            {[...d.memories]
              .sort((a, b) => a.placedAge - b.placedAge)
              .map((m) => (
                <li
                  key={m.pieceId}
                  className="life-memory"
                  data-age={m.age ?? ""}
                  data-period={m.period ?? ""}
                >
                  <strong>{m.age !== null ? `Age ${m.age}` : PERIOD_LABEL[m.period!]}</strong>{" "}
                  <span>“{m.words}”</span>{" "}
                  <a className="muted small" href={hrefFor.sessionPiece(m.session.id, m.pieceId)}>
                    recalled in session {m.session.number}, {formatDate(m.session.date)}
                  </a>
                </li>
              ))}
          </ol>
        </section>
        <section className="card stack-sm" aria-labelledby="life-events">
          <h3 id="life-events">Life events</h3>
          <LoadProblem error={problem} />
          <ul className="life-list">
            {d.lifeEvents.map((e) => (
              <li key={e.id}>
                <strong>{e.age !== null ? `Age ${e.age}` : formatDate(e.date)}</strong> {e.title}
                {e.notes && <span className="muted small"> — {e.notes}</span>}{" "}
                {confirming === e.id ? (
                  <span role="alertdialog" aria-label={`Delete ${e.title}?`} className="confirm">
                    Delete “{e.title}”?{" "}
                    <button
                      type="button"
                      className="button--danger button--small"
                      onClick={() => void remove(e.id)}
                    >
                      Delete
                    </button>{" "}
                    <button
                      type="button"
                      className="button--secondary button--small"
                      onClick={() => setConfirming(null)}
                    >
                      Keep
                    </button>
                  </span>
                ) : (
                  <button
                    type="button"
                    className="button--quiet button--small"
                    aria-label={`Delete ${e.title}`}
                    onClick={() => setConfirming(e.id)}
                  >
                    Delete
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </section>
  );
}
