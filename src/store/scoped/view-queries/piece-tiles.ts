// Pieces as tiles: only the columns a tile shows (no span, no narrative) and their thread links,
// for just the pieces on the screen. Queries select TILE_COLUMNS from `pieces as p`.
import type { Kysely } from "kysely";
import { toTile, type Piece, type PieceTile } from "../../../domain";
import type { Database } from "../../database";
import { jsonColumns } from "../../json-column";
import type { ScopeContext } from "../scope-context";

const json = jsonColumns("pieces", ["regions", "colours", "emotions"]);
/** Ids per `in (...)` list: well under both dialects' bound-parameter limits. */
const CHUNK = 500;

export const TILE_COLUMNS = [
  "p.id",
  "p.sessionId",
  "p.position",
  "p.kind",
  "p.text",
  "p.regions",
  "p.laterality",
  "p.emotions",
  "p.colours",
  "p.age",
  "p.period",
  "p.characterId",
  "p.character",
  "p.aspect",
] as const;

/** A row selected with TILE_COLUMNS. */
export interface TileRow {
  id: string;
  sessionId: string | null;
  kind: Piece["kind"];
  text: string;
  regions: string;
  laterality: Piece["laterality"];
  emotions: string;
  colours: string;
  age: number | null;
  period: Piece["period"];
  characterId: string | null;
  character: string | null;
  aspect: Piece["aspect"];
}

/** Rows as tiles in the same order, each with its session id and thread links. */
export async function toTiles(
  ctx: ScopeContext,
  rows: readonly TileRow[],
): Promise<Array<{ sessionId: string; tile: PieceTile }>> {
  const links = await threadIdsOf(ctx.db, [...new Set(rows.map((r) => r.id))]);
  return rows.map((row) => {
    const parsed = json.read(row as never) as unknown as Omit<Piece, "threadIds">;
    return { sessionId: row.sessionId!, tile: toTile({ ...parsed, threadIds: links.get(row.id) ?? [] }) };
  });
}

/** Tiles of the given sessions, by session id, each session's in position order. */
export async function tilesOfSessions(
  ctx: ScopeContext,
  sessionIds: readonly string[],
): Promise<Map<string, PieceTile[]>> {
  const bySession = new Map<string, PieceTile[]>();
  for (let i = 0; i < sessionIds.length; i += CHUNK) {
    const rows = await ctx.db
      .selectFrom("pieces as p")
      .select(TILE_COLUMNS)
      .where("p.practiceId", "=", ctx.caller.practiceId)
      .where("p.sessionId", "in", sessionIds.slice(i, i + CHUNK))
      .orderBy("p.sessionId")
      .orderBy("p.position")
      .execute();
    for (const { sessionId, tile } of await toTiles(ctx, rows)) {
      const list = bySession.get(sessionId) ?? [];
      list.push(tile);
      bySession.set(sessionId, list);
    }
  }
  return bySession;
}

/** Thread ids linked to each piece, sorted (as a piece's own threadIds are). */
export async function threadIdsOf(
  db: Kysely<Database>,
  pieceIds: readonly string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (let i = 0; i < pieceIds.length; i += CHUNK) {
    const links = await db
      .selectFrom("pieceThreads")
      .select(["pieceId", "threadId"])
      .where("pieceId", "in", pieceIds.slice(i, i + CHUNK))
      .execute();
    for (const l of links) {
      const list = out.get(l.pieceId) ?? [];
      list.push(l.threadId);
      out.set(l.pieceId, list);
    }
  }
  for (const list of out.values()) list.sort();
  return out;
}
