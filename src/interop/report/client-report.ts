// Gathers one client's record through the scoped store and renders the progress report.
import type { Caller, SystemStore } from "../../store/store";
import { loadClientRecord } from "../client-record";
import { buildReport, DEFAULT_SECTIONS, type ReportModel, type ReportSectionId } from "./report-model";
import { renderReportHtml } from "./report-html";
import { renderReportPdf } from "./report-pdf";

export async function clientReportModel(
  system: SystemStore,
  caller: Caller,
  clientId: string,
  sections: ReportSectionId[] = DEFAULT_SECTIONS,
): Promise<ReportModel> {
  const record = await loadClientRecord(system.scoped(caller), clientId);
  const practice = await system.getPractice(caller.practiceId);
  return buildReport(record, {
    practiceName: practice?.name ?? "",
    sections,
    today: new Date().toISOString().slice(0, 10),
  });
}

export async function clientReport(
  system: SystemStore,
  caller: Caller,
  clientId: string,
  options: { sections?: ReportSectionId[]; format: "pdf" | "html" },
): Promise<Buffer> {
  const model = await clientReportModel(system, caller, clientId, options.sections);
  return options.format === "pdf" ? renderReportPdf(model) : Buffer.from(renderReportHtml(model));
}
