// The side of the body a piece or a technique concerns; "—" is none stated.
import type { SelectHTMLAttributes } from "react";
import type { Laterality } from "../../../src/domain";
import { LATERALITIES } from "../../../src/domain/vocabulary";

export function LateralitySelect(
  props: Omit<SelectHTMLAttributes<HTMLSelectElement>, "value" | "onChange"> & {
    value: Laterality | null;
    onChange: (value: Laterality | null) => void;
  },
) {
  const { value, onChange, ...rest } = props;
  return (
    <select
      {...rest}
      value={value ?? ""}
      onChange={(e) => onChange((e.target.value || null) as Laterality | null)}
    >
      <option value="">—</option>
      {LATERALITIES.map((l) => (
        <option key={l} value={l}>
          {l}
        </option>
      ))}
    </select>
  );
}
