// Threads that join pieces across sessions. Which pieces a thread holds is derived from the
// piece_threads links (set on the pieces), never stored on the thread.
import type { Selectable } from "kysely";
import { ThreadInput, type Thread } from "../../domain";
import type { ThreadsTable } from "../database";
import { parseInput } from "../parse-input";
import type { OperationsFor } from "./operation";
import type { ScopeContext } from "./scope-context";

const audit = (action: "read" | "create" | "update") => ({ action, resourceType: "thread" });

export const threadOperations: OperationsFor<"listThreads" | "createThread" | "updateThread"> = {
  listThreads: {
    access: "staff",
    writes: false,
    audit: audit("read"),
    async run(ctx, clientId) {
      await ctx.requireClient(clientId);
      const rows = await ctx.db
        .selectFrom("threads")
        .selectAll()
        .where("client_id", "=", clientId)
        .orderBy("id")
        .execute();
      const pieceIds = await linkedPieceIds(
        ctx,
        rows.map((r) => r.id),
      );
      return rows.map((row) => toThread(row, pieceIds.get(row.id) ?? []));
    },
  },

  createThread: {
    access: "staff",
    writes: true,
    audit: audit("create"),
    async run(ctx, clientId, input) {
      const data = parseInput(ThreadInput, input);
      await ctx.requireClient(clientId);
      const row: Selectable<ThreadsTable> = {
        ...ctx.newClientRecord(clientId),
        ...data,
      };
      await ctx.db.insertInto("threads").values(row).execute();
      return toThread(row, []);
    },
  },

  updateThread: {
    access: "staff",
    writes: true,
    audit: audit("update"),
    async run(ctx, threadId, input) {
      const existing = await ctx.requireOwned("threads", threadId, "thread");
      const row = { ...existing, ...parseInput(ThreadInput, input), updated_at: ctx.now() };
      await ctx.db.updateTable("threads").set(row).where("id", "=", row.id).execute();
      return toThread(row, (await linkedPieceIds(ctx, [row.id])).get(row.id) ?? []);
    },
  },
};

/** Linked pieces in creation order; pieces of a reflection the client kept private are left out. */
async function linkedPieceIds(ctx: ScopeContext, threadIds: string[]): Promise<Map<string, string[]>> {
  const byThread = new Map<string, string[]>();
  if (threadIds.length === 0) return byThread;
  const links = await ctx.db
    .selectFrom("piece_threads")
    .innerJoin("pieces", "pieces.id", "piece_threads.piece_id")
    .leftJoin("reflections", "reflections.id", "pieces.reflection_id")
    .select(["piece_threads.thread_id", "piece_threads.piece_id"])
    .where("pieces.practice_id", "=", ctx.caller.practiceId)
    .where("piece_threads.thread_id", "in", threadIds)
    .where((eb) => eb.or([eb("pieces.reflection_id", "is", null), eb("reflections.shared", "=", 1)]))
    .orderBy("piece_threads.piece_id")
    .execute();
  for (const l of links) byThread.set(l.thread_id, [...(byThread.get(l.thread_id) ?? []), l.piece_id]);
  return byThread;
}

function toThread(row: Selectable<ThreadsTable>, pieceIds: string[]): Thread {
  return {
    id: row.id,
    practiceId: row.practice_id,
    clientId: row.client_id,
    name: row.name,
    description: row.description,
    status: row.status,
    pieceIds,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
