// Reflections a client writes between sessions. The client sees all their own; practitioners see
// only those the client shared, and only shared ones are searchable.
import type { Selectable } from "kysely";
import {
  conflict,
  forbidden,
  notFound,
  ReflectionInput,
  ReflectionUpdate,
  type Piece,
  type Reflection,
} from "../../domain";
import type { ReflectionsTable } from "../database";
import { parseInput } from "../parse-input";
import type { OperationsFor } from "./operation";
import type { ScopeContext } from "./scope-context";
import { loadPieces, savePieces } from "./pieces";
import { writeSearchDocument } from "./search-documents";

const audit = (action: "read" | "create" | "update") => ({ action, resourceType: "reflection" as const });

export const reflectionOperations: OperationsFor<
  "listReflections" | "createReflection" | "updateReflection" | "listSharedReflectionsSince"
> = {
  listReflections: {
    access: "staff-or-own-client",
    writes: false,
    audit: audit("read"),
    async run(ctx, clientId) {
      await ctx.requireClient(clientId);
      let query = ctx.db
        .selectFrom("reflections")
        .selectAll()
        .where("practiceId", "=", ctx.caller.practiceId)
        .where("clientId", "=", clientId);
      if (ctx.caller.role !== "client") query = query.where("shared", "=", 1);
      const rows = await query.orderBy("date").orderBy("createdAt").orderBy("id").execute();
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
};

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

/** `shared` is the stored 0/1 of sharedWithPractitioner. */
function toReflection({ shared, ...row }: Selectable<ReflectionsTable>, pieces: Piece[]): Reflection {
  return { ...row, sharedWithPractitioner: shared === 1, pieces };
}
