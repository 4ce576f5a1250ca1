// A Vite build step: each built file of 1 KB or more also written brotli- and gzip-compressed
// beside itself (name.br, name.gz), once and at the highest levels, so the server sends those
// (web-assets.ts, preCompressed) instead of compressing every script again for every request:
// on a cold first load that per-request work queued the page's scripts one behind another.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Plugin } from "vite";

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt)$/;

export function precompressAssets(): Plugin {
  return {
    name: "tessera-precompress-assets",
    apply: "build",
    async writeBundle(options, bundle) {
      const dir = options.dir!;
      const files = Object.keys(bundle).filter((f) => COMPRESSIBLE.test(f));
      await Promise.all(
        files.map(async (f) => {
          const data = await readFile(join(dir, f));
          if (data.length < 1024) return;
          const br = await brotli(data, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
            },
          });
          await writeFile(join(dir, `${f}.br`), br);
          await writeFile(join(dir, `${f}.gz`), await gzipped(data, { level: 9 }));
        }),
      );
    },
  };
}
