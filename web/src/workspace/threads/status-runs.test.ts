import { describe, expect, it } from "vitest";
import type { StripCell, ThreadStatusChange } from "../../../../src/domain";
import { buildStatusRuns } from "./status-runs";

/** One cell per session, session n on day n of January; `present` marks where the thread was. */
const cells = (count: number, present: number[]): StripCell[] =>
  Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const date = `2026-01-${String(n).padStart(2, "0")}`;
    const has = present.includes(n);
    return {
      fromNumber: n,
      toNumber: n,
      fromDate: date,
      toDate: date,
      sessions: 1,
      present: has ? 1 : 0,
      sessionId: has ? `s${n}` : null,
    };
  });

const change = (
  id: string,
  status: ThreadStatusChange["status"],
  session: number | null,
): ThreadStatusChange => ({
  id,
  threadId: "t",
  status,
  sessionId: session === null ? null : `s${session}`,
  sessionNumber: session,
  fromDate: session === null ? null : `2026-01-${String(session).padStart(2, "0")}`,
  changedBy: "u",
  changedByName: "Ana",
  changedAt: "2026-02-01T10:00:00.000Z",
  note: "",
});

describe("buildStatusRuns", () => {
  const strip = cells(6, [2, 3, 5]);
  const statusStrip = [null, "open", "open", "understood", "understood", "open"] as const;
  const history = [change("a", "open", null), change("b", "understood", 4), change("c", "open", 6)];

  it("folds the cells into runs of one status in axis order, the stretch before the first appearance as null", () => {
    const runs = buildStatusRuns(strip, statusStrip, history);
    expect(runs.map((r) => [r.status, r.fromNumber, r.toNumber, r.cells])).toEqual([
      [null, 1, 1, 1],
      ["open", 2, 3, 2],
      ["understood", 4, 5, 2],
      ["open", 6, 6, 1],
    ]);
  });

  it("matches each run with the change that began it, the opening one at the first appearance", () => {
    const runs = buildStatusRuns(strip, statusStrip, history);
    expect(runs.map((r) => r.change?.id ?? null)).toEqual([null, "a", "b", "c"]);
  });

  it("leaves a run's change null when that change is not among the ones loaded", () => {
    const runs = buildStatusRuns(strip, statusStrip, history.slice(2));
    expect(runs.map((r) => r.change?.id ?? null)).toEqual([null, null, null, "c"]);
  });
});
