// The character cards: which sessions each character appeared in (distinct pairs, from the
// partial index of migration 012), how many messages each has and only its last few; earlier
// messages a page at a time. No other pieces are read.
import {
  CARD_MESSAGES,
  groupedBy,
  notFound,
  pageStart,
  PageQuery,
  type CharacterMessagesPage,
  type CharactersRows,
} from "../../../domain";
import type { ScopeContext } from "../scope-context";
import { latestSessionsHolding } from "./latest-sessions";
import { allSessionRefs } from "./session-refs";
import { parseInput } from "../../parse-input";

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
  const [sessions, characters, pairs] = await Promise.all([
    allSessionRefs(ctx, clientId),
    ctx.db
      .selectFrom("characters")
      .select(["id", "label", "aspect", "description", "version"])
      .where("practiceId", "=", practiceId)
      .where("clientId", "=", clientId)
      .orderBy("id")
      .execute(),
    // Per character and session, its messages there: by client alone (the caller's, per
    // requireClient), from the pieces_client_character index without reading a piece row.
    ctx.db
      .selectFrom("pieces as p")
      .select([
        "p.characterId",
        "p.sessionId",
        (eb) =>
          eb.fn.sum<number | string>(eb.case().when("p.kind", "=", "message").then(1).else(0).end()).as("n"),
      ])
      .where("p.clientId", "=", clientId)
      .where("p.characterId", "is not", null)
      .where("p.sessionId", "is not", null)
      .groupBy(["p.characterId", "p.sessionId"])
      .execute(),
  ]);
  const said = pairs.map((x) => ({
    characterId: x.characterId!,
    sessionId: x.sessionId!,
    count: Number(x.n),
  }));
  const place = new Map(sessions.map((x, i) => [x.id, i]));
  const saidBy = groupedBy(said, (x) => x.characterId);
  const latest = await Promise.all(
    characters.map(async (c) => {
      const ids = latestSessionsHolding(saidBy.get(c.id) ?? [], place, CARD_MESSAGES);
      if (ids.length === 0) return [];
      const rows = await messagesOf(ctx, clientId, c.id)
        .innerJoin("sessions as s", "s.id", "p.sessionId")
        .select(["p.id", "p.text", "p.sessionId"])
        .where("p.sessionId", "in", ids)
        .orderBy("s.date")
        .orderBy("s.number")
        .orderBy("p.position")
        .execute();
      return rows
        .slice(-CARD_MESSAGES)
        .map((m) => ({ characterId: c.id, pieceId: m.id, text: m.text, sessionId: m.sessionId! }));
    }),
  );
  const counts = new Map<string, number>();
  for (const x of said) counts.set(x.characterId, (counts.get(x.characterId) ?? 0) + x.count);
  return {
    sessions,
    characters,
    appearances: said.map(({ characterId, sessionId }) => ({ characterId, sessionId })),
    messageCounts: [...counts]
      .filter(([, n]) => n > 0)
      .map(([characterId, count]) => ({ characterId, count })),
    latestMessages: latest.flat(),
  };
}

export async function readCharacterMessages(
  ctx: ScopeContext,
  clientId: string,
  characterId: string,
  query: PageQuery = {},
): Promise<CharacterMessagesPage> {
  const page = parseInput(PageQuery, query);
  // The same rule as every client-owned record; the path's client must be its own.
  const character = await ctx.requireOwned("characters", characterId, "character");
  if (character.clientId !== clientId) throw notFound("character");
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
