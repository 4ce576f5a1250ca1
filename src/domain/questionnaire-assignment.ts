// Questionnaires a practitioner sends to a client's portal: once, before every session, or every N
// weeks. Whether one is due is a pure rule of the assignment, the client's session dates and the
// dates of their responses to that instrument, so the portal and the practitioner's home agree.
import { z } from "zod";
import { Id, IsoDate, IsoDateTime, RecordMeta } from "./common";

export const QUESTIONNAIRE_SCHEDULES = ["once", "before-each-session", "every-n-weeks"] as const;
export const QuestionnaireSchedule = z.enum(QUESTIONNAIRE_SCHEDULES);
export type QuestionnaireSchedule = z.infer<typeof QuestionnaireSchedule>;

/** An every-N-weeks questionnaire answered this many days after it fell due counts as overdue. */
export const GRACE_DAYS = 7;

export const QuestionnaireAssignmentInput = z
  .object({
    instrument: z.string().trim().min(1).max(40),
    schedule: QuestionnaireSchedule,
    /** For every-n-weeks only. */
    everyWeeks: z.number().int().min(1).max(52).nullable().default(null),
    /** For once: answer by this day (optional). */
    dueDate: IsoDate.nullable().default(null),
    /** Whether the client sees their own chart of this questionnaire in the portal. */
    shareScores: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (v.schedule === "every-n-weeks" && v.everyWeeks === null)
      ctx.addIssue({ code: "custom", path: ["everyWeeks"], message: "say every how many weeks" });
  });
export type QuestionnaireAssignmentInput = z.input<typeof QuestionnaireAssignmentInput>;

export const DueStatus = z.object({
  /** The day it became due. */
  dueFrom: IsoDate,
  /** Answer by this day: the next session, the due date, or the end of the grace; null when unknown. */
  dueBy: IsoDate.nullable(),
  overdue: z.boolean(),
});
export type DueStatus = z.infer<typeof DueStatus>;

export const QuestionnaireAssignment = RecordMeta.extend({
  clientId: Id,
  instrument: z.string(),
  schedule: QuestionnaireSchedule,
  everyWeeks: z.number().int().nullable(),
  dueDate: IsoDate.nullable(),
  shareScores: z.boolean(),
  assignedBy: Id,
  endedAt: IsoDateTime.nullable(),
  /** Null when nothing is due now. */
  due: DueStatus.nullable(),
});
export type QuestionnaireAssignment = z.infer<typeof QuestionnaireAssignment>;

/** One questionnaire not answered in time, for the practitioner's home. */
export const OverdueQuestionnaire = z.object({
  assignmentId: Id,
  clientId: Id,
  clientName: z.string(),
  instrument: z.string(),
  schedule: QuestionnaireSchedule,
  dueFrom: IsoDate,
  dueBy: IsoDate.nullable(),
});
export type OverdueQuestionnaire = z.infer<typeof OverdueQuestionnaire>;

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Whether an assignment is due on `today`. `assignedOn` is the day it was made; responses before
 * it do not count. Before each session: due from the assignment or the last session held, until a
 * response after it; the next session on the calendar (a dated session after today) is the day to
 * answer by, and a session held since the questionnaire fell due without an answer makes it overdue.
 */
export function questionnaireDue(
  a: {
    schedule: QuestionnaireSchedule;
    everyWeeks: number | null;
    dueDate: string | null;
    assignedOn: string;
  },
  today: string,
  sessionDates: readonly string[],
  responseDates: readonly string[],
): DueStatus | null {
  const responses = responseDates.filter((d) => d >= a.assignedOn).sort();
  const answeredAfter = (day: string, inclusive: boolean) =>
    responses.some((r) => (inclusive ? r >= day : r > day));
  switch (a.schedule) {
    case "once": {
      if (responses.length > 0) return null;
      return { dueFrom: a.assignedOn, dueBy: a.dueDate, overdue: a.dueDate !== null && today > a.dueDate };
    }
    case "every-n-weeks": {
      const last = responses.at(-1);
      const dueFrom = last ? addDays(last, 7 * (a.everyWeeks ?? 1)) : a.assignedOn;
      if (today < dueFrom) return null;
      const dueBy = addDays(dueFrom, GRACE_DAYS);
      return { dueFrom, dueBy, overdue: today > dueBy };
    }
    case "before-each-session": {
      const sessions = [...new Set(sessionDates)].sort();
      const held = sessions.filter((d) => d <= today && d >= a.assignedOn);
      const lastHeld = held.at(-1);
      const dueBy = sessions.find((d) => d > today) ?? null;
      if (lastHeld === undefined) {
        if (answeredAfter(a.assignedOn, true)) return null;
        return { dueFrom: a.assignedOn, dueBy, overdue: false };
      }
      if (answeredAfter(lastHeld, false)) return null;
      // Was the session just held prepared for? An answer between the one before it and it.
      const before = held.at(-2);
      const prepared = responses.some((r) => r <= lastHeld && (before === undefined || r > before));
      return { dueFrom: lastHeld, dueBy, overdue: !prepared };
    }
  }
}
