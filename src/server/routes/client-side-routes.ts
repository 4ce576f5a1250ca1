// What the client contributes (reflections) and their consents; questionnaires are in
// measure-routes.ts. Clients reach these for their own record; the scoped store enforces whose
// record it is.
import { ConsentInput, ReflectionInput } from "../../domain";
import type { App } from "../app-types";
import { ClientParams, ConsentParams, items } from "./params";

export async function clientSideRoutes(app: App) {
  const any = { access: "signed-in" } as const;
  app.get(
    "/api/clients/:clientId/reflections",
    { config: any, schema: { params: ClientParams } },
    async (req) => items(await req.store.listReflections(req.params.clientId)),
  );
  app.post(
    "/api/clients/:clientId/reflections",
    { config: any, schema: { params: ClientParams, body: ReflectionInput } },
    async (req, reply) =>
      reply.code(201).send(await req.store.createReflection(req.params.clientId, req.body)),
  );

  app.get("/api/clients/:clientId/consents", { config: any, schema: { params: ClientParams } }, async (req) =>
    items(await req.store.listConsents(req.params.clientId)),
  );
  app.post(
    "/api/clients/:clientId/consents",
    { schema: { params: ClientParams, body: ConsentInput } },
    async (req, reply) => reply.code(201).send(await req.store.createConsent(req.params.clientId, req.body)),
  );
  app.post("/api/consents/:consentId/withdraw", { config: any, schema: { params: ConsentParams } }, (req) =>
    req.store.withdrawConsent(req.params.consentId),
  );
}
