// Questionnaire answers, entered by the client or by a practitioner; scoring lives in src/measures.
import type { Selectable } from "kysely";
import { z } from "zod";
import { MeasureResponseInput, type MeasureResponse } from "../../domain";
import type { MeasureResponsesTable } from "../database";
import { fromJsonColumn, toJsonColumn } from "../json-column";
import { newId } from "../new-id";
import { parseInput } from "../parse-input";
import type { OperationsFor } from "./operation";

const StoredMeasureInput = MeasureResponseInput.extend({
  instrumentVersion: z.string().trim().min(1).max(40),
});
const audit = (action: "read" | "create") => ({ action, resourceType: "measure-response" });

export const measureResponseOperations: OperationsFor<"listMeasureResponses" | "createMeasureResponse"> = {
  listMeasureResponses: {
    access: "staff-or-own-client",
    writes: false,
    audit: audit("read"),
    async run(ctx, clientId) {
      await ctx.requireClient(clientId);
      const rows = await ctx.db
        .selectFrom("measure_responses")
        .selectAll()
        .where("practice_id", "=", ctx.caller.practiceId)
        .where("client_id", "=", clientId)
        .orderBy("date")
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map(toMeasureResponse);
    },
  },

  createMeasureResponse: {
    access: "staff-or-own-client",
    writes: true,
    audit: audit("create"),
    async run(ctx, clientId, input) {
      const data = parseInput(StoredMeasureInput, input);
      await ctx.requireClient(clientId);
      const now = ctx.now();
      const row: Selectable<MeasureResponsesTable> = {
        id: newId(),
        practice_id: ctx.caller.practiceId,
        client_id: clientId,
        instrument: data.instrument,
        instrument_version: data.instrumentVersion,
        date: data.date,
        answers: toJsonColumn(data.answers),
        labels: toJsonColumn(data.labels),
        entered_by: ctx.caller.userId,
        created_at: now,
        updated_at: now,
      };
      await ctx.db.insertInto("measure_responses").values(row).execute();
      return toMeasureResponse(row);
    },
  },
};

function toMeasureResponse(row: Selectable<MeasureResponsesTable>): MeasureResponse {
  return {
    id: row.id,
    practiceId: row.practice_id,
    clientId: row.client_id,
    instrument: row.instrument,
    instrumentVersion: row.instrument_version,
    date: row.date,
    answers: fromJsonColumn(row.answers),
    labels: fromJsonColumn(row.labels),
    enteredBy: row.entered_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
