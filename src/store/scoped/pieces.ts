// Pieces of a session or a reflection: rows of their own, in order, with links to a character
// and (through piece_threads) to threads of the same client. Saving replaces the owner's pieces:
// a piece sent with its id keeps it, its creation time and its thread-link rows; pieces not sent
// are deleted; the rest are inserted.
import type { Selectable } from "kysely";
import {
  groupedBy,
  invalid,
  normalisePiece,
  type FieldProblem,
  type Piece,
  type PieceData,
} from "../../domain";
import type { PiecesTable } from "../database";
import { jsonColumns, type ReadRow } from "../json-column";
import { newId } from "../new-id";
import type { ScopeContext } from "./scope-context";

export type PieceOwnerColumn = "sessionId" | "reflectionId";

export interface PieceOwner {
  clientId: string;
  column: PieceOwnerColumn;
  ownerId: string;
}

/** Rows per multi-row insert: well under both dialects' bound-parameter limits. */
const CHUNK = 200;
const json = jsonColumns("pieces", ["regions", "colours", "emotions"]);

/** `fresh`: the owner was just created, so it has no pieces yet to look up. */
export async function savePieces(
  ctx: ScopeContext,
  owner: PieceOwner,
  pieces: PieceData[],
  options: { fresh?: boolean } = {},
): Promise<Piece[]> {
  // The stored rows, whole: a kept piece is written back only when a column of it changed.
  const existing = options.fresh
    ? []
    : await ctx.db.selectFrom("pieces").selectAll().where(owner.column, "=", owner.ownerId).execute();
  const storedOf = new Map(existing.map((r) => [r.id, r]));
  const createdAtOf = new Map(existing.map((r) => [r.id, r.createdAt]));
  await checkPieces(ctx, owner.clientId, pieces, createdAtOf);

  const now = ctx.now();
  const rows = pieces.map((input, position): StoredPiece => {
    const { start, end, threadIds: _links, ...piece } = normalisePiece(input);
    const id = piece.id ?? newId();
    return {
      ...piece,
      id,
      practiceId: ctx.caller.practiceId,
      clientId: owner.clientId,
      sessionId: owner.column === "sessionId" ? owner.ownerId : null,
      reflectionId: owner.column === "reflectionId" ? owner.ownerId : null,
      position,
      spanStart: start,
      spanEnd: end,
      createdAt: createdAtOf.get(id) ?? now,
    };
  });
  const kept = new Set(rows.filter((r) => createdAtOf.has(r.id)).map((r) => r.id));
  const removed = existing.map((r) => r.id).filter((id) => !kept.has(id));

  for (const ids of chunks(removed)) await ctx.db.deleteFrom("pieces").where("id", "in", ids).execute();
  // New pieces and changed kept ones go in one multi-row upsert per chunk; the update sets only
  // the columns that changed in some row (a foreign key column not set is not checked again).
  const changed = new Set<keyof PieceRow>();
  const toWrite: PieceRow[] = [];
  for (const row of rows) {
    const written = json.write(row) as PieceRow;
    const stored = storedOf.get(row.id);
    if (!stored) {
      toWrite.push(written);
      continue;
    }
    const differs = UPDATABLE.filter((column) => !sameValue(stored[column], written[column]));
    if (differs.length === 0) continue;
    for (const column of differs) changed.add(column);
    toWrite.push(written);
  }
  const setColumns = [...changed];
  for (const batch of chunks(toWrite)) {
    const insert = ctx.db.insertInto("pieces").values(batch);
    if (setColumns.length === 0) await insert.execute();
    else
      await insert
        .onConflict((oc) =>
          oc
            .column("id")
            .doUpdateSet(
              (eb) => Object.fromEntries(setColumns.map((c) => [c, eb.ref(`excluded.${c}`)])) as never,
            ),
        )
        .execute();
  }

  const threadIdsOf = new Map(rows.map((row, i) => [row.id, [...new Set(pieces[i]!.threadIds)].sort()]));
  await saveThreadLinks(ctx, [...kept], threadIdsOf);
  return rows.map((row) => toPiece(row, threadIdsOf.get(row.id)!));
}

/** Pieces of one owner, or of every owner of that kind for a client, grouped by owner id in order. */
export async function loadPieces(
  ctx: ScopeContext,
  column: PieceOwnerColumn,
  filter: { ownerId: string } | { clientId: string } | { ownerIds: readonly string[] },
): Promise<Map<string, Piece[]>> {
  if ("ownerIds" in filter && filter.ownerIds.length === 0) return new Map();
  const practiceId = ctx.caller.practiceId;
  // Both at once: each is a round trip of its own on PostgreSQL, and neither needs the other.
  const [rows, links] = await Promise.all([
    ctx.db
      .selectFrom("pieces")
      .selectAll()
      .where("practiceId", "=", practiceId)
      .where((eb) =>
        "ownerId" in filter
          ? eb(column, "=", filter.ownerId)
          : "ownerIds" in filter
            ? eb(column, "in", filter.ownerIds)
            : eb("clientId", "=", filter.clientId),
      )
      .where(column, "is not", null)
      .orderBy("position")
      .execute(),
    ctx.db
      .selectFrom("pieceThreads")
      .innerJoin("pieces", "pieces.id", "pieceThreads.pieceId")
      .select(["pieceThreads.pieceId", "pieceThreads.threadId"])
      .where("pieces.practiceId", "=", practiceId)
      .where((eb) =>
        "ownerId" in filter
          ? eb(`pieces.${column}`, "=", filter.ownerId)
          : "ownerIds" in filter
            ? eb(`pieces.${column}`, "in", filter.ownerIds)
            : eb("pieces.clientId", "=", filter.clientId),
      )
      .where(`pieces.${column}`, "is not", null)
      .execute(),
  ]);
  const linksOf = groupedBy(links, (link) => link.pieceId);
  const threadIdsOf = (pieceId: string) => (linksOf.get(pieceId) ?? []).map((l) => l.threadId).sort();

  const byOwner = new Map<string, Piece[]>();
  for (const row of rows) {
    const ownerId = row[column]!;
    const list = byOwner.get(ownerId) ?? [];
    list.push(toPiece(json.read(row), threadIdsOf(row.id)));
    byOwner.set(ownerId, list);
  }
  return byOwner;
}

