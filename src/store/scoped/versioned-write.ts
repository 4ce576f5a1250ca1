// Optimistic concurrency for the editable records: an update names the version it started from
// and is written with `where version = <that>`, so of two racing writers exactly one succeeds
// (on PostgreSQL the loser's UPDATE waits for the winner's row lock, then matches no row). The
// loser gets a VersionConflict with the current record and the fields where it differs.
import { VersionConflict, differingFields } from "../../domain";
import type { Database } from "../database";
import type { ScopeContext } from "./scope-context";

type VersionedTable =
  "clients" | "lifeEvents" | "courses" | "sessions" | "characters" | "threads" | "consents";

/** Throws the conflict when the version the caller started from is not the record's. */
export async function requireVersion<R>(
  seen: number | undefined,
  actual: number,
  sent: Record<string, unknown>,
  current: () => Promise<R>,
): Promise<void> {
  if (seen === undefined || seen === actual) return;
  throw await staleVersion(sent, current);
}

export async function staleVersion<R>(sent: Record<string, unknown>, current: () => Promise<R>) {
  const record = await current();
  return new VersionConflict(
    "someone else changed this record since you opened it; nothing was saved",
    record,
    differingFields(sent, record as Record<string, unknown>),
  );
}

/**
 * Writes `changes` (which carry the new version) only if the row still has version `expected`;
 * false when another writer got there first. Signing raises a session's version too, so an edit
 * can never land on a session signed meanwhile.
 */
export async function writeAtVersion<T extends VersionedTable>(
  ctx: ScopeContext,
  table: T,
  id: string,
  expected: number,
  changes: Partial<Database[T]>,
): Promise<boolean> {
  // One query shape for every versioned table; the cast is what Kysely cannot infer from a union name.
  const result = await ctx.db
    .updateTable(table as "courses")
    .set(changes as Partial<Database["courses"]>)
    .where("id", "=", id)
    .where("practiceId", "=", ctx.caller.practiceId)
    .where("version", "=", expected)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
