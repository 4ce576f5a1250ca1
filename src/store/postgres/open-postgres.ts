// Connects a pg Pool (one per app instance; no other state in the process) and checks the server
// answers before the app goes on.
import { userInfo } from "node:os";
import { PostgresDialect } from "kysely";
import { createDatabase } from "../kysely-database";
import { createSystemStore } from "../kysely-system-store";
import type { SystemStore } from "../store";
import { postgresAdapter } from "./postgres-adapter";

export async function openPostgresStore(options: {
  url: string;
  poolSize?: number;
  connectTimeoutMs?: number;
}): Promise<SystemStore> {
  // Loaded here, not at start: an embedded install never needs it (about 90 ms of a cold start).
  const { default: pg } = await import("pg");
  const pool = new pg.Pool({
    connectionString: postgresUrlWithDefaultUser(options.url),
    max: options.poolSize ?? 10,
    // A network that drops packets silently would leave a new connection waiting for the TCP
    // timeout (minutes); this fails it within seconds, and the request answers 503.
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
  });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on("error", () => {});
  // Nor one in use: pg also emits the drop as an "error" event on a checked-out client, which the
  // pool does not listen to, while the query itself already fails (and answers 503).
  pool.on("connect", (client) => client.on("error", () => {}));
  try {
    await pool.query("select 1");
  } catch (err) {
    await pool.end();
    throw new Error(`cannot connect to PostgreSQL: ${(err as Error).message}`, { cause: err });
  }
  const db = createDatabase(new PostgresDialect({ pool }));
  return createSystemStore(db, postgresAdapter);
}

/**
 * Like libpq (psql), use PGUSER or the login name when the URL names no user; node-postgres
 * otherwise sends none when USER is unset (services, containers).
 */
export function postgresUrlWithDefaultUser(url: string): string {
  const parsed = new URL(url);
  if (parsed.username) return url;
  parsed.username = encodeURIComponent(process.env.PGUSER || process.env.USER || userInfo().username);
  return parsed.toString();
}
