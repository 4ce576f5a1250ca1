// The report's sections as checkboxes, in the report's order; sensitive ones marked, and only the
// default ones ticked at first.
import { REPORT_SECTIONS, type ReportSectionId } from "../../../../src/domain";

export type SectionChoice = Record<ReportSectionId, boolean>;

export const defaultChoice = Object.fromEntries(
  REPORT_SECTIONS.map((s) => [s.id, s.byDefault]),
) as SectionChoice;

export function ReportSectionPicker(props: {
  value: SectionChoice;
  onChange: (next: SectionChoice) => void;
}) {
  return (
    <fieldset className="export-sections">
      <legend className="field__label">Sections</legend>
      {REPORT_SECTIONS.map((s) => (
        <label key={s.id} className="export-check">
          <input
            type="checkbox"
            name="section"
            value={s.id}
            checked={props.value[s.id]}
            onChange={(e) => props.onChange({ ...props.value, [s.id]: e.target.checked })}
          />
          <span>
            {s.title}
            {s.sensitive && <span className="tag">sensitive</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
