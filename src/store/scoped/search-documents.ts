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
  if (body === "") {
    if (!options.fresh) await ctx.db.deleteFrom("searchDocuments").where("id", "=", doc.id).execute();
    return;
  }
  const values = {
    id: doc.id,
    practiceId: ctx.caller.practiceId,
    clientId: doc.clientId,
    sessionId: doc.sessionId,
    reflectionId: doc.reflectionId,
    date: doc.date,
    body,
  };
  // One statement either way (a read, a delete and an insert were three round trips on
  // PostgreSQL). An edit that leaves the text as it was (a date, a duration, a piece's regions)
  // matches the condition nowhere and rewrites nothing: re-indexing is the costly part of a save.
  await ctx.db
    .insertInto("searchDocuments")
    .values(values)
    .onConflict((oc) =>
      oc
        .column("id")
        .doUpdateSet({
          body: (eb) => eb.ref("excluded.body"),
          date: (eb) => eb.ref("excluded.date"),
          clientId: (eb) => eb.ref("excluded.clientId"),
        })
        .where((eb) =>
          eb.or([
            eb("searchDocuments.body", "<>", eb.ref("excluded.body")),
            eb("searchDocuments.date", "<>", eb.ref("excluded.date")),
            eb("searchDocuments.clientId", "<>", eb.ref("excluded.clientId")),
          ]),
        ),
    )
    .execute();
}
