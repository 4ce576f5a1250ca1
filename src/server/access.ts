// The one place that decides who may call a route. Routes declare `config.access`; a route
// that declares nothing needs a practitioner, so forgetting is safe. Data-level rules
// (practice, client's own record) are enforced by the scoped store the request is given.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { DomainError } from "../domain";
import type { Caller, ScopedStore, SystemStore } from "../store/store";
import { COOKIE_NAME, resolveCaller } from "./auth/login-sessions";

export type Access = "public" | "signed-in" | "practitioner" | "admin";

declare module "fastify" {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    caller: Caller | null;
    /** The store bound to this caller's practice and role; the only store a route handler uses. */
    store: ScopedStore;
  }
}

const ALLOWED: Record<Exclude<Access, "public" | "signed-in">, ReadonlyArray<Caller["role"]>> = {
  practitioner: ["practitioner", "admin"],
  admin: ["admin"],
};

export function installAccessControl(app: FastifyInstance, system: SystemStore): void {
  app.decorateRequest("caller", null);
  app.decorateRequest("store", null as unknown as ScopedStore);
  app.addHook("onRequest", async (request: FastifyRequest) => {
    if (!request.url.startsWith("/api/")) return;
    const access = request.routeOptions.config?.access ?? "practitioner";
    const token = request.cookies[COOKIE_NAME];
    request.caller = token ? await resolveCaller(system, token) : null;
    if (access === "public") return;
    if (!request.caller) throw new DomainError("unauthenticated", "please log in");
    if (access !== "signed-in" && !ALLOWED[access].includes(request.caller.role)) {
      throw new DomainError("forbidden", "your role may not do this");
    }
    request.store = system.scoped(request.caller);
  });
}
