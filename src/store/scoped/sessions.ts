// Sessions with their pieces. Numbers run per client across courses: the next free number,
// made safe under concurrent inserts by a unique constraint and a retried transaction (migration
// 005 renumbered older data in date order); a course's own sequence is derived on read. Every
// change raises `version`; an edit or a sign names the version it saw (versioned-write.ts), so
// what is signed is exactly what the signer saw. A signed session is final: later changes are
// amendments, kept beside the original.
import { sql, type ExpressionBuilder, type Selectable } from "kysely";
import {
  AmendmentInput,
  PageQuery,
  pageStart,
  assertAmendable,
  assertEditable,
  assertSignable,
  invalid,
  SessionCreate,
  SessionUpdate,
  type Amendment,
  type Piece,
  type Session,
} from "../../domain";
import type { Database, SessionsTable } from "../database";
import { jsonColumns, type ReadRow } from "../json-column";
import { newId } from "../new-id";
import { parseInput } from "../parse-input";
import type { OperationsFor } from "./operation";
import { loadPieces, savePieces } from "./pieces";
import type { ScopeContext } from "./scope-context";
import { writeSearchDocument } from "./search-documents";
import { requireVersion, staleVersion, writeAtVersion } from "./versioned-write";

const audit = (action: "read" | "create" | "update" | "sign") => ({
  action,
  resourceType: "session" as const,
});
const json = jsonColumns("sessions", ["techniques"]);
const amendmentJson = jsonColumns("sessionAmendments", ["changes"]);

export const sessionOperations: OperationsFor<
  | "listSessions"
  | "listSessionsPage"
  | "getSession"
  | "createSession"
  | "updateSession"
  | "signSession"
  | "amendSession"
