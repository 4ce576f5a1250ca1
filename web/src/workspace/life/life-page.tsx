// The life timeline: memories at the client's age at the event, against the stretch of sessions
// that recalled them (counted per cell, so the chart keeps its size in a long process), with the
// life periods as bands and life events on the same age axis; the latest recalls, and every
// memory by age a page at a time.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useParams } from "react-router";
import { api } from "../../api/tessera-api";
import { LoadProblem } from "../../components/load-problem";
import { hrefFor } from "../../routing";
import { formatDate, PERIOD_LABEL } from "../../vocabulary-labels";
import { useElementWidth } from "../use-element-width";
import type { LifeMemory } from "../../../../src/domain";
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
  const ageNow = d.ageNow ?? Math.max(20, ...d.cells.map((m) => m.placedAge));
  const { x, y, height, top, left } = lifeScales({
    ageNow,
    sessions: d.rows.length,
    width: width || 900,
  });
  const most = Math.max(1, ...d.cells.map((c) => c.count));
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
        period), on the row of the session that recalled it
        {d.rows.some((r) => r.sessions > 1) &&
          " (each row a stretch of sessions; a larger dot, more memories)"}
        . {d.unplaced > 0 && `${d.unplaced} memories without an age or period are not drawn.`}
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
            {d.memoryCount} recalled memories by age at the event against {d.sessionCount} sessions. The lists
            below give each one.
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
          {d.rows.map((r, i) =>
            i % Math.ceil(d.rows.length / 12) === 0 ? (
              <text
                key={r.fromNumber}
                x={left - 8}
                y={y(i) + 4}
                textAnchor="end"
                className="life-chart__tick"
              >
                S{r.fromNumber}
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
          {d.cells.map((c) => {
            const rowOf = d.rows[c.row]!;
            const stretch =
              rowOf.sessions === 1
                ? `Session ${rowOf.fromNumber}`
                : `Sessions ${rowOf.fromNumber} to ${rowOf.toNumber}`;
            const dot = (
              <circle
                cx={x(c.placedAge)}
                cy={y(c.row)}
                r={Math.min(9, 4 + 5 * Math.sqrt(c.count / most))}
                className={`life-chart__memory life-chart__memory--${c.placedBy}`}
                data-age={c.placedAge}
                data-count={c.count}
                data-session-number={rowOf.fromNumber}
              >
                <title>
                  {c.memory
                    ? `Session ${c.memory.sessionNumber}: a memory of age ${c.placedAge}`
                    : `${stretch}: ${c.count} memories of age ${c.placedAge}`}
                </title>
              </circle>
            );
            return c.memory ? (
              <a
                key={`${c.row}:${c.placedAge}:${c.placedBy}`}
                href={hrefFor.sessionPiece(c.memory.sessionId, c.memory.pieceId)}
                aria-label={`Session ${c.memory.sessionNumber}: age ${c.placedAge}`}
              >
                {dot}
              </a>
            ) : (
              <g key={`${c.row}:${c.placedAge}:${c.placedBy}`}>{dot}</g>
            );
          })}
        </svg>
        <p className="muted small">Age at the event → · sessions ↓ · dashed lines: life events</p>
      </div>

      <div className="grid grid--2 align-start">
        <div className="stack">
          <section className="card stack-sm" aria-labelledby="life-recent">
            <h3 id="life-recent">Latest recalls</h3>
            <ol className="life-list">
              {d.recent.map((m) => (
                <MemoryItem key={m.pieceId} m={m} />
              ))}
            </ol>
          </section>
          <MemoriesByAge
            key={`${d.memoryCount}`}
            clientId={clientId}
            first={d.memories}
            total={d.memoryCount}
          />
        </div>
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

function MemoryItem({ m }: { m: LifeMemory }) {
  return (
    <li className="life-memory" data-age={m.age ?? ""} data-period={m.period ?? ""}>
      <strong>{m.age !== null ? `Age ${m.age}` : PERIOD_LABEL[m.period!]}</strong> <span>“{m.words}”</span>{" "}
      <a className="muted small" href={hrefFor.sessionPiece(m.session.id, m.pieceId)}>
        recalled in session {m.session.number}, {formatDate(m.session.date)}
      </a>
    </li>
  );
}

/** Every memory by age at the event: the first page from the view, the rest on "more". */
function MemoriesByAge({ clientId, first, total }: { clientId: string; first: LifeMemory[]; total: number }) {
  const [more, setMore] = useState<LifeMemory[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const shown = [...first, ...more];
  const loadMore = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const page = await api.getLifeMemories(clientId, { offset: shown.length });
      setMore((m) => [...m, ...page.memories]);
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card stack-sm" aria-labelledby="life-memories">
      <h3 id="life-memories">Memories by age</h3>
      {shown.length < total && (
        <p className="muted small">
          The first {shown.length} of {total}, youngest first.
        </p>
      )}
      <ol className="life-list">
        {shown.map((m) => (
          <MemoryItem key={m.pieceId} m={m} />
        ))}
      </ol>
      <LoadProblem error={problem} />
      {shown.length < total && (
        <button
          type="button"
          className="button--secondary button--small"
          disabled={busy}
          onClick={() => void loadMore()}
        >
          {busy ? "Loading…" : `Show more memories (${total - shown.length} more)`}
        </button>
      )}
    </section>
  );
}
