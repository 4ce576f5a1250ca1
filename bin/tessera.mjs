#!/usr/bin/env node
// Runs the TypeScript CLI through tsx so `npx tessera` works without a separate compile step.
import { register } from "tsx/esm/api";
register();
const { main } = await import("../src/cli/main.ts");
await main(process.argv);
