// Builds the HTTP application: plugins, access control, error mapping, routes, the web app.
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import Fastify, { LogController } from "fastify";
import { validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { StoreConfig } from "../store/open-store";
import type { SystemStore } from "../store/store";
import { installAccessControl } from "./access";
import { installCsrfGuard } from "./csrf-guard";
import { installNoStore } from "./no-store";
import { installRequestLog } from "./request-log";
import { originOf } from "./request-origin";
import { installStorableTextCheck } from "./storable-text";
import { ALL_ENDPOINTS } from "./api/all-endpoints";
import { registerEndpoints } from "./api/register-endpoints";
import { exportsCapability, installExports } from "./api/exports/exports-capability";
import type { App } from "./app-types";
import { errorBody, handleError } from "./errors";
import { databaseRateLimitStore } from "./rate-limit-store";
import { serializeThroughSchema } from "./serialize-through-schema";
import { transformForOpenApi } from "./openapi-transform";
import { registerCompression, serveWebApp } from "./web-assets";

export interface AppOptions {
  system: SystemStore;
  secureCookies?: boolean;
  /** Folder of the built web app; defaults to dist/web of this package. */
  webRoot?: string;
  /** Request and error logs (pino JSON lines): to stdout when true, or to the stream given. */
  logger?: boolean | { stream: NodeJS.WritableStream };
  /**
   * Addresses or CIDR ranges of the reverse proxies whose X-Forwarded-For is believed
   * (TESSERA_TRUST_PROXY); none by default, so the client address is the socket's.
   */
  trustProxy?: readonly string[];
  /** Origins besides this server's own that may send state-changing requests. */
  allowedOrigins?: readonly string[];
  /** Open data (issue 15): the store's configuration, for erasure (raw database); without it erasure answers 503. */
  storeConfig?: StoreConfig;
}

export async function buildApp(options: AppOptions): Promise<App> {
  const app = Fastify({
    logger: options.logger
      ? {
          level: "info",
          redact: ["req.headers.cookie", "req.headers.authorization"],
          ...(typeof options.logger === "object" ? { stream: options.logger.stream } : {}),
        }
      : false,
    // Fastify's own per-request lines log the full URL (search words in the query): ours do not.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: () => randomUUID(),
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: options.trustProxy && options.trustProxy.length > 0 ? [...options.trustProxy] : false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializeThroughSchema);
  app.setErrorHandler(handleError);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: { "script-src": ["'self'"], "style-src": ["'self'", "'unsafe-inline'"] },
    },
  });
  await app.register(cookie);
  installRequestLog(app);
  installCsrfGuard(app, options.allowedOrigins);
  installNoStore(app);
  installStorableTextCheck(app);
  await registerCompression(app);
  // Only routes that opt in are limited (login); counters live in the database.
  await app.register(rateLimit, { global: false, store: databaseRateLimitStore(options.system) });
  await app.register(swagger, {
    openapi: {
      info: { title: "Tessera API", version: "0.1.0" },
      components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: "tessera_session" } } },
      security: [{ session: [] }],
    },
    transform: transformForOpenApi,
  });
  // The auth store goes to the access hook and the auth endpoints; everything else gets a store
  // scoped to its caller. The unscoped system store stays here.
  const systemStore = options.system;
  installAccessControl(app, systemStore, (caller, request) => systemStore.scoped(caller, originOf(request)));
  // Open data (issue 15): the exports endpoints' narrow capability (practice, staff, erasure).
  installExports(app as unknown as App, exportsCapability(systemStore, options.storeConfig ?? null));
  registerEndpoints(app as unknown as App, ALL_ENDPOINTS, {
    auth: systemStore,
    secureCookies: options.secureCookies ?? false,
  });
  app.get("/api/openapi.json", { config: { access: "public" }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  const webRoot = resolve(options.webRoot ?? join(import.meta.dirname, "../../dist/web"));
  await serveWebApp(app, webRoot);
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith("/api/") || request.method !== "GET") {
      return reply
        .code(404)
        .send(errorBody("not_found", `no route ${request.method} ${request.url.split("?")[0]}`));
    }
    // The web app routes on the client side: unknown pages get index.html.
    if (existsSync(join(webRoot, "index.html"))) return reply.type("text/html").sendFile("index.html");
    return reply
      .code(503)
      .type("text/plain")
      .send("The web app is not built. Run `npm run build:web` (npm start does it).");
  });
  return app as unknown as App;
}
