// The mosaic timeline: every session in order with its pieces as tiles in the kind's colour.
// Filters narrow, the highlight dims all but one line through the process; a tile opens the piece
// in its sentence. Long processes load the latest sessions first and group them by month or course.
// Pieces can be chosen (Space, or clicks while choosing is on) to make a thread of them.
import { useRef, useState, type KeyboardEvent } from "react";
import { useParams, useSearchParams } from "react-router";
import type { MosaicView, PieceTile, SessionRef } from "../../../../src/domain";
import { BODY_REGIONS, EMOTIONS, PIECE_KINDS } from "../../../../src/domain/vocabulary";
import { LoadProblem } from "../../components/load-problem";
import { KIND_STYLE } from "../../process/kind-style";
import { hrefFor } from "../../routing";
import { formatDate, formatMonth, regionLabel } from "../../vocabulary-labels";
import { PieceDetail } from "../piece-detail";
import { PieceTileButton } from "../piece-tile-button";
import { MOSAIC_FIRST_PAGE } from "../linked-view-request";
import { useMosaic } from "../use-view";
import { useViewTitle } from "../use-view-title";
import { GRID_KEYS, moveInGrid } from "./grid-keys";
import { applyMosaicFilter, onHighlight, readMosaicParams } from "./mosaic-filter";
import { PieceSelectionBar } from "./piece-selection";

// The first page is the one a deep link asks for before the app has loaded (boot.ts).
const PAGE = MOSAIC_FIRST_PAGE.limit;
type Row = MosaicView["sessions"][number];

