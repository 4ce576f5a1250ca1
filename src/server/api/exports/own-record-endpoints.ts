// The portal: the signed-in client's own whole record (GDPR Art. 15 and 20) as a page to read
// or print, a PDF, and FHIR R4 JSON. The store's exportOwnRecord decides that it is the client
// themself and their own record, reads everything held about them and audits it as an export.
import type { FastifyRequest } from "fastify";
import { buildBundle } from "../../../interop/fhir/export-fhir";
import { renderReportHtml } from "../../../interop/report/report-html";
import { renderReportPdf } from "../../../interop/report/report-pdf";
import type { ScopedStore } from "../../../store/store";
import { endpoint } from "../endpoint";
import { ClientParams } from "../params";
import { asDownload } from "./download";
import { exportsOf } from "./exports-capability";
import { ownRecordModel } from "./own-record-model";

async function ownRecord(store: ScopedStore, request: FastifyRequest, clientId: string) {
  const record = await store.exportOwnRecord(clientId);
  const directory = exportsOf(request).directory(store.caller.practiceId);
  const practice = await directory.getPractice(store.caller.practiceId);
  return { record, directory, practiceName: practice?.name ?? "" };
}

export const ownRecordEndpoints = [
  endpoint({
    name: "ownRecordHtml",
    method: "GET",
    path: "/api/clients/:clientId/own-record.html",
    summary: "The signed-in client's whole record as a page to read or print (their own only)",
    params: ClientParams,
    response: { status: 200, file: "text/html; charset=utf-8" },
    handler: async ({ store, params, request, reply }) => {
      const { record, practiceName } = await ownRecord(store, request, params.clientId);
      asDownload(reply, { who: record.client.name, what: "my-record", extension: "html", inline: true });
      return renderReportHtml(ownRecordModel(record, practiceName));
    },
  }),
  endpoint({
    name: "ownRecordPdf",
    method: "GET",
    path: "/api/clients/:clientId/own-record.pdf",
    summary: "The signed-in client's whole record as a PDF (their own only)",
    params: ClientParams,
    response: { status: 200, file: "application/pdf" },
    handler: async ({ store, params, request, reply }) => {
      const { record, practiceName } = await ownRecord(store, request, params.clientId);
      asDownload(reply, { who: record.client.name, what: "my-record", extension: "pdf" });
      return renderReportPdf(ownRecordModel(record, practiceName));
    },
  }),
  endpoint({
    name: "ownRecordFhir",
    method: "GET",
    path: "/api/clients/:clientId/own-record.fhir.json",
    summary: "The signed-in client's whole record as a FHIR R4 Bundle, to take elsewhere (their own only)",
    params: ClientParams,
    response: { status: 200, file: "application/fhir+json; charset=utf-8" },
    handler: async ({ store, params, request, reply }) => {
      const { record, directory } = await ownRecord(store, request, params.clientId);
      // Their own copy holds everything, the SER notes included.
      const bundle = await buildBundle(directory, store.caller.practiceId, [record], {
        includeSensitive: true,
      });
      asDownload(reply, { who: record.client.name, what: "my-record-fhir", extension: "json" });
      return `${JSON.stringify(bundle, null, 2)}\n`;
    },
  }),
];
