#!/usr/bin/env node
// Compiles the server and CLI (src/**, TypeScript) into one ES module, dist/server/tessera.js, so
// `tessera` runs plain JavaScript instead of loading TypeScript at run time. npm packages stay
// external (resolved from node_modules as usual), but for the few listed in BUNDLED.
// The bundle sits two folders below the root, as src/server does, so paths the code resolves
// from import.meta.dirname (../../dist/web) mean the same in both.
import { readdirSync, statSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SERVER_BUNDLE = join(ROOT, "dist/server/tessera.js");
const ENTRY = join(ROOT, "src/cli/main.ts");
const SOURCES = join(ROOT, "src");

/** Newest modification time (ms) of any file under a folder. Synchronous: a few ms at start. */
function newestUnder(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** True when the bundle is missing or older than a source file (or tsconfig.json). */
export function serverBuildIsStale() {
  const built = statSync(SERVER_BUNDLE, { throwIfNoEntry: false })?.mtimeMs;
  if (built === undefined) return true;
  return Math.max(statSync(join(ROOT, "tsconfig.json")).mtimeMs, newestUnder(SOURCES)) > built;
}

/**
 * Packages compiled into the bundle: pure JavaScript of many small ES modules, with no peers,
 * no native code and no files read beside their modules. kysely alone was 225 ms to import.
 */
const BUNDLED = new Set(["kysely"]);

/** Every other bare import (dependencies and theirs) resolved from node_modules at run time. */
const externalUnlessBundled = {
  name: "external-unless-bundled",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      // The entry is a path (on Windows "C:\\…", which the filter would take for a package).
      if (args.kind === "entry-point") return undefined;
      const name = args.path.startsWith("@")
        ? args.path.split("/").slice(0, 2).join("/")
        : args.path.split("/")[0];
      return BUNDLED.has(name) ? undefined : { external: true };
    });
  },
};

export async function buildServer() {
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    plugins: [externalUnlessBundled],
    tsconfig: join(ROOT, "tsconfig.json"),
    sourcemap: "linked",
    outfile: SERVER_BUNDLE,
    write: false,
    logLevel: "warning",
  });
  await mkdir(dirname(SERVER_BUNDLE), { recursive: true });
  // Written beside and renamed into place, so several processes building at once (parallel CLI
  // tests, two terminals) never run a half-written bundle.
  for (const file of result.outputFiles) {
    const tmp = `${file.path}.${process.pid}.tmp`;
    await writeFile(tmp, file.contents);
    await rename(tmp, file.path);
  }
  return SERVER_BUNDLE;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  await buildServer();
  console.log(`built ${SERVER_BUNDLE.slice(ROOT.length + 1)} in ${Date.now() - started} ms`);
}
