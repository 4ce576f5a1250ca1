// Threads that join pieces across sessions. Which pieces a thread holds is derived from the
// piece_threads links (set on the pieces), never stored on the thread.
import type { Selectable } from "kysely";
import {
  groupedBy,
  invalid,
  ThreadFromPiecesInput,
  ThreadInput,
  ThreadPiecesInput,
  ThreadUpdate,
  type Thread,
} from "../../domain";
import type { ThreadsTable } from "../database";
import { parseInput } from "../parse-input";
import type { OperationsFor } from "./operation";
import { requireVersion, staleVersion, writeAtVersion } from "./versioned-write";
import { recordOpening, recordStatusChange } from "./thread-status-changes";
import type { ScopeContext } from "./scope-context";

const audit = (action: "read" | "create" | "update") => ({ action, resourceType: "thread" as const });

export const threadOperations: OperationsFor<
  | "listThreads"
  | "listThreadSummaries"
  | "createThread"
  | "updateThread"
  | "createThreadFromPieces"
  | "addPiecesToThread"
> = {
  listThreads: {
    access: "staff",
    writes: false,
    audit: audit("read"),
    async run(ctx, clientId) {
      const rows = await threadRowsOf(ctx, clientId);
      const pieceIds = await linkedPieceIds(
        ctx,
        rows.map((r) => r.id),
      );
      return rows.map((row) => ({ ...row, pieceIds: pieceIds.get(row.id) ?? [] }));
    },
  },

  // Issue 16: at 3,000 sessions the links made the list 176 KB and 41 ms for the session form,
  // which only offers the threads to choose from.
  listThreadSummaries: {
    access: "staff",
    writes: false,
    audit: audit("read"),
    run: threadRowsOf,
  },

  createThread: {
    access: "staff",
    writes: true,
    audit: audit("create"),
    async run(ctx, clientId, input) {
      const data = parseInput(ThreadInput, input);
      await ctx.requireClient(clientId);
      const row: Selectable<ThreadsTable> = { ...ctx.newClientRecord(clientId), ...data, version: 1 };
      await ctx.db.insertInto("threads").values(row).execute();
      await recordOpening(ctx, row);
      return { ...row, pieceIds: [] };
    },
  },

  updateThread: {
    access: "staff",
    writes: true,
    audit: audit("update"),
    async run(ctx, threadId, input) {
      const existing = await ctx.requireOwned("threads", threadId, "thread");
      const { version, statusSessionId, statusDate, statusNote, ...fields } = parseInput(ThreadUpdate, input);
      if (statusSessionId && statusDate)
        throw invalid("a change applies from a session or a date, not both", [
          { path: "statusDate", message: "choose a session or a date, not both" },
        ]);
      await requireVersion(version, existing.version, fields, async () => ({
        ...existing,
        pieceIds: (await linkedPieceIds(ctx, [existing.id])).get(existing.id) ?? [],
      }));
      const changesStatus = fields.status !== existing.status;
      if (!changesStatus && (statusSessionId || statusDate || statusNote))
        throw invalid("the session, date and note go with a change of status", [
          { path: "status", message: "the status is the same as before" },
        ]);
      const row = { ...existing, ...fields, version: version + 1, updatedAt: ctx.now() };
      if (!(await writeAtVersion(ctx, "threads", threadId, version, row)))
        throw await staleVersion(fields, async () => {
          const now = await ctx.requireOwned("threads", threadId, "thread");
          return { ...now, pieceIds: (await linkedPieceIds(ctx, [now.id])).get(now.id) ?? [] };
        });
      if (changesStatus) {
        const from = { sessionId: statusSessionId, date: statusDate };
        await recordStatusChange(ctx, row, {
          status: fields.status,
          from,
          note: statusNote,
          at: row.updatedAt,
        });
      }
      return { ...row, pieceIds: (await linkedPieceIds(ctx, [row.id])).get(row.id) ?? [] };
    },
  },

  // The workspace (issue 11): pieces chosen in the mosaic. Pieces of signed sessions may be linked
  // as well: a thread is the practitioner's interpretation laid over the record, kept in
  // piece_threads, and never changes the signed note's text or its pieces' fields.
  createThreadFromPieces: {
    access: "staff",
    writes: true,
    audit: audit("create"),
    async run(ctx, clientId, input) {
      const { pieceIds, ...data } = parseInput(ThreadFromPiecesInput, input);
      await ctx.requireClient(clientId);
      await requireVisiblePieces(ctx, clientId, pieceIds);
      const row: Selectable<ThreadsTable> = { ...ctx.newClientRecord(clientId), ...data, version: 1 };
      await ctx.db.insertInto("threads").values(row).execute();
      await linkPieces(ctx, row.id, pieceIds);
      await recordOpening(ctx, row);
      return withPieces(ctx, row);
    },
  },

  addPiecesToThread: {
    access: "staff",
    writes: true,
    audit: audit("update"),
    async run(ctx, threadId, input) {
      const { pieceIds } = parseInput(ThreadPiecesInput, input);
      const thread = await ctx.requireOwned("threads", threadId, "thread");
      await requireVisiblePieces(ctx, thread.clientId, pieceIds);
      await linkPieces(ctx, thread.id, pieceIds);
      return withPieces(ctx, thread);
    },
  },
};

