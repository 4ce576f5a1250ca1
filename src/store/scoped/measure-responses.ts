// Questionnaire answers, entered by the client or by a practitioner, with the safety flags the
// scoring engine raised at creation and the practitioner's follow-up of them. Scoring itself
// lives in src/measures; the store calls it once so every writer (routes, seeding, import)
// stores the same flags and none can forget them.
import type { Selectable } from "kysely";
import { z } from "zod";
import {
  conflict,
  FollowUpInput,
  groupedBy,
  invalid,
  MeasureResponseInput,
  type MeasureResponse,
  type OpenSafetyFlag,
} from "../../domain";
import { getInstrument, requireInstrument, scoreResponse, scoreStored } from "../../measures";
import type { MeasureResponsesTable } from "../database";
import { jsonColumns, toJson, type ReadRow } from "../json-column";
import { parseInput } from "../parse-input";
import type { Caller } from "../store";
import type { OperationsFor } from "./operation";
import type { ScopeContext } from "./scope-context";

const StoredMeasureInput = MeasureResponseInput.extend({
  instrumentVersion: z.string().trim().min(1).max(40),
});
const audit = (
  action: "read" | "create" | "update" | "export",
  resourceType: "measure-response" | "safety-flag" = "measure-response",
) => ({ action, resourceType });
const json = jsonColumns("measureResponses", ["answers", "labels", "flags"]);
/** Stored flags are canonical JSON, so "no flags" is exactly this text (the partial index relies on it). */
const NO_FLAGS = toJson<string[]>([]);

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
      const row: ResponseRow = {
        ...ctx.newClientRecord(clientId),
        instrument: def.id,
        instrumentVersion: def.version,
        date: data.date,
        answers: data.answers,
        labels: data.labels,
        enteredBy: ctx.caller.userId,
        flags,
        followUpAt: null,
        followUpBy: null,
        followUpNote: null,
      };
      await ctx.db.insertInto("measureResponses").values(json.write(row)).execute();
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
      const existing = await ctx.requireOwned("measureResponses", responseId, "measure response");
      if (existing.flags === NO_FLAGS) throw conflict("this response raised no safety flag to follow up");
      if (existing.followUpAt !== null) throw conflict("this response's flags are already followed up");
      const now = ctx.now();
      const followUp = { followUpAt: now, followUpBy: ctx.caller.userId, followUpNote: text };
      const { numUpdatedRows } = await ctx.db
        .updateTable("measureResponses")
        .set({ ...followUp, updatedAt: now })
        .where("id", "=", responseId)
        // Two practitioners following up at once: the first one's note is kept, the second is told.
        .where("followUpAt", "is", null)
        .executeTakeFirstOrThrow();
      if (numUpdatedRows === 0n) throw conflict("this response's flags are already followed up");
      return toMeasureResponse(json.read({ ...existing, ...followUp, updatedAt: now }), ctx.caller);
    },
  },

  listOpenSafetyFlags: {
    access: "staff",
    writes: false,
    audit: audit("read", "safety-flag"),
    async run(ctx): Promise<OpenSafetyFlag[]> {
      const rows = await ctx.db
        .selectFrom("measureResponses as m")
        .innerJoin("clients as c", "c.id", "m.clientId")
        .select([
          "m.clientId",
          "c.name as clientName",
          "m.id as responseId",
          "m.instrument",
          "m.date",
          "m.flags",
          "m.answers",
          "m.instrumentVersion",
        ])
        .where("m.practiceId", "=", ctx.caller.practiceId)
        // Trust (issue 14): only clients whose care team the caller is on.
        .$if(ctx.limitedToCareTeam, (qb) => qb.where("m.clientId", "in", ctx.careTeamClientIds()))
        .where("m.flags", "<>", NO_FLAGS)
        .where("m.followUpAt", "is", null)
        .orderBy("m.date")
        .orderBy("m.createdAt")
        .orderBy("m.id")
        .execute();
      return rows.map((row) => {
        const { answers, instrumentVersion, ...flag } = json.read(row);
        return { ...flag, urgency: urgencyOf(flag.instrument, instrumentVersion, answers, flag.flags) };
      });
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
        .selectFrom("measureResponses")
        .selectAll()
        .where("practiceId", "=", ctx.caller.practiceId)
        .$if(ctx.limitedToCareTeam, (qb) => qb.where("clientId", "in", ctx.careTeamClientIds()))
        .orderBy("clientId")
        .orderBy("date")
        .orderBy("createdAt")
        .orderBy("id")
        .execute();
      return rows.map((row) => toMeasureResponse(json.read(row), ctx.caller));
    },
  },
};

const URGENCIES = ["routine", "raised", "high", "highest"] as const;

