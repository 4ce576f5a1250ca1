// The character cards: which sessions each character appeared in (distinct pairs, from the
// partial index of migration 012) and its messages; no other pieces are read.
import type { CharactersRows } from "../../../domain";
import type { ScopeContext } from "../scope-context";
import { allSessionRefs } from "./session-refs";

export async function readCharacters(ctx: ScopeContext, clientId: string): Promise<CharactersRows> {
  await ctx.requireClient(clientId);
  const practiceId = ctx.caller.practiceId;
  // By client alone (the caller's, per requireClient): the pairs come from the
  // pieces_client_character index without reading a piece row.
  const named = ctx.db
    .selectFrom("pieces as p")
    .where("p.clientId", "=", clientId)
    .where("p.characterId", "is not", null)
    .where("p.sessionId", "is not", null);
  const [sessions, characters, appearances, messages] = await Promise.all([
    allSessionRefs(ctx, clientId),
    ctx.db
      .selectFrom("characters")
      .select(["id", "label", "aspect", "description", "version"])
      .where("practiceId", "=", practiceId)
      .where("clientId", "=", clientId)
      .orderBy("id")
      .execute(),
    named.select(["p.characterId", "p.sessionId"]).distinct().execute(),
    named
      .innerJoin("sessions as s", "s.id", "p.sessionId")
      .select(["p.characterId", "p.id", "p.text", "p.sessionId"])
      .where("p.kind", "=", "message")
      .orderBy("s.date")
      .orderBy("s.number")
      .orderBy("p.position")
      .execute(),
  ]);
  return {
    sessions,
    characters,
    appearances: appearances.map((a) => ({ characterId: a.characterId!, sessionId: a.sessionId! })),
    messages: messages.map((m) => ({
      characterId: m.characterId!,
      pieceId: m.id,
      text: m.text,
      sessionId: m.sessionId!,
    })),
  };
}
