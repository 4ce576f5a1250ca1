// Outcome measures: the instrument catalogue, responses with scores and change, safety flags and
// their follow-up, and CSV exports. Clients reach their own responses (the portal); the scoped
// store decides whose record it is and what a client may see.
import { FollowUpInput, MeasureResponseInput } from "../../domain";
import { requireInstrument } from "../../measures";
import type { App } from "../app-types";
import { describeInstruments } from "./measure-catalogue";
import { sendResponsesCsv } from "./measure-csv";
import { buildTimeline, scoreStored } from "./measure-timeline";
import { ClientParams, MeasureResponseParams, items } from "./params";

export async function measureRoutes(app: App) {
  const anyone = { access: "signed-in" } as const;

  app.get("/api/measures", { config: anyone }, async () => items(describeInstruments()));

  app.get(
    "/api/clients/:clientId/measure-responses",
    { config: anyone, schema: { params: ClientParams } },
    async (req) => items(buildTimeline(await req.store.listMeasureResponses(req.params.clientId))),
  );

  app.post(
    "/api/clients/:clientId/measure-responses",
    { config: anyone, schema: { params: ClientParams, body: MeasureResponseInput } },
    async (req, reply) => {
      const response = await req.store.createMeasureResponse(req.params.clientId, {
        ...req.body,
        // Stored with the version that scores it today, so an old score never changes meaning.
        instrumentVersion: requireInstrument(req.body.instrument).version,
      });
      return reply.code(201).send(scoreStored(response));
    },
  );

  app.get("/api/safety-flags", async (req) => items(await req.store.listOpenSafetyFlags()));

  app.post(
    "/api/measure-responses/:responseId/follow-up",
    { schema: { params: MeasureResponseParams, body: FollowUpInput } },
    (req) => req.store.recordFollowUp(req.params.responseId, req.body.note),
  );

  app.get(
    "/api/clients/:clientId/measure-responses.csv",
    { config: anyone, schema: { params: ClientParams } },
    async (req, reply) =>
      sendResponsesCsv(reply, await req.store.exportMeasureResponses(req.params.clientId), {
        name: `tessera-measures-${req.params.clientId}`,
        withClientId: false,
      }),
  );

  app.get("/api/measure-responses.csv", async (req, reply) =>
    sendResponsesCsv(reply, await req.store.exportPracticeMeasureResponses(), {
      name: "tessera-measures-practice",
      withClientId: true,
    }),
  );
}