/** The most urgent of the stored flags by today's grades; null when the definitions cannot judge it. */
function urgencyOf(
  instrument: string,
  version: string,
  answers: (number | null)[],
  stored: readonly string[],
): OpenSafetyFlag["urgency"] {
  const def = getInstrument(instrument);
  if (!def || def.version !== version) return null;
  try {
    const raised = scoreResponse(instrument, answers).raisedFlags.filter((f) => stored.includes(f.id));
    const ranks = raised.map((f) => URGENCIES.indexOf(f.urgency));
    return ranks.length === 0 ? null : URGENCIES[Math.max(...ranks)]!;
  } catch {
    return null;
  }
}

async function clientResponses(ctx: ScopeContext, clientId: string): Promise<MeasureResponse[]> {
  await ctx.requireClient(clientId);
  const rows = await ctx.db
    .selectFrom("measureResponses")
    .selectAll()
    .where("practiceId", "=", ctx.caller.practiceId)
    .where("clientId", "=", clientId)
    .orderBy("date")
    .orderBy("createdAt")
    .orderBy("id")
    .execute();
  return rows.map((row) => toMeasureResponse(json.read(row), ctx.caller));
}

/** Responses of an instrument read at first for the brief: nearly always enough (see below). */
const LATEST_OF_INSTRUMENT = 4;

/**
 * What the brief scores: each instrument's latest response and, when it is complete, the
 * responses back to the complete one before it of the same version (the brief shows its change
 * from that one), in the store's order. Not every response: a client with 375 had the brief
 * read and score them all (3–6 ms) to show two scores.
 */
export async function latestResponsesOfEachInstrument(
  ctx: ScopeContext,
  clientId: string,
): Promise<MeasureResponse[]> {
  const ofClient = () =>
    ctx.db
      .selectFrom("measureResponses")
      .where("practiceId", "=", ctx.caller.practiceId)
      .where("clientId", "=", clientId);
  // Each instrument's newest few in one read: a round trip per instrument cost the brief of a
  // short process more on PostgreSQL than reading every response had.
  // The derived table hides the row type from Kysely: it is the table's row with its rank.
  const ranked = (await ctx.db
    .selectFrom(
      ofClient()
        .selectAll()
        .select((eb) =>
          eb.fn
            .agg<number>("row_number")
            .over((o) =>
              o
                .partitionBy("instrument")
                .orderBy("date", "desc")
                .orderBy("createdAt", "desc")
                .orderBy("id", "desc"),
            )
            .as("rank"),
        )
        .as("r"),
    )
    .selectAll()
    .where("rank", "<=", LATEST_OF_INSTRUMENT)
    .execute()) as Array<Selectable<MeasureResponsesTable> & { rank: number | string }>;
  const lists = await Promise.all(
    [...groupedBy(ranked, (r) => r.instrument)].map(async ([instrument, own]) => {
      const rows = own
        .map(({ rank: _rank, ...r }) =>
          toMeasureResponse(json.read(r as Selectable<MeasureResponsesTable>), ctx.caller),
        )
        .sort((a, b) => inStoreOrder(b, a));
      if (rows.length < LATEST_OF_INSTRUMENT || holdsItsPrevious(rows)) return rows;
      // The complete one before lies further back: all of this instrument's responses.
      const all = await ofClient()
        .selectAll()
        .where("instrument", "=", instrument)
        .orderBy("date", "desc")
        .orderBy("createdAt", "desc")
        .orderBy("id", "desc")
        .execute();
      return all.map((r) => toMeasureResponse(json.read(r), ctx.caller));
    }),
  );
  return lists.flat().sort(inStoreOrder);
}

/** Whether responses (newest first) hold the latest one's previous complete response, or it needs none. */
function holdsItsPrevious(responses: readonly MeasureResponse[]): boolean {
  // Complete as the timeline that scores them decides it (scoreStored): same version, a total.
  const total = (r: MeasureResponse) => scoreStored(r).score?.total ?? null;
  const [latest, ...earlier] = responses;
  if (!latest || total(latest) === null) return true;
  return earlier.some((r) => r.instrumentVersion === latest.instrumentVersion && total(r) !== null);
}

/** The order clientResponses reads in: date, then entry, then id. */
function inStoreOrder(a: MeasureResponse, b: MeasureResponse): number {
  const key = (r: MeasureResponse) => [r.date, r.createdAt, r.id] as const;
  const [x, y] = [key(a), key(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return 0;
}

/** A response row with its JSON columns parsed. */
type ResponseRow = ReadRow<Selectable<MeasureResponsesTable>, "answers" | "labels" | "flags">;

/** The three follow-up columns become one `followUp`, which a client login never sees. */
function toMeasureResponse(
  { followUpAt, followUpBy, followUpNote, ...row }: ResponseRow,
  caller: Caller,
): MeasureResponse {
  const followedUp = followUpAt !== null && followUpBy !== null;
  return {
    ...row,
    // The follow-up is the practitioner's clinical note; a client login does not see it.
    followUp:
      followedUp && caller.role !== "client"
        ? { at: followUpAt, byUserId: followUpBy, note: followUpNote ?? "" }
        : null,
  };
}
