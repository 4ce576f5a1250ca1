// A thread's status over time (issue 11): each change of status is kept with the session (or the
// date) it applies from, who made it, when, and a short note. The thread's own `status` is the
// latest change; the history places the changes on the session axis of the threads view. The
// status a thread was opened with applies from its first appearance, wherever its pieces begin
// (pieces of earlier sessions may be linked to it later).
import { z } from "zod";
import { THREAD_STATUSES } from "./vocabulary";
import { Id, IsoDate, IsoDateTime } from "./common";

export const ThreadStatus = z.enum(THREAD_STATUSES);
export type ThreadStatus = z.infer<typeof ThreadStatus>;

export const ThreadStatusChange = z.object({
  id: Id,
  threadId: Id,
  status: ThreadStatus,
  /** The session the status applies from; null when it applies from a date alone. */
  sessionId: Id.nullable(),
  sessionNumber: z.number().int().nullable(),
  /** The date it applies from: the session's date when a session is named; null: from the thread's first appearance. */
  fromDate: IsoDate.nullable(),
  /** Null for the first entry a migration wrote from the status kept before there was a history. */
  changedBy: Id.nullable(),
  changedByName: z.string().nullable(),
  changedAt: IsoDateTime,
  note: z.string(),
});
export type ThreadStatusChange = z.infer<typeof ThreadStatusChange>;

/** A stretch of one thread's status changes in the order they apply: changes[0] is number `offset`. */
export const ThreadStatusChangesPage = z.object({
  threadId: Id,
  total: z.number().int(),
  offset: z.number().int(),
  changes: z.array(ThreadStatusChange),
});
export type ThreadStatusChangesPage = z.infer<typeof ThreadStatusChangesPage>;

type Placed = Pick<ThreadStatusChange, "fromDate" | "sessionNumber" | "changedAt">;

/**
 * The order changes apply in: from the first appearance first, then by the date they apply from,
 * a named session after a bare date of the same day (a bare date applies from that day's first
 * session), then by when they were made.
 */
export function compareStatusChanges(a: Placed, b: Placed): number {
  if (a.fromDate !== b.fromDate) {
    if (a.fromDate === null || b.fromDate === null) return a.fromDate === null ? -1 : 1;
    return a.fromDate < b.fromDate ? -1 : 1;
  }
  const an = a.sessionNumber ?? -1;
  const bn = b.sessionNumber ?? -1;
  if (an !== bn) return an - bn;
  return a.changedAt < b.changedAt ? -1 : a.changedAt > b.changedAt ? 1 : 0;
}

interface AxisPoint {
  number: number;
  date: string;
}

/** Whether `a` comes before `b` in process order. */
const before = (a: AxisPoint, b: AxisPoint) => a.date < b.date || (a.date === b.date && a.number < b.number);

/**
 * Whether a change applies at the session numbered `number` on `date`; one from the first
 * appearance applies from `first` (the thread's first session on the axis; never without one).
 */
export function appliesAt(
  change: Pick<ThreadStatusChange, "fromDate" | "sessionNumber">,
  session: AxisPoint,
  first: AxisPoint | null,
): boolean {
  if (change.fromDate === null) return first !== null && !before(session, first);
  if (change.fromDate !== session.date) return change.fromDate < session.date;
  return change.sessionNumber === null || change.sessionNumber <= session.number;
}

/**
 * The status in effect at each point of the axis given (changes in the order they apply), or
 * null before the first one that applies.
 */
export function statusAt(
  changes: readonly ThreadStatusChange[],
  points: readonly AxisPoint[],
  first: AxisPoint | null,
): (ThreadStatus | null)[] {
  return points.map((s) => {
    let status: ThreadStatus | null = null;
    for (const c of changes) if (appliesAt(c, s, first)) status = c.status;
    return status;
  });
}
