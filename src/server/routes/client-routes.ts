import { ClientInput } from "../../domain";
import type { App } from "../app-types";
import { ClientParams, items } from "./params";

export async function clientRoutes(app: App) {
  app.get("/api/clients", async (req) => items(await req.store.listClients()));
  app.post("/api/clients", { schema: { body: ClientInput } }, async (req, reply) =>
    reply.code(201).send(await req.store.createClient(req.body)),
  );
  app.get(
    "/api/clients/:clientId",
    { config: { access: "signed-in" }, schema: { params: ClientParams } },
    (req) => req.store.getClient(req.params.clientId),
  );
  app.put("/api/clients/:clientId", { schema: { params: ClientParams, body: ClientInput } }, (req) =>
    req.store.updateClient(req.params.clientId, req.body),
  );
}
