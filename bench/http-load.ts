// A mixed load of logged-in practitioners from autocannon: the client list, a client, a
// session, the brief and mosaic views, threads, search and a few saves, each request with a random
// practitioner's cookie. Latencies are taken from every response (autocannon has no p95).
import autocannon from "autocannon";
import type { Figure } from "./figures";
import { percentile } from "./figures";
import { seededRandom, pick } from "./practice-content";

export interface LoadTargets {
  url: string;
  /** Each practitioner with the clients and sessions of their care team. */
  practitioners: Array<{ cookie: string; clientIds: string[]; sessionIds: string[]; saveClientId: string }>;
}

const SAVE_BODY = JSON.stringify({
  date: "2025-06-01",
  narrative: "Short session under load; the jaw softened.",
  pieces: Array.from({ length: 10 }, (_, i) => ({
    kind: "body_sensation",
    text: `warmth ${i} in the jaw`,
    regions: ["jaw"],
  })),
});

/**
 * The kinds of request in the mix, each with its share (per 100) from the previous bound. A
 * practitioner opening a client reads the brief and the mosaic's first page, as the web does
 * (the old /process document, which the web no longer reads, had their 15 between them).
 */
export const MIX_KINDS = [
  "clients",
  "client",
  "session",
  "brief",
  "mosaic",
  "threads",
  "search",
  "save",
] as const;
export type MixKind = (typeof MIX_KINDS)[number];
const BOUNDS: Record<MixKind, number> = {
  clients: 10,
  client: 35,
  session: 65,
  brief: 72.5,
  mosaic: 80,
  threads: 90,
  search: 95,
  save: 100,
};

type MixRequest = { method: string; path: string; body?: string };
type Practitioner = LoadTargets["practitioners"][number];

const REQUESTS: Record<MixKind, (t: Practitioner, r: () => number) => MixRequest> = {
  clients: () => ({ method: "GET", path: "/api/clients" }),
  client: (t, r) => ({ method: "GET", path: `/api/clients/${pick(r, t.clientIds)}` }),
  session: (t, r) => ({ method: "GET", path: `/api/sessions/${pick(r, t.sessionIds)}` }),
  brief: (t, r) => ({ method: "GET", path: `/api/clients/${pick(r, t.clientIds)}/views/brief` }),
  // The mosaic's first page, as the web's MosaicPage asks for it.
  mosaic: (t, r) => ({
    method: "GET",
    path: `/api/clients/${pick(r, t.clientIds)}/views/mosaic?offset=0&limit=40`,
  }),
  threads: (t, r) => ({ method: "GET", path: `/api/clients/${pick(r, t.clientIds)}/threads` }),
  search: (_t, r) => ({
    method: "GET",
    path: `/api/search?q=${pick(r, ["jaw", "sacrum", "lighthouse", "warm"])}&limit=20`,
  }),
  save: (t) => ({ method: "POST", path: `/api/clients/${t.saveClientId}/sessions`, body: SAVE_BODY }),
};

/** A request drawn by its share of the mix (per 100); `only` keeps some kinds, in their shares. */
function mix(t: Practitioner, r: () => number, only?: readonly MixKind[]): MixRequest {
  let x = r() * 100;
  if (only && only.length) {
    // Draw again until the request is of a kind kept (their relative shares stay).
    const kept = (v: number) => only.some((k) => v < BOUNDS[k] && v >= lowerBound(k));
    while (!kept(x)) x = r() * 100;
  }
  const kind = MIX_KINDS.find((k) => x < BOUNDS[k]) ?? "save";
  return REQUESTS[kind](t, r);
}

function lowerBound(kind: MixKind): number {
  const i = MIX_KINDS.indexOf(kind);
  return i === 0 ? 0 : BOUNDS[MIX_KINDS[i - 1]!];
}

export async function mixedLoad(
  t: LoadTargets,
  store: string,
  connections: number,
  seconds: number,
  only?: readonly MixKind[],
): Promise<{ figure: Figure; non2xx: number; errors: number; statuses: Record<string, number> }> {
  const r = seededRandom(connections);
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let finish!: (result: autocannon.Result) => void;
  let fail!: (err: unknown) => void;
  const done = new Promise<autocannon.Result>((resolve, reject) => ((finish = resolve), (fail = reject)));
  const instance = autocannon(
    {
      url: t.url,
      connections,
      duration: seconds,
      timeout: 30,
      requests: [
        {
          setupRequest: (req: autocannon.Request) => {
            const who = pick(r, t.practitioners);
            const m = mix(who, r, only);
            return {
              ...req,
              method: m.method as autocannon.Request["method"],
              path: m.path,
              headers: { cookie: who.cookie, ...(m.body ? { "content-type": "application/json" } : {}) },
              body: m.body,
            };
          },
        },
      ],
    },
    (err, result) => (err ? fail(err) : finish(result)),
  );
  instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
  });
  const result = await done;
  latencies.sort((a, b) => a - b);
  return {
    figure: {
      name: `${only?.length ? `HTTP load (${only.join("+")})` : "mixed HTTP load"}, ${connections} connections`,
      store,
      p50_ms: percentile(latencies, 0.5),
      p95_ms: percentile(latencies, 0.95),
      p99_ms: percentile(latencies, 0.99),
      per_s: Math.round(latencies.length / result.duration),
      floor_p95_ms: null,
    },
    non2xx: result.non2xx,
    errors: result.errors,
    statuses,
  };
}
