// One instrument's totals over time, drawn in SVG at the real pixel width: the bands shaded (or the
// cut-point drawn), the client's sessions on the same time axis, one point per response, and the
// reliable changes from the previous response coloured.
import { useId, useState } from "react";
import type { SessionRef } from "../../../src/domain";
import type { Instrument, TimelineItem } from "../api/tessera-api";
import { formatDate } from "../vocabulary-labels";
import {
  bandAreas,
  dayNumber,
  labelled,
  linearScale,
  monthTicks,
  timeDomain,
  valueTicks,
} from "./chart-geometry";
import { PointDetails } from "./point-details";
import { changeVerdict, formatTotal, isNotableChange } from "./measure-text";
import { useElementWidth } from "./use-element-width";

const PLOT_TOP = 22;
const PLOT_HEIGHT = 200;
const LEFT = 70;
const INCOMPLETE_LANE = 28;
const SESSION_LANE = 34;
const MONTH_ROW = 26;

/** Band tints from least to most concerning: quiet, so the points stay the strongest marks. */
const TINTS = ["#ecf3ee", "#f1f2e3", "#f6eedb", "#f6e5d6", "#f3dbd4"];

function tint(severity: number): string {
  return TINTS[Math.round(severity * (TINTS.length - 1))]!;
}

