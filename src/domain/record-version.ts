// Optimistic concurrency: every editable record carries an integer `version`, raised by one on
// each change. An update says which version it started from; when the record has moved on, the
// update is refused with the current record and the fields where the two differ, so nothing
// anyone typed is silently overwritten.
import { z } from "zod";
import { ErrorBody } from "./api-shapes";
import { DomainError } from "./errors";

export const Version = z.number().int().min(1);

/** The version an update or a sign started from. */
export const VersionSeen = z.object({ version: Version });
export type VersionSeen = z.infer<typeof VersionSeen>;

type Complete<T> =
  T extends z.ZodDefault<infer I extends z.ZodType>
    ? Complete<I>
    : T extends z.ZodObject<infer S>
      ? z.ZodObject<{ [K in keyof S]: Complete<S[K]> }>
      : T;

/** The schema with every default removed, through nested objects (not array items). */
function complete<T extends z.ZodType>(schema: T): Complete<T> {
  let s: z.ZodType = schema;
  while (s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
  if (s instanceof z.ZodObject) {
    const shape = Object.fromEntries(
      Object.entries(s.shape as Record<string, z.ZodType>).map(([k, v]) => [k, complete(v)]),
    );
    return z.object(shape) as unknown as Complete<T>;
  }
  return s as Complete<T>;
}

/**
 * An update body: every field of the input must be sent (no defaults fill what is left out, so
 * an update can never silently reset a field), plus the version it started from. Items of a
 * list (pieces, techniques) are replaced as sent.
 */
export function updateBody<S extends z.ZodRawShape>(input: z.ZodObject<S>) {
  return complete(input).extend({ version: Version });
}

/** A 409 for a stale version: the current record, and `details` names each field that differs. */
export class VersionConflict extends DomainError {
  constructor(
    message: string,
    readonly current: unknown,
    fields: string[],
  ) {
    super(
      "conflict",
      message,
      fields.map((path) => ({ path, message: "changed by someone else since you opened it" })),
    );
    this.name = "VersionConflict";
  }
}

/** The body of a 409: the error (details = the fields that differ) and the current record. */
export function conflictBody<T extends z.ZodType>(record: T) {
  return ErrorBody.extend({ current: record.optional() });
}

/**
 * The top-level fields of `sent` whose value differs from `current`. Only what `sent` holds is
 * compared (recursively), so columns a body does not carry (ids, times) never count as changed.
 */
export function differingFields(sent: Record<string, unknown>, current: Record<string, unknown>): string[] {
  return Object.keys(sent).filter((k) => k !== "version" && !sameAsSent(sent[k], current[k]));
}

function sameAsSent(sent: unknown, current: unknown): boolean {
  if (Array.isArray(sent))
    return (
      Array.isArray(current) &&
      sent.length === current.length &&
      sent.every((v, i) => sameAsSent(v, current[i]))
    );
  if (sent !== null && typeof sent === "object") {
    if (current === null || typeof current !== "object") return false;
    const c = current as Record<string, unknown>;
    return Object.entries(sent).every(([k, v]) => v === undefined || sameAsSent(v, c[k]));
  }
  return sent === current;
}
