// Threads that join pieces across sessions. Which pieces a thread holds is derived from the
// piece_threads links (set on the pieces), never stored on the thread.
import type { Selectable } from "kysely";
import { ThreadInput, ThreadUpdate } from "../../domain";
import type { ThreadsTable } from "../database";
import { parseInput } from "../parse-input";
import type { OperationsFor } from "./operation";
import { requireVersion, staleVersion, writeAtVersion } from "./versioned-write";
import type { ScopeContext } from "./scope-context";

const audit = (action: "read" | "create" | "update") => ({ action, resourceType: "thread" as const });

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
        .where("clientId", "=", clientId)
        .orderBy("id")
        .execute();
      const pieceIds = await linkedPieceIds(
        ctx,
        rows.map((r) => r.id),
      );
      return rows.map((row) => ({ ...row, pieceIds: pieceIds.get(row.id) ?? [] }));
    },
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
      return { ...row, pieceIds: [] };
    },
  },

  updateThread: {
    access: "staff",
    writes: true,
    audit: audit("update"),
    async run(ctx, threadId, input) {
      const existing = await ctx.requireOwned("threads", threadId, "thread");
      const { version, ...fields } = parseInput(ThreadUpdate, input);
      await requireVersion(version, existing.version, fields, async () => ({
        ...existing,
        pieceIds: (await linkedPieceIds(ctx, [existing.id])).get(existing.id) ?? [],
      }));
      const row = { ...existing, ...fields, version: version + 1, updatedAt: ctx.now() };
      if (!(await writeAtVersion(ctx, "threads", threadId, version, row)))
        throw await staleVersion(fields, async () => {
          const now = await ctx.requireOwned("threads", threadId, "thread");
          return { ...now, pieceIds: (await linkedPieceIds(ctx, [now.id])).get(now.id) ?? [] };
        });
      return { ...row, pieceIds: (await linkedPieceIds(ctx, [row.id])).get(row.id) ?? [] };
    },
  },
};

/** Linked pieces in creation order; pieces of a reflection the client kept private are left out. */
async function linkedPieceIds(ctx: ScopeContext, threadIds: string[]): Promise<Map<string, string[]>> {
  const byThread = new Map<string, string[]>();
  if (threadIds.length === 0) return byThread;
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
  for (const l of links) byThread.set(l.threadId, [...(byThread.get(l.threadId) ?? []), l.pieceId]);
  return byThread;
}
