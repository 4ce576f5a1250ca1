import { SessionInput } from "../../domain";
import type { App } from "../app-types";
import { ClientParams, SessionParams, items } from "./params";

export async function sessionRoutes(app: App) {
  app.get("/api/clients/:clientId/sessions", { schema: { params: ClientParams } }, async (req) =>
    items(await req.store.listSessions(req.params.clientId)),
  );
  app.post(
    "/api/clients/:clientId/sessions",
    { schema: { params: ClientParams, body: SessionInput } },
    async (req, reply) => reply.code(201).send(await req.store.createSession(req.params.clientId, req.body)),
  );
  app.get("/api/sessions/:sessionId", { schema: { params: SessionParams } }, (req) =>
    req.store.getSession(req.params.sessionId),
  );
  app.put("/api/sessions/:sessionId", { schema: { params: SessionParams, body: SessionInput } }, (req) =>
    req.store.updateSession(req.params.sessionId, req.body),
  );
  app.post("/api/sessions/:sessionId/sign", { schema: { params: SessionParams } }, (req) =>
    req.store.signSession(req.params.sessionId),
  );
}
