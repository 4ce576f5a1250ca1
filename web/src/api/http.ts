// One fetch wrapper: JSON in and out, the session cookie sent along, API errors typed.
import type { FieldProblem } from "../../../src/domain";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: FieldProblem[] = [],
    /** The whole error body: a 409 for a stale version carries the record as it now is (`current`). */
    readonly body: unknown = null,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/**
 * GETs started by the first script (boot.ts) before the app's code has loaded, by path: the app's
 * own first identical GET takes the answer instead of asking again, once. What the app has not
 * taken when it has checked the login is dropped, so nothing stale is handed out later.
 */
const early = new Map<string, Promise<unknown>>();
let startingEarly = false;

/** Runs `start`, whose GETs through apiRequest are kept for the app's first identical request. */
export function startEarly(start: () => void): void {
  startingEarly = true;
  try {
    start();
  } finally {
    startingEarly = false;
  }
}

/** Forgets the early answers the app did not take. */
export function dropEarly(): void {
  early.clear();
}

export function apiRequest<T>(
  method: "GET" | "POST" | "PUT" | "DELETE",
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  if (method !== "GET") return send<T>(method, path, body, signal);
  if (startingEarly) {
    const answer = send<T>(method, path, body, signal);
    // Kept for the app; a failure is the app's to see when it takes the answer, not unhandled here.
    answer.catch(() => undefined);
    early.set(path, answer);
    return answer;
  }
  const kept = early.get(path);
  if (!kept) return send<T>(method, path, body, signal);
  early.delete(path);
  return kept as Promise<T>;
}

async function send<T>(
  method: "GET" | "POST" | "PUT" | "DELETE",
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: "same-origin",
      // x-tessera-request: the server's CSRF guard wants it on requests without a JSON body.
      headers:
        body === undefined
          ? { accept: "application/json", "x-tessera-request": "1" }
          : { "content-type": "application/json", accept: "application/json", "x-tessera-request": "1" },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === "AbortError") throw err;
    throw new ApiError(0, "network", "Tessera cannot be reached. Check the connection and try again.");
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = toApiError(response.status, payload);
    // The shell listens for this and shows the login page; login itself answers 401 for wrong credentials.
    if (response.status === 401 && !path.startsWith("/api/auth/")) {
      window.dispatchEvent(new Event("tessera:unauthenticated"));
    }
    throw error;
  }
  return payload as T;
}

function toApiError(status: number, payload: unknown): ApiError {
  const error = (payload as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)
    ?.error;
  const details = Array.isArray(error?.details)
    ? error.details.filter(
        (d): d is FieldProblem => typeof d?.path === "string" && typeof d?.message === "string",
      )
    : [];
  return new ApiError(
    status,
    typeof error?.code === "string" ? error.code : "internal",
    typeof error?.message === "string" ? error.message : `The server answered ${status}.`,
    details,
    payload,
  );
}

/** The path with the query's defined values appended. */
export function withQuery(path: string, query: object): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
