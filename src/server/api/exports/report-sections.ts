// The report sections a request asks for: the ids in ?sections=a,b (any order; shown in the
// report's own order), or the non-sensitive ones when none are named.
import { invalid } from "../../../domain";
import {
  DEFAULT_SECTIONS,
  REPORT_SECTIONS,
  type ReportSectionId,
} from "../../../interop/report/report-model";

const KNOWN = new Set<string>(REPORT_SECTIONS.map((s) => s.id));

export function sectionsAsked(sections: string | undefined): ReportSectionId[] {
  if (sections === undefined) return [...DEFAULT_SECTIONS];
  const ids = sections.split(",").filter(Boolean);
  const unknown = ids.filter((id) => !KNOWN.has(id));
  if (unknown.length) {
    const message = `unknown section(s) ${unknown.join(", ")}; known: ${[...KNOWN].join(", ")}`;
    throw invalid(message, [{ path: "sections", message }]);
  }
  return ids as ReportSectionId[];
}
