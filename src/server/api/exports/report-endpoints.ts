// The client progress report for the practitioner, as a printable page and as a PDF, with the
// sections chosen in ?sections= (the sensitive ones only when named).
import { ReportQuery } from "../../../domain";
import { loadClientRecord } from "../../../interop/client-record";
import { renderReportHtml } from "../../../interop/report/report-html";
import { buildReport, type ReportModel } from "../../../interop/report/report-model";
import { renderReportPdf } from "../../../interop/report/report-pdf";
import type { ScopedStore } from "../../../store/store";
import type { FastifyRequest } from "fastify";
import { endpoint } from "../endpoint";
import { ClientParams } from "../params";
import { asDownload } from "./download";
import { exportsOf } from "./exports-capability";
import { sectionsAsked } from "./report-sections";

async function reportOf(
  store: ScopedStore,
  request: FastifyRequest,
  clientId: string,
  sections: string | undefined,
): Promise<ReportModel> {
  const chosen = sectionsAsked(sections);
  const record = await loadClientRecord(store, clientId);
  const practice = await exportsOf(request)
    .directory(store.caller.practiceId)
    .getPractice(store.caller.practiceId);
  return buildReport(record, {
    practiceName: practice?.name ?? "",
    sections: chosen,
    today: new Date().toISOString().slice(0, 10),
  });
}

export const reportEndpoints = [
  endpoint({
    name: "clientReportHtml",
    method: "GET",
    path: "/api/clients/:clientId/report.html",
    summary:
      "A client's progress report as a printable page (sections as ?sections=a,b; sensitive ones only when named)",
    params: ClientParams,
    query: ReportQuery,
    response: { status: 200, file: "text/html; charset=utf-8" },
    handler: async ({ store, params, query, request, reply }) => {
      const model = await reportOf(store, request, params.clientId, query.sections);
      asDownload(reply, { who: model.clientName, what: "report", extension: "html", inline: true });
      return renderReportHtml(model);
    },
  }),
  endpoint({
    name: "clientReportPdf",
    method: "GET",
    path: "/api/clients/:clientId/report.pdf",
    summary:
      "A client's progress report as a PDF (sections as ?sections=a,b; sensitive ones only when named)",
    params: ClientParams,
    query: ReportQuery,
    response: { status: 200, file: "application/pdf" },
    handler: async ({ store, params, query, request, reply }) => {
      const model = await reportOf(store, request, params.clientId, query.sections);
      asDownload(reply, { who: model.clientName, what: "report", extension: "pdf" });
      return renderReportPdf(model);
    },
  }),
];
