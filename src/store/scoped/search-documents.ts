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

export async function writeSearchDocument(ctx: ScopeContext, doc: SearchDocument): Promise<void> {
  await ctx.db.deleteFrom("searchDocuments").where("id", "=", doc.id).execute();
  const body = [...doc.parts, ...doc.pieces.map((p) => p.text)].filter((t) => t.trim() !== "").join("\n\n");
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
