// Body regions as removable chips plus a list to add one (38 regions stay compact this way), and
// the body figure of the workspace (components/body-map) behind a toggle: click or Enter/Space on
// a shape to choose it, left and right as their own shapes. The list stays for those who prefer
// it and as the fallback; both change the same value.
import { useState } from "react";
import type { BodyRegion, Laterality } from "../../../src/domain";
import { BODY_REGIONS } from "../../../src/domain/vocabulary";
import { BodyMap } from "../components/body-map/body-map";
import type { FieldA11y } from "../components/field";
import { regionLabel } from "../vocabulary-labels";
import { chooseShape, chosenKeys } from "./figure-choice";

export function RegionPicker(props: {
  a11y: FieldA11y;
  value: BodyRegion[];
  onChange: (regions: BodyRegion[]) => void;
  name: string;
  /** With both, the figure's left and right shapes set the piece's side too. */
  laterality?: Laterality | null;
  onSideChange?: (value: { regions: BodyRegion[]; laterality: Laterality | null }) => void;
}) {
  const [figure, setFigure] = useState(false);
  const remaining = BODY_REGIONS.filter((r) => !props.value.includes(r));
  const current = { regions: props.value, laterality: props.laterality ?? null };
  const chosen = chosenKeys(current);
  return (
    <div className="region-choice">
      <div className="region-picker" data-regions={props.value.join(" ")}>
        {props.value.map((r) => (
          <span key={r} className="chip chip--removable">
            {regionLabel(r)}
            <button
              type="button"
              aria-label={`Remove ${regionLabel(r)} from ${props.name}`}
              onClick={() => props.onChange(props.value.filter((x) => x !== r))}
            >
              ×
            </button>
          </span>
        ))}
        <select
          {...props.a11y}
          className="region-picker__add"
          value=""
          onChange={(e) => {
            if (e.target.value) props.onChange([...props.value, e.target.value as BodyRegion]);
          }}
        >
          <option value="">{props.value.length ? "add another…" : "add a region…"}</option>
          {remaining.map((r) => (
            <option key={r} value={r}>
              {regionLabel(r)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button--quiet button--small region-picker__figure-toggle"
          aria-expanded={figure}
          onClick={() => setFigure((open) => !open)}
        >
          {figure ? "Hide the figure" : "Choose on the figure"}
        </button>
      </div>
      {figure && (
        <div className="region-picker__figure">
          <BodyMap
            label={`Body regions of ${props.name}`}
            unit={null}
            counts={Object.fromEntries(chosen.map((k) => [k, 1]))}
            selected={chosen}
            onSelect={({ region, side }) => {
              const next = chooseShape(current, region, side);
              if (props.onSideChange) props.onSideChange(next);
              else props.onChange(next.regions);
            }}
          />
          <p className="muted small">
            Click a region, or Tab to the figure and use the arrow keys with Enter. Left and right are the
            client's; a second click takes a side away.
          </p>
        </div>
      )}
    </div>
  );
}
