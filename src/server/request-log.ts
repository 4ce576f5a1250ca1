// One structured line per request, through Fastify's own pino: request id, method, the route's
// pattern (never the URL itself, whose query may carry search words), status, duration and the
// user's id. Bodies and headers are never logged. Errors (5xx) are logged with their stack by
// the error handler.
import type { FastifyInstance } from "fastify";

export function installRequestLog(app: FastifyInstance): void {
  app.addHook("onResponse", async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? "(no route)",
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
        userId: request.caller?.userId ?? null,
      },
      "request",
    );
  });
}
