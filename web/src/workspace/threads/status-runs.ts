// The thread's status band: the card's per-cell statuses (the status at the end of each strip
// cell) folded into runs of one status, each matched with the change that began it when the card
// or an earlier page holds that change, so the band can say from which session it applies.
import {
  appliesAt,
  type StripCell,
  type ThreadStatus,
  type ThreadStatusChange,
} from "../../../../src/domain";

export interface StatusRun {
  /** Null: the stretch before the thread's first appearance. */
  status: ThreadStatus | null;
  /** Index of the run's first strip cell, and how many cells it covers. */
  firstCell: number;
  cells: number;
  fromNumber: number;
  toNumber: number;
  /** The change that began the run, when it is among the changes given; otherwise null. */
  change: ThreadStatusChange | null;
}

const endOf = (c: StripCell) => ({ number: c.toNumber, date: c.toDate });

export function buildStatusRuns(
  strip: readonly StripCell[],
  statusStrip: readonly (ThreadStatus | null)[],
  changes: readonly ThreadStatusChange[],
): StatusRun[] {
  const firstPresent = strip.find((c) => c.present > 0);
  const first = firstPresent ? endOf(firstPresent) : null;
  const runs: StatusRun[] = [];
  strip.forEach((cell, i) => {
    const status = statusStrip[i] ?? null;
    const last = runs.at(-1);
    if (last && last.status === status) {
      last.cells += 1;
      last.toNumber = cell.toNumber;
      return;
    }
    runs.push({
      status,
      firstCell: i,
      cells: 1,
      fromNumber: cell.fromNumber,
      toNumber: cell.toNumber,
      change: status === null ? null : beganAt(changes, strip, i, status, first),
    });
  });
  return runs;
}

/** The latest change of `status` that applies at cell `i` and not yet at the cell before it. */
function beganAt(
  changes: readonly ThreadStatusChange[],
  strip: readonly StripCell[],
  i: number,
  status: ThreadStatus,
  first: { number: number; date: string } | null,
): ThreadStatusChange | null {
  const previous = i > 0 ? endOf(strip[i - 1]!) : null;
  const found = changes.filter(
    (c) =>
      c.status === status &&
      appliesAt(c, endOf(strip[i]!), first) &&
      (previous === null || !appliesAt(c, previous, first)),
  );
  return found.at(-1) ?? null;
}
