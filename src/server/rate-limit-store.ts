// Adapts @fastify/rate-limit to counters kept in the database (SystemStore.hitRateLimit), so
// limits hold across all app instances and survive a restart.
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from "@fastify/rate-limit";
import type { AuthStore } from "../store/store";

export function databaseRateLimitStore(system: AuthStore): FastifyRateLimitStoreCtor {
  class DatabaseRateLimitStore implements FastifyRateLimitStore {
    /** Each limited route counts apart: "POST /api/auth/login". */
    constructor(private readonly scope = "global") {}

    incr(key: string, cb: Parameters<FastifyRateLimitStore["incr"]>[1], timeWindow: number): void {
      const now = new Date();
      system.hitRateLimit(`${this.scope}|${key}`, timeWindow, now).then(
        ({ count, resetAt }) =>
          cb(null, { current: count, ttl: Math.max(0, Date.parse(resetAt) - now.getTime()) }),
        (err: Error) => cb(err),
      );
    }

    child(routeOptions: { method: string | string[]; url: string }): FastifyRateLimitStore {
      return new DatabaseRateLimitStore(`${[routeOptions.method].flat().join(",")} ${routeOptions.url}`);
    }
  }
  return DatabaseRateLimitStore as unknown as FastifyRateLimitStoreCtor;
}
