// Where a request came from, for audit records: the client address (the socket's, or what a
// trusted proxy says; see TESSERA_TRUST_PROXY) and the user agent.
import type { FastifyRequest } from "fastify";
import type { RequestOrigin } from "../store/store";

export function originOf(request: FastifyRequest): RequestOrigin {
  const agent = request.headers["user-agent"];
  return { address: request.ip ?? null, userAgent: typeof agent === "string" ? agent.slice(0, 500) : null };
}
