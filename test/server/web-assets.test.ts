// The built web app goes out compressed; hashed assets may be cached for a year, index.html not.
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, brotliCompressSync, constants } from "node:zlib";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerCompression, serveWebApp } from "../../src/server/web-assets";

// A build's precompressed copy, at the build's level (the server's own brotli runs at 5).
const MAIN = Array.from({ length: 300 }, (_, i) => `export const v${i} = ${i * 7};\n`).join("");
const MAIN_BR = brotliCompressSync(MAIN, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });

describe("web assets", () => {
  let root: string;
  const app = Fastify();
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "tessera-web-"));
    await mkdir(join(root, "assets"));
    await writeFile(join(root, "index.html"), "<!doctype html><title>t</title>");
    await writeFile(join(root, "assets", "index-abc123.js"), "console.log('tessera');\n".repeat(400));
    await writeFile(join(root, "assets", "main-def456.js"), MAIN);
    await writeFile(join(root, "assets", "main-def456.js.br"), MAIN_BR);
    await registerCompression(app);
    await serveWebApp(app, root);
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await rm(root, { recursive: true, force: true });
  });

  it("serves a hashed script brotli-compressed with a year-long immutable cache lifetime", async () => {
    const res = await app.inject({
      url: "/assets/index-abc123.js",
      headers: { "accept-encoding": "br, gzip" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.rawPayload.length).toBeLessThan(9600 / 10);
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("serves gzip to a browser that does not take brotli", async () => {
    const res = await app.inject({ url: "/assets/index-abc123.js", headers: { "accept-encoding": "gzip" } });
    expect(res.headers["content-encoding"]).toBe("gzip");
  });

  it("sends a file's brotli copy written at build time as it is, not compressed again", async () => {
    const res = await app.inject({
      url: "/assets/main-def456.js",
      headers: { "accept-encoding": "br, gzip" },
    });
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["content-type"]).toMatch(/^application\/javascript/);
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(Buffer.compare(res.rawPayload, MAIN_BR)).toBe(0);
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(MAIN);
  });

  it("asks the browser to check index.html again on every load", async () => {
    const res = await app.inject({ url: "/index.html" });
    expect(res.headers["cache-control"]).toBe("no-cache");
  });
});
