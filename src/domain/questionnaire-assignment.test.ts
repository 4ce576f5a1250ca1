import { describe, expect, it } from "vitest";
import { questionnaireDue } from "./questionnaire-assignment";

const once = { schedule: "once" as const, everyWeeks: null, dueDate: null, assignedOn: "2026-03-01" };
const weekly = { schedule: "every-n-weeks" as const, everyWeeks: 2, dueDate: null, assignedOn: "2026-03-01" };
const beforeEach = {
  schedule: "before-each-session" as const,
  everyWeeks: null,
  dueDate: null,
  assignedOn: "2026-03-01",
};

describe("questionnaireDue", () => {
  it("once: due from the assignment until answered, overdue only after its due date", () => {
    expect(questionnaireDue(once, "2026-03-02", [], [])).toEqual({
      dueFrom: "2026-03-01",
      dueBy: null,
      overdue: false,
    });
    expect(questionnaireDue({ ...once, dueDate: "2026-03-05" }, "2026-03-06", [], [])?.overdue).toBe(true);
    expect(questionnaireDue(once, "2026-03-02", [], ["2026-03-02"])).toBeNull();
    // An answer from before the assignment does not count.
    expect(questionnaireDue(once, "2026-03-02", [], ["2026-02-20"])).not.toBeNull();
  });

  it("every N weeks: due at once, then N weeks after the last answer, overdue a week after that", () => {
    expect(questionnaireDue(weekly, "2026-03-01", [], [])?.dueFrom).toBe("2026-03-01");
    expect(questionnaireDue(weekly, "2026-03-10", [], ["2026-03-01"])).toBeNull();
    expect(questionnaireDue(weekly, "2026-03-15", [], ["2026-03-01"])).toEqual({
      dueFrom: "2026-03-15",
      dueBy: "2026-03-22",
      overdue: false,
    });
    expect(questionnaireDue(weekly, "2026-03-23", [], ["2026-03-01"])?.overdue).toBe(true);
  });

  it("before each session: due until answered after the last session, by the next one on the calendar", () => {
    expect(questionnaireDue(beforeEach, "2026-03-02", ["2026-02-20", "2026-03-09"], [])).toEqual({
      dueFrom: "2026-03-01",
      dueBy: "2026-03-09",
      overdue: false,
    });
    expect(questionnaireDue(beforeEach, "2026-03-05", ["2026-03-09"], ["2026-03-04"])).toBeNull();
    // The session of 9 March was held: the answer of 4 March prepared it; a new one is due now.
    expect(questionnaireDue(beforeEach, "2026-03-10", ["2026-03-09"], ["2026-03-04"])).toEqual({
      dueFrom: "2026-03-09",
      dueBy: null,
      overdue: false,
    });
    // Not answered before the session of 9 March: overdue.
    expect(questionnaireDue(beforeEach, "2026-03-10", ["2026-03-09"], [])?.overdue).toBe(true);
    expect(questionnaireDue(beforeEach, "2026-03-11", ["2026-03-09"], ["2026-03-10"])).toBeNull();
  });
});
