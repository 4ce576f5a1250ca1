// Questionnaire answers, entered by the client or by a practitioner, with the safety flags the
// scoring engine raised at creation and the practitioner's follow-up of them. Scoring itself
// lives in src/measures; the store calls it once so every writer (routes, seeding, import)
// stores the same flags and none can forget them.
import type { Selectable } from "kysely";
import { z } from "zod";
import {
  conflict,
  FollowUpInput,
  invalid,
  MeasureResponseInput,
  type MeasureResponse,
  type OpenSafetyFlag,
} from "../../domain";
import { requireInstrument, scoreResponse } from "../../measures";
import type { MeasureResponsesTable } from "../database";
import { fromJsonColumn, toJsonColumn } from "../json-column";
import { parseInput } from "../parse-input";
import type { Caller } from "../store";
import type { OperationsFor } from "./operation";
import type { ScopeContext } from "./scope-context";

const StoredMeasureInput = MeasureResponseInput.extend({
  instrumentVersion: z.string().trim().min(1).max(40),
});
const audit = (action: "read" | "create" | "update" | "export", resourceType = "measure-response") => ({
  action,
  resourceType,
});
/** Stored flags are canonical JSON, so "no flags" is exactly this text (the partial index relies on it). */
const NO_FLAGS = "[]";

export const measureResponseOperations: OperationsFor<
  | "listMeasureResponses"
  | "createMeasureResponse"
  | "recordFollowUp"
  | "listOpenSafetyFlags"
  | "exportMeasureResponses"
  | "exportPracticeMeasureResponses"
> = {
  listMeasureResponses: {
    access: "staff-or-own-client",
    writes: false,
    audit: audit("read"),
    run: (ctx, clientId) => clientResponses(ctx, clientId),
  },

  createMeasureResponse: {
    access: "staff-or-own-client",
    writes: true,
    audit: audit("create"),
    async run(ctx, clientId, input) {
      const data = parseInput(StoredMeasureInput, input);
      await ctx.requireClient(clientId);
      const def = requireInstrument(data.instrument);
      if (data.instrumentVersion !== def.version) {
        const message = `${def.shortTitle} is scored with version ${def.version}, not ${data.instrumentVersion}`;
        throw invalid(message, [{ path: "instrumentVersion", message }]);
      }
      const { flags } = scoreResponse(def.id, data.answers);
      const row: Selectable<MeasureResponsesTable> = {
        ...ctx.newClientRecord(clientId),
        instrument: def.id,
        instrument_version: def.version,
        date: data.date,
        answers: toJsonColumn(data.answers),
        labels: toJsonColumn(data.labels),
        entered_by: ctx.caller.userId,
        flags: toJsonColumn(flags),
        follow_up_at: null,
        follow_up_by: null,
        follow_up_note: null,
      };
      await ctx.db.insertInto("measure_responses").values(row).execute();
      return toMeasureResponse(row, ctx.caller);
    },
  },

  recordFollowUp: {
    access: "staff",
    writes: true,
    // The note is clinical text: the audit record names only the response and its client.
    audit: audit("update"),
    async run(ctx, responseId, note) {
      const { note: text } = parseInput(FollowUpInput, { note });
      const existing = await ctx.requireOwned("measure_responses", responseId, "measure response");
      if (existing.flags === NO_FLAGS) throw conflict("this response raised no safety flag to follow up");
      if (existing.follow_up_at !== null) throw conflict("this response's flags are already followed up");
      const now = ctx.now();
      const followUp = { follow_up_at: now, follow_up_by: ctx.caller.userId, follow_up_note: text };
      const { numUpdatedRows } = await ctx.db
        .updateTable("measure_responses")
        .set({ ...followUp, updated_at: now })
        .where("id", "=", responseId)
        // Two practitioners following up at once: the first one's note is kept, the second is told.
        .where("follow_up_at", "is", null)
        .executeTakeFirstOrThrow();
      if (numUpdatedRows === 0n) throw conflict("this response's flags are already followed up");
      return toMeasureResponse({ ...existing, ...followUp, updated_at: now }, ctx.caller);
    },
  },

  listOpenSafetyFlags: {
    access: "staff",
    writes: false,
    audit: audit("read", "safety-flag"),
    async run(ctx): Promise<OpenSafetyFlag[]> {
      const rows = await ctx.db
        .selectFrom("measure_responses as m")
        .innerJoin("clients as c", "c.id", "m.client_id")
        .select(["m.id", "m.client_id", "c.name", "m.instrument", "m.date", "m.flags"])
        .where("m.practice_id", "=", ctx.caller.practiceId)
        .where("m.flags", "<>", NO_FLAGS)
        .where("m.follow_up_at", "is", null)
        .orderBy("m.date")
        .orderBy("m.created_at")
        .orderBy("m.id")
        .execute();
      return rows.map((r) => ({
        clientId: r.client_id,
        clientName: r.name,
        responseId: r.id,
        instrument: r.instrument,
        date: r.date,
        flags: fromJsonColumn<string[]>(r.flags),
      }));
    },
  },

  exportMeasureResponses: {
    access: "staff-or-own-client",
    writes: false,
    audit: audit("export"),
    run: (ctx, clientId) => clientResponses(ctx, clientId),
  },

  exportPracticeMeasureResponses: {
    access: "staff",
    writes: false,
    audit: audit("export"),
    async run(ctx) {
      const rows = await ctx.db
        .selectFrom("measure_responses")
        .selectAll()
        .where("practice_id", "=", ctx.caller.practiceId)
        .orderBy("client_id")
        .orderBy("date")
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map((row) => toMeasureResponse(row, ctx.caller));
    },
  },
};

async function clientResponses(ctx: ScopeContext, clientId: string): Promise<MeasureResponse[]> {
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
  return rows.map((row) => toMeasureResponse(row, ctx.caller));
}

function toMeasureResponse(row: Selectable<MeasureResponsesTable>, caller: Caller): MeasureResponse {
  const followedUp = row.follow_up_at !== null && row.follow_up_by !== null;
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
    flags: fromJsonColumn(row.flags),
    // The follow-up is the practitioner's clinical note; a client login does not see it.
    followUp:
      followedUp && caller.role !== "client"
        ? { at: row.follow_up_at!, byUserId: row.follow_up_by!, note: row.follow_up_note ?? "" }
        : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
