// Clinic mode in tests: Tessera instances on one PostgreSQL database, talked to over real HTTP,
// and a TCP proxy in front of PostgreSQL that a test can cut and restore (the real server, which
// others use, is never stopped).
import { createServer, connect, type Server, type Socket } from "node:net";
import { expect } from "vitest";
import { startTessera } from "../../src/server/start";
import type { StoreConfig } from "../../src/store/open-store";

export type Instance = Awaited<ReturnType<typeof startTessera>>;

export function startInstance(config: StoreConfig): Promise<Instance> {
  return startTessera({ ...config, port: 0, host: "127.0.0.1", quiet: true });
}

export interface Answer {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON of any endpoint
  cookie: string | null;
}

/** One request; JSON in and out; a hang fails the test instead of waiting for ever. */
export async function call(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  cookie?: string,
): Promise<Answer> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...(cookie ? { cookie } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(20_000),
  });
  const text = await res.text();
  const session = res.headers.getSetCookie().find((c) => c.startsWith("tessera_session="));
  return {
    status: res.status,
    body: text && res.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text,
    cookie: session ? session.split(";")[0]! : null,
  };
}

/**
 * Twelve sessions of one new client saved at once, alternately through `a` and `b`; checks that
 * every save answered 201 and that they are numbered 1 to 12 without a gap or a clash.
 */
export async function saveTwelveAtOnce(a: string, b: string, cookie: string): Promise<Answer[]> {
  const client = await call(a, "POST", "/api/clients", { name: "Numbered" }, cookie);
  const saved = await Promise.all(
    Array.from({ length: 12 }, (_, i) =>
      call(
        i % 2 ? a : b,
        "POST",
        `/api/clients/${client.body.id}/sessions`,
        { date: "2025-02-03", narrative: `session ${i}` },
        cookie,
      ),
    ),
  );
  expect(saved.map((r) => r.status)).toEqual(saved.map(() => 201));
  expect(saved.map((r) => r.body.number as number).sort((x, y) => x - y)).toEqual(
    Array.from({ length: 12 }, (_, i) => i + 1),
  );
  return saved;
}

export const SETUP = {
  practiceName: "Clinic of Twenty",
  name: "Clinic Admin",
  email: "admin@clinic.example.org",
  password: "a long enough clinic password",
};

/** A TCP proxy to PostgreSQL on a port of its own; `cut` refuses and drops every connection. */
export class CuttableProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.targetPort, this.targetHost);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on("close", () => this.sockets.delete(s));
        s.on("error", () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", resolve);
    });
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  /** PostgreSQL "goes away": new connections are refused and open ones drop. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const s of this.sockets) s.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** PostgreSQL is back on the same address. */
  async restore(): Promise<void> {
    if (!this.server) await this.start();
  }

  /** A copy of `url` that goes through the proxy. */
  route(url: string): string {
    const u = new URL(url);
    u.hostname = "127.0.0.1";
    u.port = String(this.port);
    return u.toString();
  }
}
