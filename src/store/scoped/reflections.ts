// Reflections a client writes between sessions. The client sees all their own; practitioners see
// only those the client shared, and only shared ones are searchable.
import type { Selectable } from "kysely";
import { ReflectionInput, type Piece, type Reflection } from "../../domain";
import type { ReflectionsTable } from "../database";
import { parseInput } from "../parse-input";
import type { OperationsFor } from "./operation";
import { loadPieces, savePieces } from "./pieces";
import { writeSearchDocument } from "./search-documents";

const audit = (action: "read" | "create") => ({ action, resourceType: "reflection" as const });

export const reflectionOperations: OperationsFor<"listReflections" | "createReflection"> = {
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
      if (row.shared) {
        await writeSearchDocument(ctx, {
          id: row.id,
          clientId,
          sessionId: null,
          reflectionId: row.id,
          date: row.date,
          parts: [row.text],
          pieces,
        });
      }
      return toReflection(row, pieces);
    },
  },
};

/** `shared` is the stored 0/1 of sharedWithPractitioner. */
function toReflection({ shared, ...row }: Selectable<ReflectionsTable>, pieces: Piece[]): Reflection {
  return { ...row, sharedWithPractitioner: shared === 1, pieces };
}
