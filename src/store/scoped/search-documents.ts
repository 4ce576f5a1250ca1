// Keeps search_documents in step with what is searchable: one document per session (narrative
// and piece texts) and one per shared reflection. Each dialect indexes the table its own way.
import type { Piece } from "../../domain";
import type { ScopeContext } from "./scope-context";

export interface SearchDocument {
  id: string;
  clientId: string;
  sessionId: string | null;
  reflectionId: string | null;
  date: string;
  parts: string[];
  pieces: Piece[];
}

/** `fresh`: the record was just created, so it has no document yet. */
export async function writeSearchDocument(
  ctx: ScopeContext,
  doc: SearchDocument,
  options: { fresh?: boolean } = {},
): Promise<void> {
  const body = [...doc.parts, ...doc.pieces.map((p) => p.text)].filter((t) => t.trim() !== "").join("\n\n");
  const stored = options.fresh
    ? undefined
    : await ctx.db
        .selectFrom("searchDocuments")
        .select(["body", "date", "clientId"])
        .where("id", "=", doc.id)
        .executeTakeFirst();
  // An edit that leaves the text as it was (a date, a duration, a piece's regions) does not
  // re-index it: the full-text index is the costly part of a save.
  if (stored && stored.body === body && stored.date === doc.date && stored.clientId === doc.clientId) return;
  if (stored) await ctx.db.deleteFrom("searchDocuments").where("id", "=", doc.id).execute();
  if (body === "") return;
  await ctx.db
    .insertInto("searchDocuments")
    .values({
      id: doc.id,
      practiceId: ctx.caller.practiceId,
      clientId: doc.clientId,
      sessionId: doc.sessionId,
      reflectionId: doc.reflectionId,
      date: doc.date,
      body,
    })
    .execute();
}
