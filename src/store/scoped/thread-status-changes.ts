// A thread's status over time (issue 11): each change of status updateThread (and opening a
// thread) records, read with the same rule as the threads (staff, the caller's practice and
// care team). The opening status applies from the thread's first appearance; a change applies
// from a session of the client or a date, never earlier than the thread's latest dated change,
// so the history in the order changes apply ends at the current status.
import {
  compareStatusChanges,
  invalid,
  PageQuery,
  pageStart,
  type ThreadStatus,
  type ThreadStatusChange,
} from "../../domain";
import { newId } from "../new-id";
import { parseInput } from "../parse-input";
import type { OperationsFor } from "./operation";
import type { ScopeContext } from "./scope-context";

const audit = { action: "read", resourceType: "thread" } as const;

export const threadStatusChangeOperations: OperationsFor<
  "listThreadStatusChanges" | "listClientThreadStatusChanges"
> = {
  listThreadStatusChanges: {
    access: "staff",
    writes: false,
    audit: { ...audit, resourceId: (args) => args[0] },
    async run(ctx, threadId, query = {}) {
      const page = parseInput(PageQuery, query);
      const thread = await ctx.requireOwned("threads", threadId, "thread");
      const all = await statusChangesOf(ctx, thread.clientId, threadId);
      const offset = pageStart(all.length, page);
      return { threadId, total: all.length, offset, changes: all.slice(offset, offset + page.limit) };
    },
  },

  listClientThreadStatusChanges: {
    access: "staff",
    writes: false,
    audit,
    async run(ctx, clientId) {
      await ctx.requireClient(clientId);
      return statusChangesOf(ctx, clientId);
    },
  },
};

/**
 * The client's status changes (one thread's, with `threadId`) in the order they apply, with the
 * session number and the name of who made each. Few rows: a change is a practitioner's decision.
 */
export async function statusChangesOf(
  ctx: ScopeContext,
  clientId: string,
  threadId?: string,
): Promise<ThreadStatusChange[]> {
  let query = ctx.db
    .selectFrom("threadStatusChanges as c")
    .leftJoin("sessions as s", "s.id", "c.sessionId")
    .leftJoin("users as u", "u.id", "c.changedBy")
    .select([
      "c.id",
      "c.threadId",
      "c.status",
      "c.sessionId",
      "s.number as sessionNumber",
      "c.fromDate",
      "c.changedBy",
      "u.name as changedByName",
      "c.changedAt",
      "c.note",
    ])
    .where("c.practiceId", "=", ctx.caller.practiceId)
    .where("c.clientId", "=", clientId);
  if (threadId) query = query.where("c.threadId", "=", threadId);
  const rows = await query.execute();
  return rows
    .map((r) => ({ ...r, sessionNumber: r.sessionNumber ?? null, changedByName: r.changedByName ?? null }))
    .sort(compareStatusChanges);
}

/** Where a change applies from, as the practitioner chose it (neither: the latest session so far). */
export interface StatusFrom {
  sessionId?: string;
  date?: string;
}

/** The status a thread is opened with, from its first appearance: the first entry of its history. */
export async function recordOpening(
  ctx: ScopeContext,
  thread: { id: string; clientId: string; status: ThreadStatus; createdAt: string },
): Promise<void> {
  await insertChange(ctx, thread, {
    status: thread.status,
    sessionId: null,
    fromDate: null,
    note: "",
    at: thread.createdAt,
  });
}

/**
 * Records a change of the thread's status in the caller's transaction. `from` is checked: a
 * session of the thread's client, not before the thread's latest dated change (invalid at the field).
 */
export async function recordStatusChange(
  ctx: ScopeContext,
  thread: { id: string; clientId: string },
  change: { status: ThreadStatus; from: StatusFrom; note?: string; at: string },
): Promise<void> {
  const point = await resolveFrom(ctx, thread.clientId, change.from, change.at);
  const latest = (await statusChangesOf(ctx, thread.clientId, thread.id)).filter((c) => c.fromDate).at(-1);
  const placed = { ...point.place, changedAt: change.at };
  if (latest && compareStatusChanges(placed, latest) < 0) {
    if (!change.from.sessionId && !change.from.date) {
      // The default (the latest session so far) lies before a change applying later: follow it.
      point.place = { fromDate: latest.fromDate!, sessionNumber: latest.sessionNumber };
      point.sessionId = latest.sessionId;
    } else {
      const where = latest.sessionNumber === null ? latest.fromDate : `session ${latest.sessionNumber}`;
      throw invalid("a change of status applies from the latest change or later", [
        {
          path: change.from.sessionId ? "statusSessionId" : "statusDate",
          message: `the status last changed at ${where}; a new change applies from there or later`,
        },
      ]);
    }
  }
  await insertChange(ctx, thread, {
    status: change.status,
    sessionId: point.sessionId,
    fromDate: point.place.fromDate,
    note: change.note ?? "",
    at: change.at,
  });
}

async function insertChange(
  ctx: ScopeContext,
  thread: { id: string; clientId: string },
  c: { status: ThreadStatus; sessionId: string | null; fromDate: string | null; note: string; at: string },
) {
  await ctx.db
    .insertInto("threadStatusChanges")
    .values({
      id: newId(),
      practiceId: ctx.caller.practiceId,
      clientId: thread.clientId,
      threadId: thread.id,
      status: c.status,
      sessionId: c.sessionId,
      fromDate: c.fromDate,
      changedBy: ctx.caller.userId,
      changedAt: c.at,
      note: c.note,
    })
    .execute();
}

interface Point {
  sessionId: string | null;
  place: { fromDate: string; sessionNumber: number | null };
}

async function resolveFrom(
  ctx: ScopeContext,
  clientId: string,
  from: StatusFrom,
  at: string,
): Promise<Point> {
  const sessions = ctx.db
    .selectFrom("sessions")
    .select(["id", "number", "date"])
    .where("practiceId", "=", ctx.caller.practiceId)
    .where("clientId", "=", clientId);
  if (from.sessionId) {
    const s = await sessions.where("id", "=", from.sessionId).executeTakeFirst();
    if (!s)
      throw invalid("no such session for this client", [
        { path: "statusSessionId", message: "no such session for this client" },
      ]);
    return { sessionId: s.id, place: { fromDate: s.date, sessionNumber: s.number } };
  }
  if (from.date) return { sessionId: null, place: { fromDate: from.date, sessionNumber: null } };
  const today = at.slice(0, 10);
  const latest = await sessions
    .where("date", "<=", today)
    .orderBy("date", "desc")
    .orderBy("number", "desc")
    .limit(1)
    .executeTakeFirst();
  return latest
    ? { sessionId: latest.id, place: { fromDate: latest.date, sessionNumber: latest.number } }
    : { sessionId: null, place: { fromDate: today, sessionNumber: null } };
}
