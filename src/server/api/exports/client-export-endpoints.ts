// A client's record for the practitioner as FHIR R4, Tessera JSON or a CSV of pieces, and the
// whole practice as FHIR for an administrator. Every record is read through the caller's scoped
// store (care-team rules, one audit record per read, the measures audited as an export).
import { ClientParams } from "../params";
import { FhirExportQuery } from "../../../domain";
import { loadClientRecord, loadPracticeRecords } from "../../../interop/client-record";
import { piecesToCsv } from "../../../interop/csv/pieces-csv";
import { buildBundle } from "../../../interop/fhir/export-fhir";
import { tesseraJsonOf } from "../../../interop/tessera-json";
import { endpoint } from "../endpoint";
import { asDownload } from "./download";
import { exportsOf } from "./exports-capability";

const FHIR_JSON = "application/fhir+json; charset=utf-8";
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export const clientExportEndpoints = [
  endpoint({
    name: "exportClientFhir",
    method: "GET",
    path: "/api/clients/:clientId/export/fhir",
    summary:
      "A client's record as a FHIR R4 Bundle (the SER notes only with sensitive=true; audited as an export)",
    params: ClientParams,
    query: FhirExportQuery,
    response: { status: 200, file: FHIR_JSON },
    handler: async ({ store, params, query, request, reply }) => {
      const record = await loadClientRecord(store, params.clientId);
      const directory = exportsOf(request).directory(store.caller.practiceId);
      const bundle = await buildBundle(directory, store.caller.practiceId, [record], {
        includeSensitive: query.sensitive === "true",
      });
      asDownload(reply, { who: record.client.name, what: "fhir", extension: "json" });
      return json(bundle);
    },
  }),
  endpoint({
    name: "exportClientJson",
    method: "GET",
    path: "/api/clients/:clientId/export/json",
    summary: "A client's whole record in Tessera's own JSON shapes (audited as an export)",
    params: ClientParams,
    response: { status: 200, file: "application/json; charset=utf-8" },
    handler: async ({ store, params, request, reply }) => {
      const record = await loadClientRecord(store, params.clientId);
      const practice = await exportsOf(request)
        .directory(store.caller.practiceId)
        .getPractice(store.caller.practiceId);
      asDownload(reply, { who: record.client.name, what: "tessera", extension: "json" });
      return json(tesseraJsonOf({ id: store.caller.practiceId, name: practice?.name ?? "" }, [record]));
    },
  }),
  endpoint({
    name: "exportClientPiecesCsv",
    method: "GET",
    path: "/api/clients/:clientId/export/pieces.csv",
    summary: "A client's pieces as CSV, one row per piece with its fields (audited as an export)",
    params: ClientParams,
    response: { status: 200, file: "text/csv; charset=utf-8" },
    handler: async ({ store, params, reply }) => {
      const record = await loadClientRecord(store, params.clientId);
      asDownload(reply, { who: record.client.name, what: "pieces", extension: "csv" });
      return piecesToCsv([record]);
    },
  }),
  endpoint({
    name: "exportPracticeFhir",
    method: "GET",
    path: "/api/practice/export/fhir",
    summary:
      "Every client of the practice as one FHIR R4 Bundle (administrators; the SER notes only with sensitive=true)",
    query: FhirExportQuery,
    response: { status: 200, file: FHIR_JSON },
    handler: async ({ caller, query, request, reply }) => {
      const capability = exportsOf(request);
      const records = await loadPracticeRecords(capability.practiceWideStore(caller, request));
      const directory = capability.directory(caller.practiceId);
      const practice = await directory.getPractice(caller.practiceId);
      const bundle = await buildBundle(directory, caller.practiceId, records, {
        includeSensitive: query.sensitive === "true",
      });
      asDownload(reply, { who: practice?.name ?? "practice", what: "fhir", extension: "json" });
      return json(bundle);
    },
  }),
];
