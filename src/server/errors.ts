// Every error leaves the server as {error: {code, message, details}}; mapped here once.
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { ZodError } from "zod";
import { RateLimited } from "./rate-limited";
import { TooLarge } from "./too-large";
import { DomainError, VersionConflict, type ErrorCode, type FieldProblem } from "../domain";

type HttpErrorCode = ErrorCode | "rate_limited" | "internal" | "too_large" | "unavailable";

const STATUS: Record<HttpErrorCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

export function errorBody(code: HttpErrorCode, message: string, details: FieldProblem[] = []) {
  return { error: { code, message, details } };
}

function sendError(reply: FastifyReply, code: HttpErrorCode, message: string, details: FieldProblem[] = []) {
  return reply.code(STATUS[code]).send(errorBody(code, message, details));
}

const part = (where: string | undefined) => (where === "querystring" ? "query" : (where ?? "body"));

export function handleError(err: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (hasZodFastifySchemaValidationErrors(err)) {
    const details = err.validation.map((v) => ({
      path: v.instancePath.replace(/^\//, "").replaceAll("/", ".") || part(err.validationContext),
      message: v.message ?? "invalid",
    }));
    const first = details[0];
    return sendError(
      reply,
      "invalid",
      first ? `invalid ${part(err.validationContext)}: ${first.path}: ${first.message}` : "invalid request",
      details,
    );
  }
  if (err instanceof VersionConflict)
    return reply.code(409).send({ ...errorBody("conflict", err.message, err.details), current: err.current });
  if (err instanceof DomainError) return sendError(reply, err.code, err.message, err.details);
  if (err instanceof ZodError) {
    const details = err.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    return sendError(reply, "invalid", `invalid input: ${details[0]?.path}: ${details[0]?.message}`, details);
  }
  if (err.statusCode === 429)
    return sendError(
      reply,
      "rate_limited",
      err instanceof RateLimited ? err.message : "too many requests; wait a minute and try again",
    );
  if (err instanceof TooLarge) return sendError(reply, "too_large", err.message);
  if (err.code === "FST_ERR_CTP_BODY_TOO_LARGE")
    return sendError(reply, "too_large", "the request body is too large");
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    // Malformed JSON, wrong content type and the like: say what is wrong, it holds no clinical data.
    return sendError(reply, "invalid", err.message);
  }
  // Scale (issue 16): PostgreSQL down or restarting answers at once instead of hanging or a 500.
  if (isDatabaseUnreachable(err)) {
    reply.header("retry-after", "5");
    return sendError(reply, "unavailable", "the database cannot be reached; try again in a moment");
  }
  // An embedded database that cannot be written (disk full, read-only): say so, nothing was saved.
  if (isDatabaseUnwritable(err)) {
    reply.header("retry-after", "30");
    return sendError(
      reply,
      "unavailable",
      "the database cannot be written: its disk is full or read-only; nothing was saved",
    );
  }
  // The stack without the message: messages from the store can quote clinical text.
  request.log.error(
    { err: { name: err.name, code: err.code, stack: stackWithoutMessage(err) } },
    "unhandled error",
  );
  return sendError(reply, "internal", "something went wrong on the server; nothing was changed");
}

/** The stack's frames only: its first line repeats the message, which may quote clinical text. */
function stackWithoutMessage(err: Error): string {
  const frames = (err.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
  return [err.name, ...frames.slice(0, 20)].join("\n");
}

/** SQLite's disk full, read-only and I/O error codes (extended codes start with these). */
function isDatabaseUnwritable(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^SQLITE_(FULL|READONLY|IOERR|CANTOPEN)/.test(code);
}

/** Socket errors of the connection and PostgreSQL's connection-exception and shutdown states. */
const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENOTFOUND",
]);
function isDatabaseUnreachable(err: unknown): boolean {
  for (
    let e = err as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 5;
    e = e.cause as typeof e, depth++
  ) {
    const code = typeof e.code === "string" ? e.code : "";
    if (UNREACHABLE_CODES.has(code) || /^(08|57P0)/.test(code)) return true;
    if (
      typeof e.message === "string" &&
      /^Connection terminated|timeout exceeded when trying to connect/.test(e.message)
    )
      return true;
  }
  return false;
}
