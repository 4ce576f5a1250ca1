// The body map: where the pieces were felt, over the whole process or one session at a time, and,
// for a chosen region, its pieces by session with their words ("tissue memory").
import { useMemo, useState } from "react";
import { useParams, useSearchParams } from "react-router";
import { EMOTIONS, PIECE_KINDS, type BodyRegion, type Emotion, type PieceKind } from "../../../../src/domain";
import { BodyMap } from "../../components/body-map/body-map";
import type { Side } from "../../components/body-map/body-shapes";
import { LoadProblem } from "../../components/load-problem";
import { KIND_STYLE } from "../../process/kind-style";
import { hrefFor } from "../../routing";
import { formatDate, regionLabel } from "../../vocabulary-labels";
import { useBodyMap, useRegionPieces } from "../use-view";
import { useViewTitle } from "../use-view-title";

export function BodyMapPage() {
  const { clientId = "" } = useParams();
  useViewTitle("Body map");
  const [params, setParams] = useSearchParams();
  const get = (k: string) => params.get(k) || undefined;
  const query = {
    kind: get("kind") as PieceKind | undefined,
    emotion: get("emotion") as Emotion | undefined,
    from: get("from"),
    to: get("to"),
  };
  const region = (get("region") as BodyRegion | undefined) ?? null;
  const side = (get("side") as Side | undefined) ?? undefined;
  const view = useBodyMap(clientId, query);
  const pieces = useRegionPieces(clientId, region, { ...query, side });
  // null: the whole process; a number: one session's index on the axis.
  const [step, setStep] = useState<number | null>(null);

  const set = (changes: Record<string, string | undefined>) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        for (const [k, v] of Object.entries(changes)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      },
      { replace: true },
    );

  const sessions = view.data?.sessions ?? [];
  const at = step === null ? null : sessions[Math.min(step, sessions.length - 1)];
  const counts = useMemo(() => (at ? at.counts : (view.data?.counts ?? {})), [at, view.data]);

  if (view.error) return <LoadProblem error={view.error} onRetry={() => void view.refetch()} />;
  if (!view.data) return <p className="page-status">Loading the body map…</p>;

  return (
    <section className="stack" aria-labelledby="view-title">
      <div className="section-head">
        <h2 id="view-title">Body map</h2>
        <p className="muted small">{view.data.pieces} pieces with a body region</p>
      </div>
      <form className="filters card" aria-label="Filter the body map" onSubmit={(e) => e.preventDefault()}>
        <label className="filters__field">
          <span>Kind</span>
          <select value={query.kind ?? ""} onChange={(e) => set({ kind: e.target.value })}>
            <option value="">Any</option>
            {PIECE_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_STYLE[k].label}
              </option>
            ))}
          </select>
        </label>
        <label className="filters__field">
          <span>Emotion</span>
          <select value={query.emotion ?? ""} onChange={(e) => set({ emotion: e.target.value })}>
            <option value="">Any</option>
            {EMOTIONS.map((e) => (
              <option key={e} value={e}>
                {e}
              </option>
            ))}
          </select>
        </label>
        <label className="filters__field">
          <span>From</span>
          <input type="date" value={query.from ?? ""} onChange={(e) => set({ from: e.target.value })} />
        </label>
        <label className="filters__field">
          <span>To</span>
          <input type="date" value={query.to ?? ""} onChange={(e) => set({ to: e.target.value })} />
        </label>
      </form>

      <div className="body-map-layout">
        <div className="card stack-sm">
          <div className="stepper" role="group" aria-label="Step through the sessions">
            <button
              type="button"
              className="button--secondary button--small"
              onClick={() => setStep(null)}
              aria-pressed={step === null}
            >
              All sessions
            </button>
            <button
              type="button"
              className="button--secondary button--small"
              disabled={sessions.length === 0 || step === 0}
              onClick={() => setStep((s) => (s === null ? sessions.length - 1 : Math.max(0, s - 1)))}
            >
              ‹ Previous
            </button>
            <input
              type="range"
              min={0}
              max={Math.max(0, sessions.length - 1)}
              value={step ?? sessions.length - 1}
              aria-label="Session"
              aria-valuetext={at ? `Session ${at.number}, ${formatDate(at.date)}` : "All sessions"}
              onChange={(e) => setStep(Number(e.target.value))}
            />
            <button
              type="button"
              className="button--secondary button--small"
              disabled={sessions.length === 0 || (step !== null && step >= sessions.length - 1)}
              onClick={() => setStep((s) => (s === null ? 0 : Math.min(sessions.length - 1, s + 1)))}
            >
              Next ›
            </button>
          </div>
          <p className="stepper__now" aria-live="polite">
            {at ? (
              <>
                Showing <a href={hrefFor.session(at.id)}>session {at.number}</a>, {formatDate(at.date)}
              </>
            ) : (
              `Showing all ${sessions.length} sessions`
            )}
          </p>
          <BodyMap
            counts={counts}
            selected={region ? [side ? `${region}:${side}` : region] : []}
            onSelect={({ region: r, side: s }) => set({ region: r, side: s ?? undefined })}
            label="Pieces by body region"
          />
          <Legend />
        </div>

        <section className="card stack-sm region-pieces" aria-labelledby="region-title" aria-live="polite">
          <h3 id="region-title">
            {region
              ? `${side ? `${side[0]!.toUpperCase()}${side.slice(1)} ` : ""}${regionLabel(region)}`
              : "Choose a region"}
          </h3>
          {!region && (
            <p className="muted">
              Click a region of the figure to see what was felt there, session by session.
            </p>
          )}
          {pieces.error ? <LoadProblem error={pieces.error} /> : null}
          {region && pieces.data && pieces.data.sessions.length === 0 && (
            <p className="muted">No pieces here.</p>
          )}
          {pieces.data && (
            <ol className="region-pieces__sessions">
              {pieces.data.sessions.map((s) => (
                <li key={s.id}>
                  <a href={hrefFor.session(s.id)}>
                    Session {s.number}, {formatDate(s.date)}
                  </a>
                  <ul>
                    {s.pieces.map((p) => (
                      <li key={p.id} className="region-piece" data-kind={p.kind}>
                        <span
                          className="kind-dot"
                          style={{ background: KIND_STYLE[p.kind].colour }}
                          aria-hidden="true"
                        />
                        <span className="muted small">{KIND_STYLE[p.kind].label}</span> “{p.words}”
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </section>
  );
}

function Legend() {
  return (
    <p className="body-map__legend muted small">
      <span className="body-map__ramp" aria-hidden="true" /> fewer → more pieces
    </p>
  );
}