async function withPieces(ctx: ScopeContext, row: Selectable<ThreadsTable>): Promise<Thread> {
  return { ...row, pieceIds: (await linkedPieceIds(ctx, [row.id])).get(row.id) ?? [] };
}

/**
 * Every id must be a piece of this client that staff may see: a session's, or a shared
 * reflection's (a private one behaves as if it did not exist). Invalid at `pieceIds.N` otherwise.
 */
async function requireVisiblePieces(ctx: ScopeContext, clientId: string, pieceIds: string[]) {
  const found = new Set<string>();
  for (let i = 0; i < pieceIds.length; i += 200) {
    const rows = await ctx.db
      .selectFrom("pieces")
      .leftJoin("reflections", "reflections.id", "pieces.reflectionId")
      .select("pieces.id")
      .where("pieces.practiceId", "=", ctx.caller.practiceId)
      .where("pieces.clientId", "=", clientId)
      .where("pieces.id", "in", pieceIds.slice(i, i + 200))
      .where((eb) => eb.or([eb("pieces.reflectionId", "is", null), eb("reflections.shared", "=", 1)]))
      .execute();
    for (const r of rows) found.add(r.id);
  }
  const problems = pieceIds.flatMap((id, i) =>
    found.has(id) ? [] : [{ path: `pieceIds.${i}`, message: "no such piece for this client" }],
  );
  if (problems.length) throw invalid("some pieces are not this client's", problems);
}

/** Adds the links the thread lacks; existing ones stay untouched. */
async function linkPieces(ctx: ScopeContext, threadId: string, pieceIds: string[]) {
  const has = new Set(
    (
      await ctx.db.selectFrom("pieceThreads").select("pieceId").where("threadId", "=", threadId).execute()
    ).map((r) => r.pieceId),
  );
  const rows = pieceIds.filter((id) => !has.has(id)).map((pieceId) => ({ pieceId, threadId }));
  for (let i = 0; i < rows.length; i += 200)
    await ctx.db
      .insertInto("pieceThreads")
      .values(rows.slice(i, i + 200))
      .execute();
}

/** The client's threads, their own rows in id order. */
async function threadRowsOf(ctx: ScopeContext, clientId: string): Promise<Selectable<ThreadsTable>[]> {
  await ctx.requireClient(clientId);
  return ctx.db.selectFrom("threads").selectAll().where("clientId", "=", clientId).orderBy("id").execute();
}

/** Each thread's linked pieces in id order; pieces of a reflection the client kept private are left out. */
async function linkedPieceIds(ctx: ScopeContext, threadIds: string[]): Promise<Map<string, string[]>> {
  if (threadIds.length === 0) return new Map();
  const links = await ctx.db
    .selectFrom("pieceThreads")
    .innerJoin("pieces", "pieces.id", "pieceThreads.pieceId")
    .leftJoin("reflections", "reflections.id", "pieces.reflectionId")
    .select(["pieceThreads.threadId", "pieceThreads.pieceId"])
    .where("pieces.practiceId", "=", ctx.caller.practiceId)
    .where("pieceThreads.threadId", "in", threadIds)
    .where((eb) => eb.or([eb("pieces.reflectionId", "is", null), eb("reflections.shared", "=", 1)]))
    .orderBy("pieceThreads.pieceId")
    .execute();
  return new Map(
    [...groupedBy(links, (l) => l.threadId)].map(([id, own]) => [id, own.map((l) => l.pieceId)]),
  );
}
