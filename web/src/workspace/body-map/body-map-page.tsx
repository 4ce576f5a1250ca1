// The body map: where the pieces were felt, over the whole process or one session at a time, and,
// for a chosen region, its pieces by session with their words ("tissue memory"), a page at a time.
// The first screen is the region totals alone; the stepper reads a window of sessions around the
// one shown, so neither grows with the length of the process.
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useParams, useSearchParams } from "react-router";
import type { BodyRegion, BodyRegionPieces, Emotion, PieceKind } from "../../../../src/domain";
import { EMOTIONS, PIECE_KINDS } from "../../../../src/domain/vocabulary";
import { api } from "../../api/tessera-api";
import { BodyMap } from "../../components/body-map/body-map";
import type { Side } from "../../components/body-map/body-shapes";
import { LoadProblem } from "../../components/load-problem";
import { KIND_STYLE } from "../../process/kind-style";
import { KindDot } from "../../process/kind-dot";
import { hrefFor } from "../../routing";
import { formatDate, regionLabel } from "../../vocabulary-labels";
import { useBodyMap, useRegionPieces, viewKey } from "../use-view";
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

  const sessionCount = view.data?.sessionCount ?? 0;
  const index = step === null ? null : Math.min(step, sessionCount - 1);
  // The stepper's window of STEP_WINDOW sessions that holds the one shown.
  const windowStart = index === null ? null : Math.floor(index / STEP_WINDOW) * STEP_WINDOW;
  const stepWindow = useQuery({
    queryKey: viewKey(clientId, "body-map-sessions", { ...query, offset: windowStart }),
    queryFn: ({ signal }) =>
      api.getBodyMapSessions(clientId, { ...query, offset: windowStart!, limit: STEP_WINDOW }, signal),
    enabled: windowStart !== null,
    placeholderData: (previous) => previous,
  });
  const w = stepWindow.data;
  const at = index === null || !w ? null : (w.sessions[index - w.offset] ?? null);
  const counts = useMemo(
    () => (index === null ? (view.data?.counts ?? {}) : (at?.counts ?? {})),
    [index, at, view.data],
  );
  const last = sessionCount - 1;

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
              disabled={sessionCount === 0 || index === 0}
              onClick={() => setStep(index === null ? last : Math.max(0, index - 1))}
            >
              ‹ Previous
            </button>
            <input
              type="range"
              min={0}
              max={Math.max(0, last)}
              value={index ?? last}
              aria-label="Session"
              aria-valuetext={
                index === null
                  ? "All sessions"
                  : at
                    ? `Session ${at.number}, ${formatDate(at.date)}`
                    : `Session ${index + 1} of ${sessionCount}`
              }
              onChange={(e) => setStep(Number(e.target.value))}
            />
            <button
              type="button"
              className="button--secondary button--small"
              disabled={sessionCount === 0 || (index !== null && index >= last)}
              onClick={() => setStep(index === null ? 0 : Math.min(last, index + 1))}
            >
              Next ›
            </button>
          </div>
          <p className="stepper__now" aria-live="polite">
            {index === null ? (
              `Showing all ${sessionCount} sessions`
            ) : at ? (
              <>
                Showing <a href={hrefFor.session(at.id)}>session {at.number}</a>, {formatDate(at.date)}
              </>
            ) : (
              `Loading session ${index + 1} of ${sessionCount}…`
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
          {region && pieces.data && pieces.data.total === 0 && <p className="muted">No pieces here.</p>}
          {region && pieces.data && pieces.data.total > 0 && (
            <RegionList
              key={JSON.stringify([region, side, query])}
              first={pieces.data}
              more={(offset) => api.getBodyRegionPieces(clientId, region, { ...query, side, offset })}
            />
          )}
        </section>
      </div>
    </section>
  );
}

const STEP_WINDOW = 20;

/** A region's pieces by session, the first page from the view and the rest on "more". */
function RegionList({
  first,
  more,
}: {
  first: BodyRegionPieces;
  more: (offset: number) => Promise<BodyRegionPieces>;
}) {
  const [pages, setPages] = useState<BodyRegionPieces[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const all = [first, ...pages];
  const shown = all.reduce((n, p) => n + p.sessions.reduce((k, x) => k + x.pieces.length, 0), 0);
  // Pages split on pieces, so a session may continue on the next page: joined into one entry.
  const sessions: BodyRegionPieces["sessions"] = [];
  for (const s of all.flatMap((p) => p.sessions)) {
    const prev = sessions.at(-1);
    if (prev && prev.id === s.id)
      sessions[sessions.length - 1] = { ...prev, pieces: [...prev.pieces, ...s.pieces] };
    else sessions.push(s);
  }
  const loadMore = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const page = await more(shown);
      setPages((p) => [...p, page]);
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <p className="muted small">
        {shown < first.total ? `The first ${shown} of ${first.total} pieces` : `${first.total} pieces`}, in
        session order
      </p>
      <ol className="region-pieces__sessions">
        {sessions.map((s) => (
          <li key={s.id}>
            <a href={hrefFor.session(s.id)}>
              Session {s.number}, {formatDate(s.date)}
            </a>
            <ul>
              {s.pieces.map((p) => (
                <li key={p.id} className="region-piece" data-kind={p.kind}>
                  <KindDot kind={p.kind} />
                  <span className="muted small">{KIND_STYLE[p.kind].label}</span> “{p.words}”
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <LoadProblem error={problem} />
      {shown < first.total && (
        <button
          type="button"
          className="button--secondary button--small"
          disabled={busy}
          onClick={() => void loadMore()}
        >
          {busy ? "Loading…" : `Show more pieces (${first.total - shown} more)`}
        </button>
      )}
    </>
  );
}

function Legend() {
  return (
    <p className="body-map__legend muted small">
      <span className="body-map__ramp" aria-hidden="true" /> fewer → more pieces
    </p>
  );
}
