// The character cards: which sessions each character appeared in (distinct pairs, from the
// partial index of migration 012), how many messages each has and only its last few; earlier
// messages a page at a time. No other pieces are read.
import {
  CARD_MESSAGES,
  notFound,
  pageStart,
  PageQuery,
  type CharacterMessagesPage,
  type CharactersRows,
} from "../../../domain";
import type { ScopeContext } from "../scope-context";
import { allSessionRefs } from "./session-refs";

/** A character's session messages, found by client alone (the caller's, per requireClient). */
function messagesOf(ctx: ScopeContext, clientId: string, characterId: string) {
  return ctx.db
    .selectFrom("pieces as p")
    .where("p.clientId", "=", clientId)
    .where("p.characterId", "=", characterId)
    .where("p.sessionId", "is not", null)
    .where("p.kind", "=", "message");
}

/** `limit` messages from number `offset` in process order, with their sessions. */
function messagePage(
  ctx: ScopeContext,
  clientId: string,
  characterId: string,
  offset: number,
  limit: number,
) {
  return messagesOf(ctx, clientId, characterId)
    .innerJoin("sessions as s", "s.id", "p.sessionId")
    .select(["p.id", "p.text", "p.sessionId", "s.number", "s.date", "s.status", "s.courseId"])
    .orderBy("s.date")
    .orderBy("s.number")
    .orderBy("p.position")
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function readCharacters(ctx: ScopeContext, clientId: string): Promise<CharactersRows> {
  await ctx.requireClient(clientId);
  const practiceId = ctx.caller.practiceId;
  // By client alone (the caller's, per requireClient): pairs and counts come from the
  // pieces_client_character index without reading a piece row.
  const named = ctx.db
    .selectFrom("pieces as p")
    .where("p.clientId", "=", clientId)
    .where("p.characterId", "is not", null)
    .where("p.sessionId", "is not", null);
  const [sessions, characters, appearances, counts] = await Promise.all([
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
      .where("p.kind", "=", "message")
      .select(["p.characterId", (eb) => eb.fn.countAll<number | string>().as("n")])
      .groupBy("p.characterId")
      .execute(),
  ]);
  const latest = await Promise.all(
    counts.map(async (c) => {
      const n = Number(c.n);
      const offset = Math.max(0, n - CARD_MESSAGES);
      const rows = await messagePage(ctx, clientId, c.characterId!, offset, CARD_MESSAGES);
      return rows.map((m) => ({
        characterId: c.characterId!,
        pieceId: m.id,
        text: m.text,
        sessionId: m.sessionId!,
      }));
    }),
  );
  return {
    sessions,
    characters,
    appearances: appearances.map((a) => ({ characterId: a.characterId!, sessionId: a.sessionId! })),
    messageCounts: counts.map((c) => ({ characterId: c.characterId!, count: Number(c.n) })),
    latestMessages: latest.flat(),
  };
}

export async function readCharacterMessages(
  ctx: ScopeContext,
  clientId: string,
  characterId: string,
  query: PageQuery = {},
): Promise<CharacterMessagesPage> {
  const page = PageQuery.parse(query);
  await ctx.requireClient(clientId);
  const character = await ctx.db
    .selectFrom("characters")
    .select("id")
    .where("id", "=", characterId)
    .where("practiceId", "=", ctx.caller.practiceId)
    .where("clientId", "=", clientId)
    .executeTakeFirst();
  if (!character) throw notFound("character");
  const { n } = await messagesOf(ctx, clientId, characterId)
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .executeTakeFirstOrThrow();
  const total = Number(n);
  const offset = pageStart(total, page);
  const rows = await messagePage(ctx, clientId, characterId, offset, page.limit);
  return {
    characterId,
    total,
    offset,
    messages: rows.map((m) => ({
      pieceId: m.id,
      text: m.text,
      session: { id: m.sessionId!, number: m.number, date: m.date, status: m.status, courseId: m.courseId },
    })),
  };
}
