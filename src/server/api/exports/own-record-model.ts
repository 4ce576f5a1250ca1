// The client's own copy reads like the progress report with every section, titled as theirs.
import { buildReport, REPORT_SECTIONS, type ReportModel } from "../../../interop/report/report-model";
import type { OwnRecord } from "../../../store/store";

export const ALL_SECTIONS_FOR_CLIENT = REPORT_SECTIONS.map((s) => s.id);

export function ownRecordModel(record: OwnRecord, practiceName: string): ReportModel {
  const model = buildReport(record, {
    practiceName,
    sections: ALL_SECTIONS_FOR_CLIENT,
    today: new Date().toISOString().slice(0, 10),
  });
  return { ...model, title: "Your record" };
}
