// The client's process: characters, threads and the aggregated view across sessions.
import { z } from "zod";
import { buildProcessView, CharacterInput, ThreadInput } from "../../domain";
import type { App } from "../app-types";
import { CharacterParams, ClientParams, ThreadParams, items } from "./params";

export async function processRoutes(app: App) {
  app.get("/api/clients/:clientId/characters", { schema: { params: ClientParams } }, async (req) =>
    items(await req.store.listCharacters(req.params.clientId)),
  );
  app.post(
    "/api/clients/:clientId/characters",
    { schema: { params: ClientParams, body: CharacterInput } },
    async (req, reply) =>
      reply.code(201).send(await req.store.createCharacter(req.params.clientId, req.body)),
  );
  app.put(
    "/api/characters/:characterId",
    { schema: { params: CharacterParams, body: CharacterInput } },
    (req) => req.store.updateCharacter(req.params.characterId, req.body),
  );

  app.get("/api/clients/:clientId/threads", { schema: { params: ClientParams } }, async (req) =>
    items(await req.store.listThreads(req.params.clientId)),
  );
  app.post(
    "/api/clients/:clientId/threads",
    { schema: { params: ClientParams, body: ThreadInput } },
    async (req, reply) => reply.code(201).send(await req.store.createThread(req.params.clientId, req.body)),
  );
  app.put("/api/threads/:threadId", { schema: { params: ThreadParams, body: ThreadInput } }, (req) =>
    req.store.updateThread(req.params.threadId, req.body),
  );

  app.get("/api/clients/:clientId/process", { schema: { params: ClientParams } }, async (req) => {
    const { clientId } = req.params;
    const [sessions, characters, threads] = await Promise.all([
      req.store.listSessions(clientId),
      req.store.listCharacters(clientId),
      req.store.listThreads(clientId),
    ]);
    return buildProcessView(sessions, characters, threads);
  });

  app.get(
    "/api/search",
    {
      schema: {
        querystring: z.object({
          q: z.string().trim().min(1).max(200),
          limit: z.coerce.number().int().min(1).max(100).default(30),
        }),
      },
    },
    async (req) => items(await req.store.search(req.query.q, req.query.limit)),
  );
}
