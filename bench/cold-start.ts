// Cold start: milliseconds from spawning `tessera serve` (the compiled server, as `npm start`
// runs it) on a generated store until it says it is running; the floor is a bare Node process
// that opens the same database with the raw driver and answers one query.
import { spawn } from "node:child_process";
import { join, resolve } from "node:path";
import { SQLITE_FILE, type StoreConfig } from "../src/store/open-store";
import { postgresUrlWithDefaultUser } from "../src/store/postgres/open-postgres";

const ROOT = resolve(import.meta.dirname, "..");

function timeUntil(args: string[], env: NodeJS.ProcessEnv, marker: string): Promise<number> {
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stderr.on("data", (c) => (err += c));
    child.stdout.on("data", (chunk) => {
      out += chunk;
      if (!out.includes(marker)) return;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      child.once("exit", () => done(ms));
      child.kill("SIGTERM");
    });
    child.once("exit", (code) => {
      if (!out.includes(marker)) fail(new Error(`exited (${code}) before "${marker}": ${err.slice(0, 300)}`));
    });
  });
}

export function coldStart(config: StoreConfig): Promise<number> {
  return timeUntil(
    ["bin/tessera.mjs", "serve", "--port", "0"],
    { TESSERA_DATA: config.dataDir, TESSERA_DATABASE_URL: config.databaseUrl ?? "" },
    "running at",
  );
}

export function coldStartFloor(config: StoreConfig): Promise<number> {
  const script = config.databaseUrl
    ? `const pg=(await import("pg")).default;const c=new pg.Client({connectionString:${JSON.stringify(postgresUrlWithDefaultUser(config.databaseUrl))}});await c.connect();await c.query("select count(*) from clients");console.log("ready");await c.end();`
    : `const D=(await import("better-sqlite3-multiple-ciphers")).default;const d=new D(${JSON.stringify(join(config.dataDir, SQLITE_FILE))});d.prepare("select count(*) from clients").get();console.log("ready");`;
  return timeUntil(["--input-type=module", "-e", script], {}, "ready");
}
