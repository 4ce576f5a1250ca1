// Cross-site request forgery: a state-changing request must carry a JSON body or Tessera's own
// header (neither can be sent cross-origin without a CORS preflight, which Tessera never
// grants), and when the browser says where it comes from (Origin, Sec-Fetch-Site) it must be
// this site. Clients that send neither header (curl, scripts) hold no browser cookie to abuse.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { DomainError } from "../domain";

/** Sent by the web client on every request (web/src/api/http.ts). */
export const REQUEST_HEADER = "x-tessera-request";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function installCsrfGuard(app: FastifyInstance, allowedOrigins: readonly string[] = []): void {
  app.addHook("onRequest", async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    const refusal = csrfRefusal(request, allowedOrigins);
    if (refusal) throw new DomainError("forbidden", refusal);
  });
}

export function csrfRefusal(request: FastifyRequest, allowedOrigins: readonly string[]): string | null {
  const type = String(request.headers["content-type"] ?? "")
    .split(";")[0]!
    .trim()
    .toLowerCase();
  if (type !== "application/json" && request.headers[REQUEST_HEADER] === undefined) {
    return `a request that changes something must send JSON or the ${REQUEST_HEADER} header`;
  }
  const site = request.headers["sec-fetch-site"];
  if (site !== undefined && site !== "same-origin" && site !== "none") {
    return "a request from another site may not change anything here";
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !sameSite(origin, request.host, allowedOrigins)) {
    return "a request from another origin may not change anything here";
  }
  return null;
}

function sameSite(origin: string, host: string, allowed: readonly string[]): boolean {
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