export function ScoreChart(props: {
  instrument: Instrument;
  items: readonly TimelineItem[];
  sessions: readonly SessionRef[];
}) {
  const { instrument, items, sessions } = props;
  const [box, width] = useElementWidth<HTMLDivElement>(720);
  const [active, setActive] = useState<string | null>(null);
  const titleId = useId();

  const complete = items.filter((i) => i.score?.total != null);
  const incomplete = items.filter((i) => i.score?.total == null);
  const hasGutter = instrument.bands.length > 0 || instrument.cutPoints.length > 0;
  const right = hasGutter ? 140 : 24;
  const plotLeft = LEFT;
  const plotRight = Math.max(plotLeft + 120, width - right);
  const plotBottom = PLOT_TOP + PLOT_HEIGHT;
  const incompleteY = plotBottom + INCOMPLETE_LANE / 2 + 2;
  const sessionTop = plotBottom + (incomplete.length > 0 ? INCOMPLETE_LANE : 0);
  const monthY = sessionTop + (sessions.length > 0 ? SESSION_LANE : 6) + 16;
  const height = sessionTop + (sessions.length > 0 ? SESSION_LANE : 6) + MONTH_ROW;

  const domain = timeDomain([...items.map((i) => i.response.date), ...sessions.map((s) => s.date)]);
  const x = linearScale(domain, [plotLeft, plotRight]);
  const { min, max, decimals } = instrument.total;
  const y = linearScale([min, max], [plotBottom, PLOT_TOP]);
  const yTicks = valueTicks(min, max, 6);
  const months = monthTicks(domain, Math.floor((plotRight - plotLeft) / 64));
  const bands = bandAreas(instrument.bands, instrument.total, instrument.higherIsBetter);
  const half = 10 ** -decimals / 2;

  const points = complete.map((item) => ({
    item,
    x: x(dayNumber(item.response.date)),
    y: y(item.score!.total!),
  }));
  const showTotal = labelled(
    points.map((p) => p.x),
    22,
  );
  const sortedSessions = [...sessions].sort((a, b) => a.date.localeCompare(b.date) || a.number - b.number);
  const sessionXs = sortedSessions.map((s) => x(dayNumber(s.date)));
  const showSession = labelled(sessionXs, 18);

  const activeItem = items.find((i) => i.response.id === active);
  const activeAt = activeItem
    ? {
        x: x(dayNumber(activeItem.response.date)),
        y: activeItem.score?.total != null ? y(activeItem.score.total) : incompleteY,
      }
    : null;

  const pointEvents = (id: string) => ({
    onMouseEnter: () => setActive(id),
    onMouseLeave: () => setActive((a) => (a === id ? null : a)),
    onFocus: () => setActive(id),
    onBlur: () => setActive((a) => (a === id ? null : a)),
  });

  return (
    <div className="score-chart" ref={box}>
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-labelledby={titleId}
        data-instrument={instrument.id}
      >
        <title id={titleId}>{`${instrument.shortTitle} totals over time`}</title>

        {/* Bands, or a plain plot area where the instrument has none. */}
        <rect
          className="score-chart__plot"
          x={plotLeft}
          y={PLOT_TOP}
          width={plotRight - plotLeft}
          height={PLOT_HEIGHT}
        />
        {bands.map((b) => {
          const top = y(b.to);
          const h = y(b.from) - top;
          const band = instrument.bands.find((ib) => ib.label === b.label)!;
          return (
            <g key={b.label} className="score-chart__band" data-band={b.label}>
              <rect x={plotLeft} y={top} width={plotRight - plotLeft} height={h} fill={tint(b.severity)} />
              {h >= 13 && (
                <text
                  x={plotRight + 10}
                  y={top + h / 2 - (h >= 30 ? 7 : 0)}
                  dominantBaseline="middle"
                  className="score-chart__band-label"
                >
                  {b.label}
                  {h >= 30 && (
                    <tspan x={plotRight + 10} dy="1.25em" className="score-chart__band-range">
                      {`${formatTotal(band.min, decimals)}–${formatTotal(band.max, decimals)}`}
                    </tspan>
                  )}
                </text>
              )}
            </g>
          );
        })}

        {/* Grid: value lines and month starts. */}
        {yTicks.map((v) => (
          <g key={`y${v}`}>
            <line className="score-chart__grid" x1={plotLeft} x2={plotRight} y1={y(v)} y2={y(v)} />
            <text
              x={plotLeft - 8}
              y={y(v)}
              dominantBaseline="middle"
              textAnchor="end"
              className="score-chart__tick"
            >
              {formatTotal(v, decimals)}
            </text>
          </g>
        ))}
        {months.map((m) => (
          <g key={`m${m.day}`}>
            <line
              className="score-chart__grid score-chart__grid--time"
              x1={x(m.day)}
              x2={x(m.day)}
              y1={PLOT_TOP}
              y2={plotBottom}
            />
            <text x={x(m.day)} y={monthY} textAnchor="middle" className="score-chart__tick">
              {m.label}
            </text>
          </g>
        ))}

        {instrument.cutPoints.map((c) => {
          const cy = y(c.atLeast - half);
          return (
            <g key={c.id} className="score-chart__cut" data-cut-point={c.id}>
              <line x1={plotLeft} x2={plotRight} y1={cy} y2={cy} />
              <text
                x={plotRight + 10}
                y={cy - 22}
                dominantBaseline="middle"
                className="score-chart__band-label"
              >
                {c.label}
                <tspan x={plotRight + 10} dy="1.25em" className="score-chart__band-range">
                  {`${formatTotal(c.atLeast, decimals)} or more`}
                </tspan>
              </text>
            </g>
          );
        })}

        <line className="score-chart__axis" x1={plotLeft} x2={plotRight} y1={plotBottom} y2={plotBottom} />

        {/* Sessions: a faint guide through the plot, a tick and the session number below it. */}
        {sortedSessions.length > 0 && (
          <text x={plotLeft - 8} y={sessionTop + 24} textAnchor="end" className="score-chart__lane">
            sessions
          </text>
        )}
        {sortedSessions.map((s, i) => {
          const sx = sessionXs[i]!;
          return (
            <g key={s.id} className="score-chart__session" data-session-number={s.number}>
              <title>{`Session ${s.number} · ${formatDate(s.date)}`}</title>
              <line className="score-chart__session-guide" x1={sx} x2={sx} y1={PLOT_TOP} y2={plotBottom} />
              <line
                className="score-chart__session-tick"
                x1={sx}
                x2={sx}
                y1={sessionTop + 3}
                y2={sessionTop + 11}
              />
              {showSession[i] && (
                <text x={sx} y={sessionTop + 24} textAnchor="middle" className="score-chart__session-number">
                  {s.number}
                </text>
              )}
            </g>
          );
        })}

        {/* The line through complete responses, with reliable changes coloured. */}
        {points.length > 1 && (
          <polyline className="score-chart__line" points={points.map((p) => `${p.x},${p.y}`).join(" ")} />
        )}
        {points.map((p, i) => {
          const change = p.item.change.fromPrevious;
          const prev = points[i - 1];
          if (!prev || !isNotableChange(change)) return null;
          return (
            <line
              key={`c${p.item.response.id}`}
              className={`score-chart__change score-chart__change--${change.direction}`}
              data-reliable-change={change.direction}
              x1={prev.x}
              y1={prev.y}
              x2={p.x}
              y2={p.y}
            />
          );
        })}

        {incomplete.length > 0 && (
          <text
            x={plotLeft - 8}
            y={incompleteY}
            dominantBaseline="middle"
            textAnchor="end"
            className="score-chart__lane"
          >
            incomplete
          </text>
        )}
        {incomplete.map((item) => (
          <g
            key={item.response.id}
            className="score-chart__point score-chart__point--incomplete"
            // A labelled, focusable point: role img makes the label allowed (axe aria-prohibited-attr).
            role="img"
            tabIndex={0}
            aria-label={`${formatDate(item.response.date)}: incomplete, no total`}
            data-response-id={item.response.id}
            data-date={item.response.date}
            data-complete="false"
            {...pointEvents(item.response.id)}
          >
            <circle cx={x(dayNumber(item.response.date))} cy={incompleteY} r={5.5} />
          </g>
        ))}

        {points.map((p, i) => {
          const score = p.item.score!;
          const change = p.item.change.fromPrevious;
          const reliable = isNotableChange(change) ? change.direction : undefined;
          return (
            <g
              key={p.item.response.id}
              className={`score-chart__point${reliable ? ` score-chart__point--${reliable}` : ""}${
                p.item.response.flags.length > 0 ? " score-chart__point--flagged" : ""
              }`}
              role="img"
              tabIndex={0}
              aria-label={`${formatDate(p.item.response.date)}: ${formatTotal(score.total!, decimals)}${
                score.band ? `, ${score.band}` : ""
              }${reliable ? `, ${changeVerdict(change!, instrument)}` : ""}`}
              data-response-id={p.item.response.id}
              data-date={p.item.response.date}
              data-complete="true"
              data-total={score.total!}
              data-band={score.band ?? ""}
              data-reliable-change={reliable}
              {...pointEvents(p.item.response.id)}
            >
              {p.item.response.flags.length > 0 && (
                <circle className="score-chart__flag-ring" cx={p.x} cy={p.y} r={9.5} />
              )}
              <circle cx={p.x} cy={p.y} r={6} />
              {showTotal[i] && (
                <text x={p.x} y={p.y - 12} textAnchor="middle" className="score-chart__value">
                  {formatTotal(score.total!, decimals)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      {activeItem && activeAt && (
        <div
          className="score-chart__tip"
          role="tooltip"
          style={{
            left: activeAt.x,
            top: activeAt.y,
            transform: `translate(${activeAt.x < 160 ? "-12%" : activeAt.x > width - 160 ? "-88%" : "-50%"}, calc(-100% - 14px))`,
          }}
        >
          <PointDetails instrument={instrument} item={activeItem} />
        </div>
      )}
    </div>
  );
}
