// Sessions with their pieces. Numbers are given within the course (or within the client's
// sessions outside a course): next free number, made safe under concurrent inserts by a unique
// constraint and a retried transaction. A signed session is final.
import type { Selectable } from "kysely";
import { conflict, invalid, SessionInput, type Piece, type Session } from "../../domain";
import type { SessionsTable } from "../database";
import { jsonColumns, type ReadRow } from "../json-column";
import { parseInput } from "../parse-input";
import type { OperationsFor } from "./operation";
import { loadPieces, savePieces } from "./pieces";
import type { ScopeContext } from "./scope-context";
import { writeSearchDocument } from "./search-documents";

const audit = (action: "read" | "create" | "update" | "sign") => ({
  action,
  resourceType: "session" as const,
});
const json = jsonColumns("sessions", ["techniques"]);

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
        .where("practiceId", "=", ctx.caller.practiceId)
        .where("clientId", "=", clientId)
        .orderBy("date")
        .orderBy("createdAt")
        .orderBy("id")
        .execute();
      const pieces = await loadPieces(ctx, "sessionId", { clientId });
      return rows.map((row) => toSession(json.read(row), pieces.get(row.id) ?? []));
    },
  },

  getSession: {
    access: "staff",
    writes: false,
    audit: audit("read"),
    async run(ctx, sessionId) {
      const row = await ctx.requireOwned("sessions", sessionId, "session");
      return withPieces(ctx, json.read(row));
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
      const { pieces: pieceData, ...fields } = data;
      const numberingKey = data.courseId ?? "";
      const row: SessionRow = {
        ...ctx.newClientRecord(clientId),
        numberingKey,
        number: await nextNumber(ctx, clientId, numberingKey),
        practitionerId: ctx.caller.userId,
        ...fields,
        status: "draft",
        signedAt: null,
      };
      await ctx.db.insertInto("sessions").values(json.write(row)).execute();
      const pieces = await savePieces(ctx, { clientId, column: "sessionId", ownerId: row.id }, pieceData);
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
      const { pieces: pieceData, ...fields } = parseInput(SessionInput, input);
      await checkCourse(ctx, existing.clientId, fields.courseId);
      const numberingKey = fields.courseId ?? "";
      const row: SessionRow = {
        ...json.read(existing),
        ...fields,
        numberingKey,
        // Moved to another course (or out of one): it takes the next number there.
        number:
          numberingKey === existing.numberingKey
            ? existing.number
            : await nextNumber(ctx, existing.clientId, numberingKey),
        updatedAt: ctx.now(),
      };
      await updateDraft(ctx, row.id, json.write(row));
      const owner = { clientId: row.clientId, column: "sessionId", ownerId: row.id } as const;
      const pieces = await savePieces(ctx, owner, pieceData);
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
      const row = { ...json.read(existing), status: "signed" as const, signedAt: now, updatedAt: now };
      await updateDraft(ctx, row.id, { status: row.status, signedAt: now, updatedAt: now });
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

async function withPieces(ctx: ScopeContext, row: SessionRow): Promise<Session> {
  const pieces = await loadPieces(ctx, "sessionId", { ownerId: row.id });
  return toSession(row, pieces.get(row.id) ?? []);
}

async function nextNumber(ctx: ScopeContext, clientId: string, numberingKey: string): Promise<number> {
  const { highest } = await ctx.db
    .selectFrom("sessions")
    .select((eb) => eb.fn.max("number").as("highest"))
    .where("clientId", "=", clientId)
    .where("numberingKey", "=", numberingKey)
    .executeTakeFirstOrThrow();
  return Number(highest ?? 0) + 1;
}

async function checkCourse(ctx: ScopeContext, clientId: string, courseId: string | null) {
  if (courseId === null) return;
  const course = await ctx.db
    .selectFrom("courses")
    .select("id")
    .where("id", "=", courseId)
    .where("clientId", "=", clientId)
    .where("practiceId", "=", ctx.caller.practiceId)
    .executeTakeFirst();
  if (!course)
    throw invalid("the course is not valid", [
      { path: "courseId", message: "no such course for this client" },
    ]);
}

async function indexSession(ctx: ScopeContext, row: SessionRow, pieces: Piece[]) {
  await writeSearchDocument(ctx, {
    id: row.id,
    clientId: row.clientId,
    sessionId: row.id,
    reflectionId: null,
    date: row.date,
    parts: [row.narrative],
    pieces,
  });
}

/** A session row with its techniques parsed. */
type SessionRow = ReadRow<Selectable<SessionsTable>, "techniques">;

/** The numbering key is the store's own (see nextNumber); the session does not carry it. */
function toSession({ numberingKey: _key, ...row }: SessionRow, pieces: Piece[]): Session {
  return { ...row, pieces };
}
