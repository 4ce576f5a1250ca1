// Reflections a client writes between sessions. The client sees all their own; practitioners see
// only those the client shared, and only shared ones are searchable.
import type { Selectable } from "kysely";
import {
  conflict,
  forbidden,
  notFound,
  ReflectionInput,
  ReflectionsReadInput,
  ReflectionUpdate,
  shortenWords,
  type Piece,
  type Reflection,
  type UnreadReflection,
} from "../../domain";
import type { ReflectionsTable } from "../database";
import { parseInput } from "../parse-input";
import type { OperationsFor } from "./operation";
import type { ScopeContext } from "./scope-context";
import { loadPieces, savePieces } from "./pieces";
import { writeSearchDocument } from "./search-documents";

const audit = (action: "read" | "create" | "update") => ({ action, resourceType: "reflection" as const });

export const reflectionOperations: OperationsFor<
  | "listReflections"
  | "createReflection"
  | "updateReflection"
  | "listSharedReflectionsSince"
  | "listUnreadReflections"
  | "markReflectionsRead"
> = {
  listReflections: {
    access: "staff-or-own-client",
    writes: false,
    audit: audit("read"),
    async run(ctx, clientId) {
      await ctx.requireClient(clientId);
      const rows = await inWrittenOrder(visibleReflections(ctx, clientId).selectAll()).execute();
      const pieces = await loadPieces(ctx, "reflectionId", { clientId });
      return rows.map((row) => toReflection(row, pieces.get(row.id) ?? []));
    },
  },

  createReflection: {
    access: "staff-or-own-client",
    writes: true,
    audit: audit("create"),
    async run(ctx, clientId, input) {
      const data = parseInput(ReflectionInput, input);
      await ctx.requireClient(clientId);
      const row: Selectable<ReflectionsTable> = {
        ...ctx.newClientRecord(clientId),
        authorId: ctx.caller.userId,
        date: data.date,
        text: data.text,
        shared: data.sharedWithPractitioner ? 1 : 0,
      };
      await ctx.db.insertInto("reflections").values(row).execute();
      const pieces = await savePieces(
        ctx,
        { clientId, column: "reflectionId", ownerId: row.id },
        data.pieces,
      );
      if (row.shared) await indexShared(ctx, row, pieces);
      return toReflection(row, pieces);
    },
  },

  updateReflection: {
    // Listed for own-client so a client reaches it; staff are refused below (the words are the client's).
    access: "staff-or-own-client",
    writes: true,
    audit: audit("update"),
    async run(ctx, clientId, reflectionId, input) {
      const existing = await ctx.requireOwned("reflections", reflectionId, "reflection");
      if (existing.clientId !== clientId) throw notFound("reflection");
      // The words are the client's: staff never change them (and never see the private ones).
      if (ctx.caller.role !== "client") throw forbidden("only the client may change their reflection");
      if (existing.shared === 1) throw conflict("a shared reflection can no longer be changed");
      const data = parseInput(ReflectionUpdate, input);
      const row: Selectable<ReflectionsTable> = {
        ...existing,
        date: data.date,
        text: data.text,
        shared: data.sharedWithPractitioner ? 1 : 0,
        updatedAt: ctx.now(),
      };
      const { id: _id, ...changes } = row;
      await ctx.db.updateTable("reflections").set(changes).where("id", "=", reflectionId).execute();
      const pieces = await savePieces(
        ctx,
        { clientId, column: "reflectionId", ownerId: row.id },
        data.pieces,
      );
      if (row.shared) await indexShared(ctx, row, pieces);
      return toReflection(row, pieces);
    },
  },

  listSharedReflectionsSince: {
    access: "staff",
    writes: false,
    audit: audit("read"),
    async run(ctx, clientId, since) {
      await ctx.requireClient(clientId);
      const rows = await ctx.db
        .selectFrom("reflections")
        .selectAll()
        .where("practiceId", "=", ctx.caller.practiceId)
        .where("clientId", "=", clientId)
        .where("shared", "=", 1)
        .where("date", ">=", since)
        .orderBy("date")
        .orderBy("createdAt")
        .orderBy("id")
        .execute();
      const pieces = await loadPieces(ctx, "reflectionId", { clientId });
      return rows.map((row) => toReflection(row, pieces.get(row.id) ?? []));
    },
  },

  // The workspace (issue 11): a reflection the client shared is unread for each staff member until
  // they open it (a marker per person in reflection_reads, migration 010).
  listUnreadReflections: {
    access: "staff",
    writes: false,
    audit: audit("read"),
    async run(ctx): Promise<UnreadReflection[]> {
      let query = ctx.db
        .selectFrom("reflections")
        .innerJoin("clients", "clients.id", "reflections.clientId")
        .leftJoin("reflectionReads", (join) =>
          join
            .onRef("reflectionReads.reflectionId", "=", "reflections.id")
            .on("reflectionReads.userId", "=", ctx.caller.userId),
        )
        .select([
          "reflections.id",
          "reflections.clientId",
          "clients.name as clientName",
          "reflections.date",
          "reflections.text",
        ])
        .where("reflections.practiceId", "=", ctx.caller.practiceId)
        .where("reflections.shared", "=", 1)
        .where("clients.status", "!=", "archived")
        .where("reflectionReads.userId", "is", null);
      if (ctx.limitedToCareTeam) query = query.where("reflections.clientId", "in", ctx.careTeamClientIds());
      const rows = await query
        .orderBy("reflections.date", "desc")
        .orderBy("reflections.createdAt", "desc")
        .orderBy("reflections.id")
        .limit(UNREAD_LIMIT)
        .execute();
      return rows.map(({ text, ...r }) => ({ ...r, excerpt: shortenWords(text, 160) }));
    },
  },

  markReflectionsRead: {
    access: "staff",
    writes: true,
    audit: { ...audit("read"), resourceId: () => null },
    async run(ctx, clientId, input) {
      const { reflectionIds } = parseInput(ReflectionsReadInput, input);
      await ctx.requireClient(clientId);
      if (reflectionIds.length === 0) return { marked: 0, reflectionIds: [] };
      const ids = [...new Set(reflectionIds)];
      // Only the client's shared reflections the caller has not marked yet; others are ignored.
      const fresh = await ctx.db
        .selectFrom("reflections")
        .leftJoin("reflectionReads", (join) =>
          join
            .onRef("reflectionReads.reflectionId", "=", "reflections.id")
            .on("reflectionReads.userId", "=", ctx.caller.userId),
        )
        .select("reflections.id")
        .where("reflections.practiceId", "=", ctx.caller.practiceId)
        .where("reflections.clientId", "=", clientId)
        .where("reflections.shared", "=", 1)
        .where("reflections.id", "in", ids)
        .where("reflectionReads.userId", "is", null)
        .execute();
      const readAt = ctx.now();
      const rows = fresh.map((r) => ({
        userId: ctx.caller.userId,
        reflectionId: r.id,
        practiceId: ctx.caller.practiceId,
        clientId,
        readAt,
      }));
      for (let i = 0; i < rows.length; i += 200)
        await ctx.db
          .insertInto("reflectionReads")
          .values(rows.slice(i, i + 200))
          .execute();
      return { marked: rows.length, reflectionIds: rows.map((r) => r.reflectionId) };
    },
  },
};

