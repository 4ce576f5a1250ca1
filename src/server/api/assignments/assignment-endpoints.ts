// Questionnaires sent to the client's portal on a schedule, what is due, and what is overdue.
import { z } from "zod";
import {
  Id,
  listOf,
  OverdueQuestionnaire,
  QuestionnaireAssignment,
  QuestionnaireAssignmentInput,
} from "../../../domain";
import { endpoint } from "../endpoint";
import { ClientParams } from "../params";

const AssignmentParams = z.object({ assignmentId: Id });

export const assignmentEndpoints = [
  endpoint({
    name: "listQuestionnaireAssignments",
    method: "GET",
    path: "/api/clients/:clientId/questionnaire-assignments",
    summary: "Questionnaires sent to a client, each with what is due today (a client lists their own)",
    params: ClientParams,
    response: { status: 200, schema: listOf(QuestionnaireAssignment) },
    handler: async ({ store, params }) => ({
      items: await store.listQuestionnaireAssignments(params.clientId),
    }),
  }),
  endpoint({
    name: "createQuestionnaireAssignment",
    method: "POST",
    path: "/api/clients/:clientId/questionnaire-assignments",
    summary: "Send a questionnaire: once, before every session, or every N weeks",
    params: ClientParams,
    body: QuestionnaireAssignmentInput,
    response: { status: 201, schema: QuestionnaireAssignment },
    handler: ({ store, params, body }) => store.createQuestionnaireAssignment(params.clientId, body),
  }),
  endpoint({
    name: "endQuestionnaireAssignment",
    method: "POST",
    path: "/api/questionnaire-assignments/:assignmentId/end",
    summary: "Stop sending a questionnaire",
    params: AssignmentParams,
    response: { status: 200, schema: QuestionnaireAssignment },
    handler: ({ store, params }) => store.endQuestionnaireAssignment(params.assignmentId),
  }),
  endpoint({
    name: "listOverdueQuestionnaires",
    method: "GET",
    path: "/api/overdue-questionnaires",
    summary: "The practice's questionnaires not answered in time",
    response: { status: 200, schema: listOf(OverdueQuestionnaire) },
    handler: async ({ store }) => ({ items: await store.listOverdueQuestionnaires() }),
  }),
];