> = {
  listSessions: {
    access: "staff",
    writes: false,
    audit: audit("read"),
    async run(ctx, clientId) {
      await ctx.requireClient(clientId);
      // A stretch at a time, after the last one read (so a session saved meanwhile is neither
      // missed nor read twice), letting other requests run between stretches: read at once, a
      // 3,000-session process (28 MB) held the event loop for 1.7-4.4 s.
      const out: Session[] = [];
      let after: Selectable<SessionsTable> | undefined;
      for (;;) {
        let next = ownSessions(ctx, clientId);
        if (after) {
          const { date, number, id } = after;
          next = next.where((eb) => eb(eb.refTuple("date", "number", "id"), ">", eb.tuple(date, number, id)));
        }
        const rows = await inProcessOrder(next.selectAll()).limit(STRETCH).execute();
        out.push(...(await withPiecesAndExtras(ctx, clientId, rows)));
        if (rows.length < STRETCH) return out;
        after = rows.at(-1)!;
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
  },

  listSessionsPage: {
    access: "staff",
    writes: false,
    audit: audit("read"),
    async run(ctx, clientId, query) {
      const page = parseInput(PageQuery, query ?? {});
      await ctx.requireClient(clientId);
      const { n } = await ownSessions(ctx, clientId)
        .select((eb) => eb.fn.countAll<number | string>().as("n"))
        .executeTakeFirstOrThrow();
      const total = Number(n);
      const offset = pageStart(total, page);
      // The page's ids from the sessions_client_order index (migration 012), then only their
      // rows: an offset walks index entries, not 3,000 whole session rows.
      const ids = (
        await inProcessOrder(ownSessions(ctx, clientId).select("id"))
          .limit(page.limit)
          .offset(offset)
          .execute()
      ).map((r) => r.id);
      const rows = ids.length
        ? await inProcessOrder(ownSessions(ctx, clientId).selectAll().where("id", "in", ids)).execute()
        : [];
      return { total, offset, items: await withPiecesAndExtras(ctx, clientId, rows) };
    },
  },

  getSession: {
    access: "staff",
    writes: false,
    audit: audit("read"),
    async run(ctx, sessionId) {
      const row = await ctx.requireOwned("sessions", sessionId, "session");
      return readSession(ctx, json.read(row));
    },
  },

  createSession: {
    access: "staff",
    writes: true,
    retryOnUniqueViolation: true,
    audit: audit("create"),
    async run(ctx, clientId, input) {
      const data = parseInput(SessionCreate, input);
      await ctx.requireClient(clientId);
      const { number, courseId, inCourse } = await numberAndCourse(ctx, clientId, data.courseId);
      const { pieces: pieceData, ...fields } = data;
      const row: SessionRow = {
        ...ctx.newClientRecord(clientId),
        numberingKey: "",
        number,
        practitionerId: ctx.caller.userId,
        ...fields,
        courseId,
        version: 1,
        status: "draft",
        signedAt: null,
        signedBy: null,
      };
      await ctx.db.insertInto("sessions").values(json.write(row)).execute();
      const owner = { clientId, column: "sessionId", ownerId: row.id } as const;
      const pieces = await savePieces(ctx, owner, pieceData, { fresh: true });
      await indexSession(ctx, row, pieces, { fresh: true });
      // The pieces just written are the ones to answer with, and nothing else needs reading: a
      // new draft has no signer and no amendments, and its number is the client's highest, so
      // it comes after every session of its course.
      return toSession(row, pieces, {
        userNames: new Map(),
        amendments: new Map(),
        courseNumberOf: () => (courseId === null ? null : inCourse + 1),
      });
    },
  },

  updateSession: {
    access: "staff",
    writes: true,
    audit: audit("update"),
    async run(ctx, sessionId, input) {
      const existing = await ctx.requireOwned("sessions", sessionId, "session");
      const { version, pieces: pieceData, ...fields } = parseInput(SessionUpdate, input);
      const sent = { ...fields, pieces: pieceData };
      const current = () => readSession(ctx, json.read(existing));
      await requireVersion(version, existing.version, sent, current);
      assertEditable(existing);
      await checkCourse(ctx, existing.clientId, fields.courseId);
      const row: SessionRow = {
        ...json.read(existing),
        ...fields,
        version: version + 1,
        updatedAt: ctx.now(),
      };
      // Only the columns that changed (and the version): a foreign key not written is not re-checked.
      const written = json.write(row) as Record<string, unknown>;
      const changes = Object.fromEntries(
        Object.entries(written).filter(
          ([column, value]) => column !== "id" && (existing as Record<string, unknown>)[column] !== value,
        ),
      ) as Partial<typeof existing>;
      if (!(await writeAtVersion(ctx, "sessions", row.id, version, changes)))
        throw await staleVersion(sent, () => reloadSession(ctx, row.id));
      const owner = { clientId: row.clientId, column: "sessionId", ownerId: row.id } as const;
      const pieces = await savePieces(ctx, owner, pieceData);
      await indexSession(ctx, row, pieces);
      // Only a draft is edited, and a draft has no amendments.
      const extras = await loadExtras(ctx, row.clientId, [row], { draft: true });
      return toSession(row, pieces, extras);
    },
  },

  signSession: {
    access: "staff",
    writes: true,
    audit: audit("sign"),
    async run(ctx, sessionId, version) {
      const existing = await ctx.requireOwned("sessions", sessionId, "session");
      const seen = version ?? existing.version;
      await requireVersion(seen, existing.version, {}, () => readSession(ctx, json.read(existing)));
      assertSignable(existing);
      const now = ctx.now();
      const changes = {
        status: "signed" as const,
        signedAt: now,
        signedBy: ctx.caller.userId,
        version: seen + 1,
        updatedAt: now,
      };
      // An edit that committed after our read raised the version: this matches no row then.
      if (!(await writeAtVersion(ctx, "sessions", sessionId, seen, changes)))
        throw await staleVersion({}, () => reloadSession(ctx, sessionId));
      return readSession(ctx, { ...json.read(existing), ...changes });
    },
  },

  amendSession: {
    access: "staff",
    writes: true,
    audit: audit("update"),
    async run(ctx, sessionId, input) {
      const existing = await ctx.requireOwned("sessions", sessionId, "session");
      const data = parseInput(AmendmentInput, input);
      await requireVersion(data.version, existing.version, {}, () => readSession(ctx, json.read(existing)));
      assertAmendable(existing);
      const now = ctx.now();
      if (
        !(await writeAtVersion(ctx, "sessions", sessionId, data.version, {
          version: data.version + 1,
          updatedAt: now,
        }))
      )
        throw await staleVersion({}, () => reloadSession(ctx, sessionId));
      await ctx.db
        .insertInto("sessionAmendments")
        .values(
          amendmentJson.write({
            id: newId(),
            practiceId: ctx.caller.practiceId,
            clientId: existing.clientId,
            sessionId,
            reason: data.reason,
            changes: data.changes,
            signedBy: ctx.caller.userId,
            signedAt: now,
          }),
        )
        .execute();
      const row = { ...json.read(existing), version: data.version + 1, updatedAt: now };
      const session = await readSession(ctx, row);
      await indexSession(ctx, { ...row, narrative: amendedText(session) }, session.pieces);
      return session;
    },
  },
};

/** The narrative as it reads after its amendments (for search), the original being kept. */
function amendedText(session: Session): string {
  const parts = [session.narrative];
  for (const a of session.amendments) if (a.changes.narrative !== undefined) parts.push(a.changes.narrative);
  return parts.join("\n");
}

async function reloadSession(ctx: ScopeContext, sessionId: string): Promise<Session> {
  const row = await ctx.requireOwned("sessions", sessionId, "session");
  return readSession(ctx, json.read(row));
}

async function readSession(ctx: ScopeContext, row: SessionRow): Promise<Session> {
  // Side by side: on PostgreSQL each is a round trip of its own (a session read was 7 in a row).
  const [pieces, extras] = await Promise.all([
    loadPieces(ctx, "sessionId", { ownerId: row.id }),
    loadExtras(ctx, row.clientId, [row]),
  ]);
  return toSession(row, pieces.get(row.id) ?? [], extras);
}

interface Extras {
  userNames: Map<string, string>;
  amendments: Map<string, Amendment[]>;
  /** The session's place in its course's sequence, from 1; null outside a course. */
  courseNumberOf(row: Pick<SessionRow, "courseId" | "number">): number | null;
}

/** Sessions read at once by listSessions, between which other requests may run. */
const STRETCH = 50;

function ownSessions(ctx: ScopeContext, clientId: string) {
  return ctx.db
    .selectFrom("sessions")
    .where("practiceId", "=", ctx.caller.practiceId)
    .where("clientId", "=", clientId);
}

/** Oldest first: by date, then number (the order of the sessions_client_order index). */
function inProcessOrder<Q extends { orderBy(column: "date" | "number" | "id"): Q }>(query: Q): Q {
  return query.orderBy("date").orderBy("number").orderBy("id");
}

/** Session rows as sessions: their pieces, signers, amendments and course numbers. */
async function withPiecesAndExtras(
  ctx: ScopeContext,
  clientId: string,
  rows: ReadonlyArray<Selectable<SessionsTable>>,
): Promise<Session[]> {
  if (rows.length === 0) return [];
  const [pieces, extras] = await Promise.all([
    loadPieces(ctx, "sessionId", { ownerIds: rows.map((r) => r.id) }),
    loadExtras(ctx, clientId, rows),
  ]);
  return rows.map((row) => toSession(json.read(row), pieces.get(row.id) ?? [], extras));
}

/** The columns of a session its extras are found from. */
type ExtrasOf = Pick<SessionRow, "id" | "courseId" | "number" | "signedBy">;

/**
 * Signers' names, amendments and course numbers for the sessions given (one, a page or a
 * stretch), whose own rows name their signers. `draft`: they are drafts, with no amendments.
 */
async function loadExtras(
  ctx: ScopeContext,
  clientId: string,
  sessions: readonly ExtrasOf[],
  options: { draft?: boolean } = {},
): Promise<Extras> {
  const practiceId = ctx.caller.practiceId;
  const [amendmentRows, numbered] = await Promise.all([
    options.draft
      ? []
      : ctx.db
          .selectFrom("sessionAmendments")
          .selectAll()
          .where("practiceId", "=", practiceId)
          .where("clientId", "=", clientId)
          .where(
            "sessionId",
            "in",
            sessions.map((x) => x.id),
          )
          .orderBy("signedAt")
          .orderBy("id")
          .execute(),
    courseNumbersOf(ctx, sessions),
  ]);
  const userIds = [
    ...new Set([
      ...amendmentRows.map((a) => a.signedBy),
      ...sessions.flatMap((s) => (s.signedBy ? [s.signedBy] : [])),
    ]),
  ];
  const users = userIds.length
    ? await ctx.db
        .selectFrom("users")
        .select(["id", "name"])
        .where("practiceId", "=", practiceId)
        .where("id", "in", userIds)
        .execute()
    : [];
  const userNames = new Map(users.map((u) => [u.id, u.name]));
  const amendments = new Map<string, Amendment[]>();
  for (const raw of amendmentRows) {
    const a = amendmentJson.read(raw);
    const list = amendments.get(a.sessionId) ?? [];
    list.push({
      id: a.id,
      reason: a.reason,
      changes: a.changes,
      signedBy: a.signedBy,
      signedByName: userNames.get(a.signedBy) ?? "",
      signedAt: a.signedAt,
    });
    amendments.set(a.sessionId, list);
  }
  return {
    userNames,
    amendments,
    courseNumberOf: (row) => (row.courseId ? (numbered.get(row.number) ?? null) : null),
  };
}

/**
 * Each given session's place in its course, by its number (numbers are the client's own): its
 * rank among the course's numbers up to the highest given, ranked inside the course's
 * (course_id, number) index (migration 020) and sent back for the given sessions only.
 */
async function courseNumbersOf(
  ctx: ScopeContext,
  sessions: readonly ExtrasOf[],
): Promise<Map<number, number>> {
  const inCourse = sessions.filter((x) => x.courseId !== null);
  if (inCourse.length === 0) return new Map();
  // A course is one client's (checked as sessions are written), so its sessions are too.
  const ranked = ctx.db
    .selectFrom("sessions")
    .select([
      "number",
      sql<number | string>`row_number() over (partition by course_id order by number)`.as("rank"),
    ])
    .where("courseId", "in", [...new Set(inCourse.map((x) => x.courseId!))])
    .where("number", "<=", Math.max(...inCourse.map((x) => x.number)));
  const rows = await ctx.db
    .selectFrom(ranked.as("r"))
    .select(["r.number", "r.rank"])
    .where(
      "r.number",
      "in",
      inCourse.map((x) => x.number),
    )
    .execute();
  return new Map(rows.map((r) => [Number(r.number), Number(r.rank)]));
}

/**
 * What a new session's number and course need, in one round trip (each is one on PostgreSQL):
 * the client's next free number, its course (the one named, which must be the client's, or else
 * the open one, the latest begun if several are open) and how many sessions that course holds.
 */
async function numberAndCourse(
  ctx: ScopeContext,
  clientId: string,
  named: string | null | undefined,
): Promise<{ number: number; courseId: string | null; inCourse: number }> {
  const practiceId = ctx.caller.practiceId;
  const courses = (eb: ExpressionBuilder<Database, never>) => {
    const own = eb
      .selectFrom("courses")
      .select("id")
      .where("practiceId", "=", practiceId)
      .where("clientId", "=", clientId);
    return named === undefined
      ? own.where("endDate", "is", null).orderBy("startDate", "desc").orderBy("id", "desc").limit(1)
      : own.where("id", "=", named ?? "");
  };
  const facts = await ctx.db
    .selectNoFrom((eb) => [
      eb
        .selectFrom("sessions")
        .select((e) => e.fn.max("number").as("n"))
        .where("clientId", "=", clientId)
        .as("highest"),
      courses(eb).as("courseId"),
      eb
        .selectFrom("sessions")
        .select((e) => e.fn.countAll().as("n"))
        .where("clientId", "=", clientId)
        .where("courseId", "=", courses(eb))
        .as("inCourse"),
    ])
    .executeTakeFirstOrThrow();
  const courseId = named === null ? null : (facts.courseId ?? null);
  if (named && courseId === null)
    throw invalid("the course is not valid", [
      { path: "courseId", message: "no such course for this client" },
    ]);
  return {
    number: Number(facts.highest ?? 0) + 1,
    courseId,
    inCourse: courseId === null ? 0 : Number(facts.inCourse ?? 0),
  };
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

async function indexSession(ctx: ScopeContext, row: SessionRow, pieces: Piece[], options = { fresh: false }) {
  const doc = {
    id: row.id,
    clientId: row.clientId,
    sessionId: row.id,
    reflectionId: null,
    date: row.date,
    parts: [row.narrative],
    pieces,
  };
  await writeSearchDocument(ctx, doc, options);
}

/** A session row with its techniques parsed. */
type SessionRow = ReadRow<Selectable<SessionsTable>, "techniques">;

/** The numbering key is the store's own (see numberAndCourse); the session does not carry it. */
function toSession({ numberingKey: _key, ...row }: SessionRow, pieces: Piece[], extras: Extras): Session {
  return {
    ...row,
    courseNumber: extras.courseNumberOf(row),
    signedByName: row.signedBy ? (extras.userNames.get(row.signedBy) ?? "") : null,
    amendments: extras.amendments.get(row.id) ?? [],
    pieces,
  };
}
