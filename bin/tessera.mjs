#!/usr/bin/env node
// Runs the compiled CLI (dist/server/tessera.js, built by scripts/build-server.mjs). npm start,
// demo, test and install build it first; when it is missing or older than src/ (a fresh clone
// run directly, or an edit since), it is rebuilt here before running.
import { buildServer, serverBuildIsStale, SERVER_BUNDLE } from "../scripts/build-server.mjs";
import { pathToFileURL } from "node:url";

if (serverBuildIsStale()) await buildServer();
const { main } = await import(pathToFileURL(SERVER_BUNDLE).href);
await main(process.argv);