/** Links of kept pieces are changed by difference, so untouched link rows stay as they are. */
async function saveThreadLinks(ctx: ScopeContext, keptIds: string[], threadIdsOf: Map<string, string[]>) {
  const current = new Map<string, Set<string>>();
  for (const ids of chunks(keptIds)) {
    const links = await ctx.db.selectFrom("pieceThreads").selectAll().where("pieceId", "in", ids).execute();
    for (const l of links) current.set(l.pieceId, (current.get(l.pieceId) ?? new Set()).add(l.threadId));
  }
  const inserts: Array<{ pieceId: string; threadId: string }> = [];
  for (const [pieceId, wanted] of threadIdsOf) {
    const has = current.get(pieceId) ?? new Set<string>();
    const gone = [...has].filter((t) => !wanted.includes(t));
    if (gone.length) {
      await ctx.db
        .deleteFrom("pieceThreads")
        .where("pieceId", "=", pieceId)
        .where("threadId", "in", gone)
        .execute();
    }
    for (const threadId of wanted) if (!has.has(threadId)) inserts.push({ pieceId, threadId });
  }
  for (const batch of chunks(inserts)) await ctx.db.insertInto("pieceThreads").values(batch).execute();
}

/** Ids sent must be this owner's pieces; characters and threads must be the same client's. */
async function checkPieces(
  ctx: ScopeContext,
  clientId: string,
  pieces: PieceData[],
  ownIds: Map<string, string>,
) {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  pieces.forEach((p, i) => {
    if (p.id === undefined) return;
    if (!ownIds.has(p.id)) problems.push({ path: `pieces.${i}.id`, message: "not a piece of this record" });
    else if (seen.has(p.id))
      problems.push({ path: `pieces.${i}.id`, message: "the same piece is sent twice" });
    seen.add(p.id);
  });

  const characterIds = [...new Set(pieces.flatMap((p) => (p.characterId ? [p.characterId] : [])))];
  const threadIds = [...new Set(pieces.flatMap((p) => p.threadIds))];
  const characters = await idsOfClient(ctx, "characters", clientId, characterIds);
  const threads = await idsOfClient(ctx, "threads", clientId, threadIds);
  pieces.forEach((p, i) => {
    if (p.characterId && !characters.has(p.characterId)) {
      problems.push({ path: `pieces.${i}.characterId`, message: "no such character for this client" });
    }
    p.threadIds.forEach((t, j) => {
      if (!threads.has(t))
        problems.push({ path: `pieces.${i}.threadIds.${j}`, message: "no such thread for this client" });
    });
  });
  if (problems.length) throw invalid("some pieces are not valid", problems);
}

async function idsOfClient(
  ctx: ScopeContext,
  table: "characters" | "threads",
  clientId: string,
  ids: string[],
) {
  const found = new Set<string>();
  for (const batch of chunks(ids)) {
    const rows = await ctx.db
      .selectFrom(table)
      .select("id")
      .where("practiceId", "=", ctx.caller.practiceId)
      .where("clientId", "=", clientId)
      .where("id", "in", batch)
      .execute();
    for (const r of rows) found.add(r.id);
  }
  return found;
}

/** A piece row as stored (JSON columns as text). */
type PieceRow = Selectable<PiecesTable>;
/** What an edit may change in a kept piece; its id, owner, practice and creation time stay. */
const UPDATABLE: ReadonlyArray<keyof PieceRow> = [
  "position",
  "kind",
  "text",
  "regions",
  "laterality",
  "age",
  "period",
  "colours",
  "temperature",
  "movement",
  "emotions",
  "character",
  "aspect",
  "spanStart",
  "spanEnd",
  "characterId",
];

/** Equal as stored: PostgreSQL may answer a number as text, and absent is null. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === undefined || a === null || b === undefined || b === null) return (a ?? null) === (b ?? null);
  return a === b || String(a) === String(b);
}

/** A piece row with its JSON columns parsed: the domain's piece but for the span's names and the links. */
type StoredPiece = ReadRow<Selectable<PiecesTable>, "regions" | "colours" | "emotions">;

function toPiece({ spanStart, spanEnd, ...row }: StoredPiece, threadIds: string[]): Piece {
  return { ...row, start: spanStart, end: spanEnd, threadIds };
}

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
