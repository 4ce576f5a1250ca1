// Turns endpoint declarations into Fastify routes: schemas for validation, serialisation and
// OpenAPI, the access rule in the route's config (read by the access hook), and the handler's
// context with the caller's scoped store (and the auth store for auth endpoints only).
import type { FastifyReply, FastifyRequest, FastifySchema } from "fastify";
import { z } from "zod";
import { DomainError, ErrorBody } from "../../domain";
import type { AuthStore } from "../../store/store";
import type { App } from "../app-types";
import type { AnyEndpoint } from "./endpoint";

/** Every operation may answer these; the body is always ErrorBody. */
const ERROR_STATUSES = [400, 401, 403, 404, 409, 413, 429, 500, 503] as const;

export interface EndpointDeps {
  auth: AuthStore;
  secureCookies: boolean;
}

export function registerEndpoints(app: App, endpoints: readonly AnyEndpoint[], deps: EndpointDeps): void {
  for (const ep of endpoints) {
    app.route({
      method: ep.method,
      url: ep.path,
      config: {
        access: ep.access,
        ...(ep.rateLimit
          ? { rateLimit: { max: ep.rateLimit.max, timeWindow: ep.rateLimit.perMinutes * 60_000 } }
          : {}),
      },
      schema: routeSchema(ep),
      handler: async (request: FastifyRequest, reply: FastifyReply) => {
        const ctx = {
          params: request.params,
          query: request.query,
          body: request.body,
          request,
          reply,
          caller: request.caller,
          ...(ep.access === "signed-in" ? { store: request.store } : {}),
          ...(ep.usesAuthStore ? { auth: deps.auth, secureCookies: deps.secureCookies } : {}),
        };
        if (ep.access === "signed-in" && !request.caller)
          throw new DomainError("unauthenticated", "please log in");
        const result = await (ep.handler as (c: typeof ctx) => Promise<unknown>)(ctx);
        if (reply.sent) return reply;
        if (ep.response.status === 204) return reply.code(204).send();
        if ("file" in ep.response) return reply.type(ep.response.file).send(result);
        return reply.code(ep.response.status).send(result);
      },
    });
  }
}

function routeSchema(ep: AnyEndpoint): FastifySchema {
  const response: Record<number, unknown> = {};
  if (ep.response.status === 204) response[204] = { type: "null", description: "No content" };
  else if ("schema" in ep.response) response[ep.response.status] = ep.response.schema;
  else
    response[ep.response.status] = {
      description: "A file download",
      content: { [ep.response.file.split(";")[0]!]: { schema: z.string() } },
    };
  for (const status of ERROR_STATUSES) response[status] = ErrorBody;
  if (ep.conflict) response[409] = ep.conflict;
  return {
    summary: ep.summary,
    operationId: ep.name,
    ...(ep.params ? { params: ep.params } : {}),
    ...(ep.query ? { querystring: ep.query } : {}),
    ...(ep.body ? { body: ep.body } : {}),
    response,
    ...(ep.access === "public" ? { security: [] } : {}),
  };
}
