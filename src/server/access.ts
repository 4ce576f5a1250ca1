// The one place that resolves who is calling. An endpoint declares only whether it is public or
// needs a login; which roles may do what is decided by the scoped store's operations, so it is
// said once. Each signed-in request gets the store bound to its caller.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { DomainError } from "../domain";
import type { AuthStore, Caller, ScopedStore } from "../store/store";
import type { EndpointAccess } from "./api/endpoint";
import { COOKIE_NAME, resolveCaller } from "./auth/login-sessions";

declare module "fastify" {
  interface FastifyContextConfig {
    access?: EndpointAccess;
  }
  interface FastifyRequest {
    caller: Caller | null;
    /** The store bound to this caller's practice and role; the only store a route handler uses. */
    store: ScopedStore;
  }
}

export function installAccessControl(
  app: FastifyInstance,
  auth: AuthStore,
  scope: (caller: Caller, request: FastifyRequest) => ScopedStore,
): void {
  app.decorateRequest("caller", null);
  app.decorateRequest("store", null as unknown as ScopedStore);
  app.addHook("onRequest", async (request: FastifyRequest) => {
    if (!request.url.startsWith("/api/")) return;
    // An /api route that declares nothing (there should be none) needs a login: forgetting is safe.
    const access = request.routeOptions.config?.access ?? "signed-in";
    const token = request.cookies[COOKIE_NAME];
    request.caller = token ? await resolveCaller(auth, token) : null;
    if (access === "public") return;
    if (!request.caller) throw new DomainError("unauthenticated", "please log in");
    request.store = scope(request.caller, request);
  });
}
