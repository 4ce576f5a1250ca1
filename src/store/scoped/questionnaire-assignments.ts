// Questionnaires a practitioner sends to the client's portal, on a schedule. Whether each is due is
// the domain's rule (questionnaireDue) over the client's session and response dates, worked out
// when listed, so nothing needs a timer.
import type { Selectable } from "kysely";
import {
  conflict,
  invalid,
  QuestionnaireAssignmentInput,
  questionnaireDue,
  type OverdueQuestionnaire,
  type QuestionnaireAssignment,
} from "../../domain";
import { getInstrument } from "../../measures";
import type { QuestionnaireAssignmentsTable } from "../database";
import { parseInput } from "../parse-input";
import type { OperationsFor } from "./operation";
import type { ScopeContext } from "./scope-context";

type Row = Selectable<QuestionnaireAssignmentsTable>;
const audit = (action: "read" | "create" | "update") => ({
  action,
  resourceType: "questionnaire-assignment" as const,
});

export const questionnaireAssignmentOperations: OperationsFor<
  | "listQuestionnaireAssignments"
  | "createQuestionnaireAssignment"
  | "endQuestionnaireAssignment"
  | "listOverdueQuestionnaires"
> = {
  listQuestionnaireAssignments: {
    access: "staff-or-own-client",
    writes: false,
    audit: audit("read"),
    async run(ctx, clientId) {
      await ctx.requireClient(clientId);
      const rows = await activeRows(ctx, clientId);
      return withDue(ctx, rows);
    },
  },

  createQuestionnaireAssignment: {
    access: "staff",
    writes: true,
    audit: audit("create"),
    async run(ctx, clientId, input) {
      const data = parseInput(QuestionnaireAssignmentInput, input);
      if (!getInstrument(data.instrument))
        throw invalid("the input is not valid", [{ path: "instrument", message: "unknown questionnaire" }]);
      await ctx.requireClient(clientId);
      const row: Row = {
        ...ctx.newClientRecord(clientId),
        instrument: data.instrument,
        schedule: data.schedule,
        everyWeeks: data.schedule === "every-n-weeks" ? data.everyWeeks : null,
        dueDate: data.schedule === "once" ? data.dueDate : null,
        shareScores: data.shareScores ? 1 : 0,
        assignedBy: ctx.caller.userId,
        endedAt: null,
      };
      await ctx.db.insertInto("questionnaireAssignments").values(row).execute();
      const [out] = await withDue(ctx, [row]);
      return out!;
    },
  },

  endQuestionnaireAssignment: {
    access: "staff",
    writes: true,
    audit: audit("update"),
    async run(ctx, assignmentId) {
      const existing = await ctx.requireOwned(
        "questionnaireAssignments",
        assignmentId,
        "questionnaire assignment",
      );
      if (existing.endedAt !== null) throw conflict("this questionnaire is no longer sent");
      const now = ctx.now();
      await ctx.db
        .updateTable("questionnaireAssignments")
        .set({ endedAt: now, updatedAt: now })
        .where("id", "=", assignmentId)
        .execute();
      const [out] = await withDue(ctx, [{ ...existing, endedAt: now, updatedAt: now }]);
      return out!;
    },
  },

  listOverdueQuestionnaires: {
    access: "staff",
    writes: false,
    audit: audit("read"),
    async run(ctx): Promise<OverdueQuestionnaire[]> {
      const rows = await ctx.db
        .selectFrom("questionnaireAssignments as a")
        .innerJoin("clients as c", "c.id", "a.clientId")
        .selectAll("a")
        .select("c.name as clientName")
        .where("a.practiceId", "=", ctx.caller.practiceId)
        // Trust (issue 14): only clients whose care team the caller is on.
        .$if(ctx.limitedToCareTeam, (qb) => qb.where("a.clientId", "in", ctx.careTeamClientIds()))
        .where("a.endedAt", "is", null)
        .orderBy("c.name")
        .orderBy("a.id")
        .execute();
      const names = new Map(rows.map((r) => [r.clientId, r.clientName]));
      const items = await withDue(
        ctx,
        rows.map(({ clientName: _n, ...r }) => r),
      );
      return items
        .filter((a) => a.due?.overdue)
        .map((a) => ({
          assignmentId: a.id,
          clientId: a.clientId,
          clientName: names.get(a.clientId) ?? "",
          instrument: a.instrument,
          schedule: a.schedule,
          dueFrom: a.due!.dueFrom,
          dueBy: a.due!.dueBy,
        }));
    },
  },
};

function activeRows(ctx: ScopeContext, clientId: string): Promise<Row[]> {
  return ctx.db
    .selectFrom("questionnaireAssignments")
    .selectAll()
    .where("practiceId", "=", ctx.caller.practiceId)
    .where("clientId", "=", clientId)
    .where("endedAt", "is", null)
    .orderBy("createdAt")
    .orderBy("id")
    .execute();
}

/** Each assignment with what is due today, from its client's session and response dates. */
async function withDue(ctx: ScopeContext, rows: readonly Row[]): Promise<QuestionnaireAssignment[]> {
  if (rows.length === 0) return [];
  const clientIds = [...new Set(rows.map((r) => r.clientId))];
  const [sessions, responses] = await Promise.all([
    ctx.db
      .selectFrom("sessions")
      .select(["clientId", "date"])
      .where("practiceId", "=", ctx.caller.practiceId)
      .where("clientId", "in", clientIds)
      .execute(),
    ctx.db
      .selectFrom("measureResponses")
      .select(["clientId", "instrument", "date", "createdAt"])
      .where("practiceId", "=", ctx.caller.practiceId)
      .where("clientId", "in", clientIds)
      .execute(),
  ]);
  const today = ctx.now().slice(0, 10);
  return rows.map(({ shareScores, ...row }) => {
    const sessionDates = sessions.filter((s) => s.clientId === row.clientId).map((s) => s.date);
    // Only answers recorded since the assignment count towards it.
    const responseDates = responses
      .filter(
        (r) => r.clientId === row.clientId && r.instrument === row.instrument && r.createdAt >= row.createdAt,
      )
      .map((r) => r.date);
    const due =
      row.endedAt === null
        ? questionnaireDue(
            { ...row, assignedOn: row.createdAt.slice(0, 10) },
            today,
            sessionDates,
            responseDates,
          )
        : null;
    return { ...row, shareScores: shareScores === 1, due };
  });
}
