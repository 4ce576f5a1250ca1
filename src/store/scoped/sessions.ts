// Sessions with their pieces. Numbers are given within the course (or within the client's
// sessions outside a course): next free number, made safe under concurrent inserts by a unique
// constraint and a retried transaction. A signed session is final.
import type { Selectable } from "kysely";
import { conflict, invalid, SessionInput, type Piece, type Session } from "../../domain";
import type { SessionsTable } from "../database";
import { fromJsonColumn, toJsonColumn } from "../json-column";
import { parseInput } from "../parse-input";
import type { OperationsFor } from "./operation";
import { loadPieces, savePieces } from "./pieces";
import type { ScopeContext } from "./scope-context";
import { writeSearchDocument } from "./search-documents";

const audit = (action: "read" | "create" | "update" | "sign") => ({ action, resourceType: "session" });

export const sessionOperations: OperationsFor<
  "listSessions" | "getSession" | "createSession" | "updateSession" | "signSession"
> = {
  listSessions: {
    access: "staff",
    writes: false,
    audit: audit("read"),
    async run(ctx, clientId) {
      await ctx.requireClient(clientId);
      const rows = await ctx.db
        .selectFrom("sessions")
        .selectAll()
        .where("practice_id", "=", ctx.caller.practiceId)
        .where("client_id", "=", clientId)
        .orderBy("date")
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      const pieces = await loadPieces(ctx, "session_id", { clientId });
      return rows.map((row) => toSession(row, pieces.get(row.id) ?? []));
    },
  },

  getSession: {
    access: "staff",
    writes: false,
    audit: audit("read"),
    async run(ctx, sessionId) {
      const row = await ctx.requireOwned("sessions", sessionId, "session");
      return withPieces(ctx, row);
    },
  },

  createSession: {
    access: "staff",
    writes: true,
    retryOnUniqueViolation: true,
    audit: audit("create"),
    async run(ctx, clientId, input) {
      const data = parseInput(SessionInput, input);
      await ctx.requireClient(clientId);
      await checkCourse(ctx, clientId, data.courseId);
      const numberingKey = data.courseId ?? "";
      const row: Selectable<SessionsTable> = {
        ...ctx.newClientRecord(clientId),
        numbering_key: numberingKey,
        number: await nextNumber(ctx, clientId, numberingKey),
        practitioner_id: ctx.caller.userId,
        ...sessionColumns(data),
        status: "draft",
        signed_at: null,
      };
      await ctx.db.insertInto("sessions").values(row).execute();
      const pieces = await savePieces(ctx, { clientId, column: "session_id", ownerId: row.id }, data.pieces);
      await indexSession(ctx, row, pieces);
      return toSession(row, pieces);
    },
  },

  updateSession: {
    access: "staff",
    writes: true,
    retryOnUniqueViolation: true,
    audit: audit("update"),
    async run(ctx, sessionId, input) {
      const existing = await ctx.requireOwned("sessions", sessionId, "session");
      if (existing.status === "signed") throw conflict("a signed session cannot be changed");
      const data = parseInput(SessionInput, input);
      await checkCourse(ctx, existing.client_id, data.courseId);
      const numberingKey = data.courseId ?? "";
      const row: Selectable<SessionsTable> = {
        ...existing,
        ...sessionColumns(data),
        numbering_key: numberingKey,
        // Moved to another course (or out of one): it takes the next number there.
        number:
          numberingKey === existing.numbering_key
            ? existing.number
            : await nextNumber(ctx, existing.client_id, numberingKey),
        updated_at: ctx.now(),
      };
      await updateDraft(ctx, row.id, row);
      const owner = { clientId: row.client_id, column: "session_id", ownerId: row.id } as const;
      const pieces = await savePieces(ctx, owner, data.pieces);
      await indexSession(ctx, row, pieces);
      return toSession(row, pieces);
    },
  },

  signSession: {
    access: "staff",
    writes: true,
    audit: audit("sign"),
    async run(ctx, sessionId) {
      const existing = await ctx.requireOwned("sessions", sessionId, "session");
      if (existing.status === "signed") throw conflict("the session is already signed");
      const now = ctx.now();
      const row = { ...existing, status: "signed" as const, signed_at: now, updated_at: now };
      await updateDraft(ctx, row.id, { status: row.status, signed_at: now, updated_at: now });
      return withPieces(ctx, row);
    },
  },
};

/** Writes only while the session is still a draft, so a concurrent signing wins cleanly. */
async function updateDraft(
  ctx: ScopeContext,
  sessionId: string,
  changes: Partial<Selectable<SessionsTable>>,
) {
  const result = await ctx.db
    .updateTable("sessions")
    .set(changes)
    .where("id", "=", sessionId)
    .where("status", "=", "draft")
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw conflict("a signed session cannot be changed");
}

async function withPieces(ctx: ScopeContext, row: Selectable<SessionsTable>): Promise<Session> {
  const pieces = await loadPieces(ctx, "session_id", { ownerId: row.id });
  return toSession(row, pieces.get(row.id) ?? []);
}

async function nextNumber(ctx: ScopeContext, clientId: string, numberingKey: string): Promise<number> {
  const { highest } = await ctx.db
    .selectFrom("sessions")
    .select((eb) => eb.fn.max("number").as("highest"))
    .where("client_id", "=", clientId)
    .where("numbering_key", "=", numberingKey)
    .executeTakeFirstOrThrow();
  return Number(highest ?? 0) + 1;
}

async function checkCourse(ctx: ScopeContext, clientId: string, courseId: string | null) {
  if (courseId === null) return;
  const course = await ctx.db
    .selectFrom("courses")
    .select("id")
    .where("id", "=", courseId)
    .where("client_id", "=", clientId)
    .where("practice_id", "=", ctx.caller.practiceId)
    .executeTakeFirst();
  if (!course)
    throw invalid("the course is not valid", [
      { path: "courseId", message: "no such course for this client" },
    ]);
}

async function indexSession(ctx: ScopeContext, row: Selectable<SessionsTable>, pieces: Piece[]) {
  await writeSearchDocument(ctx, {
    id: row.id,
    clientId: row.client_id,
    sessionId: row.id,
    reflectionId: null,
    date: row.date,
    parts: [row.narrative],
    pieces,
  });
}

function sessionColumns(data: ReturnType<typeof SessionInput.parse>) {
  return {
    course_id: data.courseId,
    date: data.date,
    duration_minutes: data.durationMinutes,
    check_in: data.checkIn,
    techniques: toJsonColumn(data.techniques),
    narrative: data.narrative,
    insights: data.insights,
    integration: data.integration,
  };
}

function toSession(row: Selectable<SessionsTable>, pieces: Piece[]): Session {
  return {
    id: row.id,
    practiceId: row.practice_id,
    clientId: row.client_id,
    courseId: row.course_id,
    number: row.number,
    date: row.date,
    durationMinutes: row.duration_minutes,
    practitionerId: row.practitioner_id,
    checkIn: row.check_in,
    techniques: fromJsonColumn(row.techniques),
    narrative: row.narrative,
    insights: row.insights,
    integration: row.integration,
    status: row.status,
    signedAt: row.signed_at,
    pieces,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