/** Home shows the newest few; the rest wait on the client's own page. */
const UNREAD_LIMIT = 50;

/** Only shared reflections are searchable. */
function indexShared(ctx: ScopeContext, row: Selectable<ReflectionsTable>, pieces: Piece[]) {
  return writeSearchDocument(ctx, {
    id: row.id,
    clientId: row.clientId,
    sessionId: null,
    reflectionId: row.id,
    date: row.date,
    parts: [row.text],
    pieces,
  });
}

/** The client's reflections the caller may see: staff only those shared with them. */
export function visibleReflections(ctx: ScopeContext, clientId: string) {
  const query = ctx.db
    .selectFrom("reflections")
    .where("practiceId", "=", ctx.caller.practiceId)
    .where("clientId", "=", clientId);
  return ctx.caller.role === "client" ? query : query.where("shared", "=", 1);
}

/** In the order written: date, then creation, then id (the order every list of them keeps). */
export function inWrittenOrder<Q extends { orderBy(column: "date" | "createdAt" | "id"): Q }>(query: Q): Q {
  return query.orderBy("date").orderBy("createdAt").orderBy("id");
}

/** `shared` is the stored 0/1 of sharedWithPractitioner. */
export function toReflection({ shared, ...row }: Selectable<ReflectionsTable>, pieces: Piece[]): Reflection {
  return { ...row, sharedWithPractitioner: shared === 1, pieces };
}
