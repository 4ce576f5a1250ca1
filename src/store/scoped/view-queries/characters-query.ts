// The character cards: in which strip cells each character appeared (distinct character-session
// pairs from the partial index of migration 012, placed by migration 018), how many messages each
// has and only its last few; earlier messages a page at a time. No other pieces are read, and only
// the sessions the cards name.
import {
  CARD_MESSAGES,
  notFound,
  pageStart,
  PageQuery,
  type CharacterMessagesPage,
  type CharactersRows,
} from "../../../domain";
import type { ScopeContext } from "../scope-context";
import { cardsOnAxis, cellCount } from "./cards-on-axis";
import { boundsOf, latestCellsFrom, processAxis, sessionsAt, sessionsFrom } from "./process-axis";
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

/**
 * The messages in process order by their sessions' places (migration 018), the one order the
 * card's latest messages and the pages before them share, so a page's offsets meet the card's.
 */
function inPlaceOrder(messages: ReturnType<typeof messagesOf>, direction: "asc" | "desc" = "asc") {
  // The client named in the join too: PostgreSQL otherwise hashes every client's places.
  return messages
    .innerJoin("sessionPlaces as sp", (j) =>
      j.onRef("sp.sessionId", "=", "p.sessionId").onRef("sp.clientId", "=", "p.clientId"),
    )
    .innerJoin("sessions as s", "s.id", "p.sessionId")
    .select(["p.id", "p.text", "p.sessionId", "s.number", "s.date", "s.status", "s.courseId"])
    .orderBy("sp.place", direction)
    .orderBy("p.position", direction);
}

function asMessage(m: Awaited<ReturnType<ReturnType<typeof inPlaceOrder>["execute"]>>[number]) {
  return {
    pieceId: m.id,
    text: m.text,
    session: { id: m.sessionId!, number: m.number, date: m.date, status: m.status, courseId: m.courseId },
  };
}

export async function readCharacters(ctx: ScopeContext, clientId: string): Promise<CharactersRows> {
  await ctx.requireClient(clientId);
  const practiceId = ctx.caller.practiceId;
  const [axis, characters] = await Promise.all([
    processAxis(ctx, clientId),
    ctx.db
      .selectFrom("characters")
      .select(["id", "label", "aspect", "description", "version"])
      .where("practiceId", "=", practiceId)
      .where("clientId", "=", clientId)
      .orderBy("id")
      .execute(),
  ]);
  // Per character and session its messages there, from the pieces_client_character index
  // (migration 012) without reading a piece row, by client alone (the caller's, per
  // requireClient); then per character and strip cell, on the sessions' places.
  const pairs = ctx.db
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
    .groupBy(["p.characterId", "p.sessionId"]);
  const cell = axis.cellOf("sp.place");
  const groups = (
    await ctx.db
      .selectFrom(pairs.as("q"))
      // A cross join keeps SQLite's order: each pair finds its place by the session's key. Left
      // to choose, it scanned the client's places against an automatic index built on the pairs
      // (4.3 ms instead of 2.8 at 3,000 sessions); PostgreSQL plans it as the join it is.
      .crossJoin("sessionPlaces as sp")
      .whereRef("sp.sessionId", "=", "q.sessionId")
      .where("sp.clientId", "=", clientId)
      .select((eb) => [
        "q.characterId",
        cell.as("cell"),
        eb.fn.countAll<number | string>().as("present"),
        eb.fn.sum<number | string>("q.n").as("count"),
        eb.fn.min("sp.place").as("first"),
        eb.fn.max("sp.place").as("last"),
      ])
      .groupBy(["q.characterId", cell])
      .execute()
  ).map((g) => cellCount(g.characterId!, g));
  const cards = cardsOnAxis(axis, groups);
  const [at, latest] = await Promise.all([
    sessionsAt(ctx, clientId, cards.places),
    latestMessages(
      ctx,
      clientId,
      cards.spans
        .filter((x) => x.count > 0)
        .map(({ key }) => ({
          characterId: key,
          from: latestCellsFrom(axis, cards.cellsOf.get(key)!, CARD_MESSAGES),
        })),
    ),
  ]);
  const { spans, presence } = cards.resolve(at);
  return {
    sessionCount: axis.total,
    cells: boundsOf(axis, at),
    characters,
    spans: spans.map(({ key, count, ...span }) => ({ characterId: key, messageCount: count, ...span })),
    presence: presence.map(({ key, ...p }) => ({ characterId: key, ...p })),
    latestMessages: latest,
  };
}

/** Sessions named by id at most, for a card's latest messages; beyond it the place is the filter. */
const SESSIONS_BY_ID = 500;

/**
 * Each character's last messages, read from the latest cells that hold enough of them. Their
 * sessions are named by id: PostgreSQL, misjudging a character's messages as few, otherwise
 * read every one of them with its session and place before filtering by place (4–11 ms for 516
 * messages at 3,000 sessions).
 */
async function latestMessages(
  ctx: ScopeContext,
  clientId: string,
  speakers: Array<{ characterId: string; from: number }>,
) {
  if (speakers.length === 0) return [];
  const latest = await sessionsFrom(ctx, clientId, Math.min(...speakers.map((x) => x.from)));
  const cards = await Promise.all(
    speakers.map(async ({ characterId, from }) => {
      const ids = latest.filter((x) => x.place >= from).map((x) => x.sessionId);
      // Newest first and only a card's worth: the latest cells may hold many more.
      const messages = inPlaceOrder(messagesOf(ctx, clientId, characterId), "desc").limit(CARD_MESSAGES);
      const rows = await (
        ids.length <= SESSIONS_BY_ID
          ? messages.where("p.sessionId", "in", ids)
          : messages.where("sp.place", ">=", from)
      ).execute();
      return rows.reverse().map((m) => ({ characterId, ...asMessage(m) }));
    }),
  );
  return cards.flat();
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
  const rows = await inPlaceOrder(messagesOf(ctx, clientId, characterId))
    .limit(page.limit)
    .offset(offset)
    .execute();
  return { characterId, total, offset, messages: rows.map(asMessage) };
}
