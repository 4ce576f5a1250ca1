// Outcome measures: the instrument catalogue, responses with scores and change, safety flags and
// their follow-up, and CSV exports. Clients reach their own responses (the portal); the scoped
// store decides whose record it is and what a client may see.
import {
  FollowUpInput,
  listOf,
  MeasureResponse,
  MeasureResponseInput,
  OpenSafetyFlag,
} from "../../../domain";
import {
  buildTimeline,
  describeInstruments,
  InstrumentDescription,
  requireInstrument,
  ScoredResponse,
  scoreStored,
  TimelineItem,
} from "../../../measures";
import { endpoint, publicEndpoint } from "../endpoint";
import { ClientParams, MeasureResponseParams } from "../params";
import { responsesCsvAttachment } from "./csv-attachment";

export const measureEndpoints = [
  publicEndpoint({
    name: "listInstruments",
    method: "GET",
    path: "/api/measures",
    summary: "The questionnaires Tessera scores, with items, options, bands and licence",
    response: { status: 200, schema: listOf(InstrumentDescription) },
    handler: async () => ({ items: describeInstruments() }),
  }),
  endpoint({
    name: "listMeasureResponses",
    method: "GET",
    path: "/api/clients/:clientId/measure-responses",
    summary: "A client's responses, each with its score and change from previous and baseline",
    params: ClientParams,
    response: { status: 200, schema: listOf(TimelineItem) },
    handler: async ({ store, params }) => ({
      items: buildTimeline(await store.listMeasureResponses(params.clientId)),
    }),
  }),
  endpoint({
    name: "createMeasureResponse",
    method: "POST",
    path: "/api/clients/:clientId/measure-responses",
    summary: "Record a questionnaire response; answers with its score",
    params: ClientParams,
    body: MeasureResponseInput,
    response: { status: 201, schema: ScoredResponse },
    handler: async ({ store, params, body }) =>
      scoreStored(
        await store.createMeasureResponse(params.clientId, {
          ...body,
          // Stored with the version that scores it today, so an old score never changes meaning.
          instrumentVersion: requireInstrument(body.instrument).version,
        }),
      ),
  }),
  endpoint({
    name: "listSafetyFlags",
    method: "GET",
    path: "/api/safety-flags",
    summary: "The practice's safety flags not yet followed up, oldest first",
    response: { status: 200, schema: listOf(OpenSafetyFlag) },
    handler: async ({ store }) => ({ items: await store.listOpenSafetyFlags() }),
  }),
  endpoint({
    name: "recordFollowUp",
    method: "POST",
    path: "/api/measure-responses/:responseId/follow-up",
    summary: "Record the follow-up of a response's safety flags",
    params: MeasureResponseParams,
    body: FollowUpInput,
    response: { status: 200, schema: MeasureResponse },
    handler: ({ store, params, body }) => store.recordFollowUp(params.responseId, body.note),
  }),
  endpoint({
    name: "clientMeasuresCsv",
    method: "GET",
    path: "/api/clients/:clientId/measure-responses.csv",
    summary: "A client's responses as CSV (audited as an export)",
    params: ClientParams,
    response: { status: 200, file: "text/csv; charset=utf-8" },
    handler: async ({ store, params, reply }) =>
      responsesCsvAttachment(reply, await store.exportMeasureResponses(params.clientId), {
        name: `tessera-measures-${params.clientId}`,
        withClientId: false,
      }),
  }),
  endpoint({
    name: "practiceMeasuresCsv",
    method: "GET",
    path: "/api/measure-responses.csv",
    summary: "Every response of the practice as CSV (audited as an export)",
    response: { status: 200, file: "text/csv; charset=utf-8" },
    handler: async ({ store, reply }) =>
      responsesCsvAttachment(reply, await store.exportPracticeMeasureResponses(), {
        name: "tessera-measures-practice",
        withClientId: true,
      }),
  }),
];
