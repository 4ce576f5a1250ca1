// API answers hold clinical data: no browser or proxy cache may keep them.
import type { FastifyInstance } from "fastify";

export function installNoStore(app: FastifyInstance): void {
  app.addHook("onSend", async (request, reply) => {
    if (request.url.startsWith("/api/")) reply.header("cache-control", "no-store");
  });
}
