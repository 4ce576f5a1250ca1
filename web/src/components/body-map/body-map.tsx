// The body figure, front and back, every region a named shape (data-region, data-side) coloured
// by how many pieces were felt there. Controlled: the parent gives counts and selection and hears
// about choices, so the same figure is the body-map view and the session form's region picker.
// Keyboard: Tab reaches the figure, arrow keys move between regions, Enter or Space chooses.
import { scaleLinear } from "d3-scale";
import { useRef, useState, type KeyboardEvent } from "react";
import type { BodyRegion } from "../../../../src/domain";
import { regionLabel } from "../../vocabulary-labels";
import { REGION_SHAPES, regionKey, SILHOUETTE, WHOLE_REGIONS, type Shape, type Side } from "./body-shapes";

export interface BodyMapProps {
  /** Pieces per shape key ("jaw", "arms:left"); missing keys are 0. */
  counts?: Readonly<Record<string, number>>;
  /** Keys of the chosen shapes. */
  selected?: readonly string[];
  onSelect?: (choice: { region: BodyRegion; side: Side | null; key: string }) => void;
  /** Names the figure for assistive technology. */
  label?: string;
  /** What a count means in the shape names ("pieces"); null names the shapes without a count (a picker). */
  unit?: string | null;
}

const FILL_EMPTY = "#f3efe9";
const FILL_FULL = "#8e2c48";

export function BodyMap({
  counts = {},
  selected = [],
  onSelect,
  label = "Body map",
  unit = "pieces",
}: BodyMapProps) {
  const max = Math.max(1, ...Object.values(counts));
  const fill = scaleLinear<string>().domain([0, max]).range([FILL_EMPTY, FILL_FULL]);
  // The one shape in the Tab order, by view and key: a paired limb is drawn on both views.
  const [focusKey, setFocusKey] = useState<string>(
    REGION_SHAPES[0]
      ? `${REGION_SHAPES[0].view}/${regionKey(REGION_SHAPES[0].region, REGION_SHAPES[0].side)}`
      : "",
  );
  const root = useRef<HTMLDivElement>(null);
  const chosen = new Set(selected);

  const name = (region: BodyRegion, side: Side | null) => {
    const n = counts[regionKey(region, side)] ?? 0;
    const place = `${side ? `${side} ` : ""}${regionLabel(region)}`;
    return unit === null ? place : `${place}: ${n} ${n === 1 ? unit.replace(/s$/, "") : unit}`;
  };

  const onKey = (e: KeyboardEvent<SVGElement>, region: BodyRegion, side: Side | null) => {
    const key = regionKey(region, side);
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      onSelect?.({ region, side, key });
      return;
    }
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
    if (!step || !root.current) return;
    e.preventDefault();
    const all = [...root.current.querySelectorAll<SVGElement>("[data-region]")];
    const at = all.indexOf(e.currentTarget);
    const next = all[(at + step + all.length) % all.length];
    if (next) {
      setFocusKey(`${next.dataset.view ?? ""}/${next.dataset.key ?? ""}`);
      next.focus();
    }
  };

  const shapeProps = (region: BodyRegion, side: Side | null, view: "front" | "back" | "whole") => {
    const key = regionKey(region, side);
    const n = counts[key] ?? 0;
    return {
      "data-region": region,
      "data-side": side ?? undefined,
      "data-view": view,
      "data-key": key,
      "data-count": n,
      role: "button",
      tabIndex: `${view}/${key}` === focusKey ? 0 : -1,
      "aria-label": name(region, side),
      "aria-pressed": chosen.has(key),
      className: `body-region${chosen.has(key) ? " body-region--selected" : ""}`,
      fill: fill(n),
      onClick: () => {
        setFocusKey(`${view}/${key}`);
        onSelect?.({ region, side, key });
      },
      onKeyDown: (e: KeyboardEvent<SVGElement>) => onKey(e, region, side),
    };
  };

  return (
    <div className="body-map" ref={root} role="group" aria-label={label}>
      {(["front", "back"] as const).map((view) => (
        <figure key={view} className="body-map__view">
          <svg viewBox="0 0 200 460" className="body-map__svg" aria-label={`${label}, ${view}`} role="group">
            <path d={SILHOUETTE} className="body-map__outline" aria-hidden="true" />
            {REGION_SHAPES.filter((s) => s.view === view).map((s) => (
              <ShapeEl
                key={regionKey(s.region, s.side)}
                shape={s.shape}
                {...shapeProps(s.region, s.side, view)}
              >
                <title>{name(s.region, s.side)}</title>
              </ShapeEl>
            ))}
          </svg>
          <figcaption className="muted small">
            {view === "front" ? "Front (client's left on the right)" : "Back"}
          </figcaption>
        </figure>
      ))}
      <svg
        viewBox="0 0 120 70"
        className="body-map__whole"
        role="group"
        aria-label={`${label}, whole body and skin`}
      >
        {WHOLE_REGIONS.map((w, i) => (
          <g key={w.region}>
            <rect x={4} y={4 + i * 34} width={24} height={26} rx={5} {...shapeProps(w.region, null, "whole")}>
              <title>{name(w.region, null)}</title>
            </rect>
            <text x={34} y={22 + i * 34} className="body-map__whole-label" aria-hidden="true">
              {w.label}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
}

function ShapeEl({
  shape,
  children,
  ...rest
}: { shape: Shape; children: React.ReactNode } & Record<string, unknown>) {
  switch (shape.kind) {
    case "ellipse":
      return (
        <ellipse cx={shape.cx} cy={shape.cy} rx={shape.rx} ry={shape.ry} {...rest}>
          {children}
        </ellipse>
      );
    case "rect":
      return (
        <rect x={shape.x} y={shape.y} width={shape.w} height={shape.h} rx={shape.r ?? 0} {...rest}>
          {children}
        </rect>
      );
    case "path":
      return (
        <path d={shape.d} {...rest}>
          {children}
        </path>
      );
  }
}
