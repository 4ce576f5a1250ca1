// Body regions as removable chips plus a list to add one; 38 regions stay compact this way.
import { BODY_REGIONS, type BodyRegion } from "../../../src/domain";
import type { FieldA11y } from "../components/field";
import { regionLabel } from "../vocabulary-labels";

export function RegionPicker(props: {
  a11y: FieldA11y;
  value: BodyRegion[];
  onChange: (regions: BodyRegion[]) => void;
  name: string;
}) {
  const remaining = BODY_REGIONS.filter((r) => !props.value.includes(r));
  return (
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
    </div>
  );
}
