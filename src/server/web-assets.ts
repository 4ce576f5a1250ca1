// The built web app and response compression. Hashed files under /assets never change under their
// name, so they may be cached for a year; index.html must be asked for again so a new build shows.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { constants as zlib } from "node:zlib";
import compress from "@fastify/compress";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

const YEAR = 365 * 24 * 3600;

/** gzip or brotli for every answer over 1 KB; brotli at quality 5, fast enough to do per request. */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(compress, {
    global: true,
    threshold: 1024,
    encodings: ["br", "gzip"],
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } },
  });
}

export async function serveWebApp(app: FastifyInstance, webRoot: string): Promise<void> {
  if (!existsSync(join(webRoot, "index.html"))) return;
  await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: false,
    // The build writes name.br and name.gz beside each file (scripts/precompress-assets.ts):
    // sent as they are, not compressed again per request; without them, compression as before.
    preCompressed: true,
    cacheControl: false,
    setHeaders(reply, path) {
      const hashed = /[\\/]assets[\\/]/.test(path);
      reply.header("cache-control", hashed ? `public, max-age=${YEAR}, immutable` : "no-cache");
    },
  });
}
