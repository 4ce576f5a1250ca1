// Sessions on a view's axis: the few columns of a SessionRef, in process order (date, then
// number), read with the sessions_client_order index of migration 012 instead of whole rows.
import type { SessionRef } from "../../../domain";
import type { ScopeContext } from "../scope-context";

const REF_COLUMNS = ["id", "number", "date", "status", "courseId"] as const;

function sessionsOf(ctx: ScopeContext, clientId: string) {
  return ctx.db
    .selectFrom("sessions")
    .where("practiceId", "=", ctx.caller.practiceId)
    .where("clientId", "=", clientId);
}

export async function countSessions(ctx: ScopeContext, clientId: string): Promise<number> {
  const row = await sessionsOf(ctx, clientId)
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * `limit` sessions ending `offset` sessions before the latest, oldest first: a page of the
 * process read backwards from the newest, as the mosaic pages.
 */
export async function latestSessionRefs(
  ctx: ScopeContext,
  clientId: string,
  limit: number,
  offset = 0,
): Promise<SessionRef[]> {
  const rows = await sessionsOf(ctx, clientId)
    .select(REF_COLUMNS)
    .orderBy("date", "desc")
    .orderBy("number", "desc")
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.reverse();
}