export function MosaicPage() {
  const { clientId = "" } = useParams();
  useViewTitle("Mosaic");
  const [params, setParams] = useSearchParams();
  const { filter, highlight } = readMosaicParams(params);
  const group = (params.get("group") as "month" | "course" | "none" | null) ?? "month";
  const compact = params.get("zoom") === "out";
  const [limit, setLimit] = useState(PAGE);
  const view = useMosaic(clientId, { offset: 0, limit });
  const [open, setOpen] = useState<{ tile: PieceTile; session: SessionRef } | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const [choosing, setChoosing] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const grid = useRef<HTMLDivElement>(null);
  const toggle = (id: string) =>
    setChosen((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));

  const set = (key: string, value: string | undefined) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  const data = view.data;
  const shown = data ? applyMosaicFilter(data.sessions, filter) : [];
  const groups = groupRows(shown, group, data);
  const tileCount = shown.reduce((n, s) => n + s.tiles.length, 0);
  const firstTile = shown.find((s) => s.tiles.length)?.tiles[0]?.id ?? null;
  const tabStop = active && shown.some((s) => s.tiles.some((t) => t.id === active)) ? active : firstTile;

  const onGridKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === " ") {
      // Space chooses (Enter still opens): the native click that Space would give is cancelled.
      e.preventDefault();
      const id = e.currentTarget.dataset.pieceId;
      if (id) {
        setChoosing(true);
        setActive(id);
        toggle(id);
      }
      return;
    }
    if (!GRID_KEYS.has(e.key) || !grid.current) return;
    const next = moveInGrid(grid.current, e.currentTarget, e.key);
    if (next) {
      e.preventDefault();
      setActive(next.dataset.pieceId ?? null);
      next.focus();
    }
  };

  if (view.error) return <LoadProblem error={view.error} onRetry={() => void view.refetch()} />;
  if (!data) return <p className="page-status">Loading the mosaic…</p>;

  return (
    <section className="stack" aria-labelledby="view-title">
      {/* The count and the button share one line that wraps as a whole, so neither is drawn over the other. */}
      <div className="section-head mosaic-head">
        <h2 id="view-title">Mosaic timeline</h2>
        <div className="mosaic-head__side">
          <p className="muted small mosaic-head__count" aria-live="polite">
            {tileCount} pieces in {shown.length} of {data.total} sessions
            {data.olderOffset !== null && ` (latest ${data.sessions.length} loaded)`}
          </p>
          <button
            type="button"
            className="button--secondary button--small mosaic-choose"
            aria-pressed={choosing}
            onClick={() => setChoosing((on) => !on)}
          >
            Choose pieces for a thread
          </button>
        </div>
      </div>

      {(choosing || chosen.length > 0) && (
        <PieceSelectionBar
          clientId={clientId}
          chosen={chosen}
          threads={data.threads}
          onClear={() => setChosen([])}
        />
      )}

      <MonthOverview
        months={data.months}
        onPick={(offset) => setLimit(Math.max(limit, Math.ceil((offset + 1) / PAGE) * PAGE))}
      />

      <form className="filters card" aria-label="Filter the mosaic" onSubmit={(e) => e.preventDefault()}>
        <Select
          label="Kind"
          value={filter.kind}
          onChange={(v) => set("kind", v)}
          options={PIECE_KINDS.map((k) => [k, KIND_STYLE[k].label])}
        />
        <Select
          label="Region"
          value={filter.region}
          onChange={(v) => set("region", v)}
          options={BODY_REGIONS.map((r) => [r, regionLabel(r)])}
        />
        <Select
          label="Emotion"
          value={filter.emotion}
          onChange={(v) => set("emotion", v)}
          options={EMOTIONS.map((e) => [e, e])}
        />
        <Select
          label="Character"
          value={filter.character}
          onChange={(v) => set("character", v)}
          options={data.characters.map((c) => [c.id, c.label])}
        />
        <Select
          label="Thread"
          value={filter.thread}
          onChange={(v) => set("thread", v)}
          options={data.threads.map((t) => [t.id, t.name])}
        />
        <label className="filters__field">
          <span>From</span>
          <input type="date" value={filter.from ?? ""} onChange={(e) => set("from", e.target.value)} />
        </label>
        <label className="filters__field">
          <span>To</span>
          <input type="date" value={filter.to ?? ""} onChange={(e) => set("to", e.target.value)} />
        </label>
        <Select
          label="Highlight"
          value={highlight ? `${highlight.by}:${highlight.id}` : undefined}
          onChange={(v) => set("highlight", v)}
          options={[
            ...data.characters.map((c): [string, string] => [`character:${c.id}`, `Character: ${c.label}`]),
            ...data.threads.map((t): [string, string] => [`thread:${t.id}`, `Thread: ${t.name}`]),
            ...BODY_REGIONS.map((r): [string, string] => [`region:${r}`, `Region: ${regionLabel(r)}`]),
            ...EMOTIONS.map((e): [string, string] => [`emotion:${e}`, `Emotion: ${e}`]),
          ]}
        />
        <Select
          label="Group by"
          value={group}
          onChange={(v) => set("group", v === "month" ? undefined : v)}
          options={[
            ["month", "Month"],
            ["course", "Course"],
            ["none", "Session only"],
          ]}
          blank={false}
        />
        <fieldset className="filters__zoom">
          <legend>Zoom</legend>
          <button type="button" aria-pressed={!compact} onClick={() => set("zoom", undefined)}>
            Words
          </button>
          <button type="button" aria-pressed={compact} onClick={() => set("zoom", "out")}>
            Overview
          </button>
        </fieldset>
        {[...params.keys()].some((k) => k !== "group" && k !== "zoom") && (
          <button type="button" className="button--quiet" onClick={() => setParams({}, { replace: true })}>
            Clear filters
          </button>
        )}
      </form>

      {open && <PieceDetail tile={open.tile} session={open.session} onClose={() => setOpen(null)} />}

      {data.olderOffset !== null && (
        <button type="button" className="button--secondary" onClick={() => setLimit((n) => n + PAGE)}>
          Show {Math.min(PAGE, data.total - data.sessions.length)} earlier sessions
        </button>
      )}

      <div
        className={`mosaic${compact ? " mosaic--compact" : ""}${choosing ? " mosaic--choosing" : ""}`}
        ref={grid}
      >
        {shown.length === 0 && <p className="empty">No pieces match these filters.</p>}
        {groups.map((g) => (
          <section key={g.key} className="mosaic__group" aria-label={g.label}>
            {group !== "none" && <h3 className="mosaic__group-title">{g.label}</h3>}
            <ol className="mosaic__sessions">
              {g.rows.map((s) => (
                <li key={s.id} className="mosaic__row" data-session-number={s.number} data-grid-row>
                  <a className="mosaic__when" href={hrefFor.session(s.id)}>
                    <span className="mosaic__num">Session {s.number}</span>
                    <span className="muted small">{formatDate(s.date)}</span>
                  </a>
                  <ul className="mosaic__tiles" aria-label={`Pieces of session ${s.number}`}>
                    {s.tiles.map((t) => (
                      <li key={t.id}>
                        <PieceTileButton
                          tile={t}
                          state={
                            highlight ? (onHighlight(t, highlight) ? "highlighted" : "dimmed") : "normal"
                          }
                          compact={compact}
                          selected={choosing || chosen.length > 0 ? chosen.includes(t.id) : undefined}
                          tabbable={t.id === tabStop}
                          onOpen={(tile) => {
                            setActive(tile.id);
                            if (choosing) toggle(tile.id);
                            else setOpen({ tile, session: s });
                          }}
                          onKeyDown={onGridKey}
                        />
                      </li>
                    ))}
                    {s.tiles.length === 0 && <li className="muted small">No pieces recorded.</li>}
                  </ul>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
    </section>
  );
}

function groupRows(rows: Row[], by: "month" | "course" | "none", data: MosaicView | undefined) {
  const groups: Array<{ key: string; label: string; rows: Row[] }> = [];
  const courseLabel = (id: string | null) => {
    const i = data?.courses.findIndex((c) => c.id === id) ?? -1;
    const c = i >= 0 ? data!.courses[i]! : null;
    return c ? `Course ${i + 1}, from ${formatDate(c.startDate)}` : "Outside a course";
  };
  for (const r of rows) {
    const key = by === "month" ? r.date.slice(0, 7) : by === "course" ? (r.courseId ?? "none") : "all";
    const last = groups.at(-1);
    if (last && last.key === key) {
      last.rows.push(r);
      continue;
    }
    const label = by === "month" ? formatMonth(key) : by === "course" ? courseLabel(r.courseId) : "Sessions";
    groups.push({ key, label, rows: [r] });
  }
  return groups;
}

function MonthOverview({
  months,
  onPick,
}: {
  months: MosaicView["months"];
  onPick: (offset: number) => void;
}) {
  const max = Math.max(1, ...months.map((m) => m.pieces));
  if (months.length < 2) return null;
  return (
    <nav className="month-overview" aria-label="The whole process by month">
      <ol>
        {months.map((m) => (
          <li key={m.month}>
            <button
              type="button"
              onClick={() => onPick(m.offset)}
              aria-label={`${m.month}: ${m.sessions} sessions, ${m.pieces} pieces`}
              title={`${m.month}: ${m.sessions} sessions, ${m.pieces} pieces`}
            >
              <span
                className="month-overview__bar"
                style={{ height: `${Math.max(8, (m.pieces / max) * 100)}%` }}
              />
            </button>
          </li>
        ))}
      </ol>
      <p className="muted small month-overview__ends">
        <span>{months[0]!.month}</span>
        <span>{months.at(-1)!.month}</span>
      </p>
    </nav>
  );
}

function Select({
  label,
  value,
  onChange,
  options,
  blank = true,
}: {
  label: string;
  value: string | undefined;
  onChange: (v: string | undefined) => void;
  options: Array<[string, string] | readonly [string, string]>;
  blank?: boolean;
}) {
  return (
    <label className="filters__field">
      <span>{label}</span>
      <select value={value ?? ""} onChange={(e) => onChange(e.target.value || undefined)}>
        {blank && <option value="">Any</option>}
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
}
