// The body map: how many pieces were felt in each region (and side), filtered by kind, emotion and
// date range; per session too, so the practitioner can step through where the process moves.
import { z } from "zod";
import { Id, IsoDate } from "../common";
import type { Piece } from "../piece";
import type { Session } from "../session";
import { BodyRegion, Emotion, Laterality, PieceKind } from "../vocabulary";
import { inProcessOrder, PieceTile, SessionRef, toSessionRef, toTile } from "./view-parts";

/** Regions the figure draws as a left and a right shape. */
export const LATERAL_REGIONS = [
  "temples",
  "eyes",
  "ears",
  "shoulders",
  "arms",
  "hands",
  "lungs",
  "kidneys",
  "hips",
  "legs",
  "knees",
  "feet",
  "jaw",
  "lower-back",
] as const satisfies readonly BodyRegion[];

export const BodySide = z.enum(["left", "right", "centre"]);
export type BodySide = z.infer<typeof BodySide>;

export const BodyMapQuery = z.object({
  kind: PieceKind.optional(),
  emotion: Emotion.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export type BodyMapQuery = z.input<typeof BodyMapQuery>;

/** Counts keyed "region" or "region:left" / "region:right" for lateral regions. */
const Counts = z.record(z.string(), z.number().int());

/** The first screen: region totals over the sessions in the range, and how many sessions the stepper steps through. */
export const BodyMapView = z.object({
  counts: Counts,
  pieces: z.number().int(),
  sessionCount: z.number().int(),
});
export type BodyMapView = z.infer<typeof BodyMapView>;

/** The stepper's window: `limit` sessions of the range from number `offset`, oldest first. */
export const BodyMapSessionsQuery = BodyMapQuery.extend({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type BodyMapSessionsQuery = z.input<typeof BodyMapSessionsQuery>;

export const BodyMapSessions = z.object({
  total: z.number().int(),
  offset: z.number().int(),
  sessions: z.array(SessionRef.extend({ counts: Counts })),
});
export type BodyMapSessions = z.infer<typeof BodyMapSessions>;

/** Pieces a region lists at first, and per "more". */
export const REGION_PAGE = 50;

export const BodyRegionQuery = BodyMapQuery.extend({
  side: BodySide.optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(200).default(REGION_PAGE),
});
export type BodyRegionQuery = z.input<typeof BodyRegionQuery>;

/** A page of a region's pieces in process order (pieces `offset` on), grouped by session. */
export const BodyRegionPieces = z.object({
  region: BodyRegion,
  side: BodySide.nullable(),
  total: z.number().int(),
  offset: z.number().int(),
  sessions: z.array(SessionRef.extend({ pieces: z.array(PieceTile) })),
});
export type BodyRegionPieces = z.infer<typeof BodyRegionPieces>;

const lateral = new Set<string>(LATERAL_REGIONS);

/** The shape keys a piece lights: both sides when it names none or both, as on a plural part. */
export function regionKeys(p: Pick<Piece, "regions" | "laterality">): string[] {
  return p.regions.flatMap((r) => {
    if (!lateral.has(r)) return [r];
    if (p.laterality === "left") return [`${r}:left`];
    if (p.laterality === "right") return [`${r}:right`];
    return [`${r}:left`, `${r}:right`];
  });
}

type Filter = z.output<typeof BodyMapQuery>;
/** The body map's filter as the store takes it (every field optional). */
export type BodyMapFilter = Filter;
export type BodyRegionFilter = z.output<typeof BodyRegionQuery>;
export type BodyMapSessionsFilter = z.output<typeof BodyMapSessionsQuery>;

function keep(p: Piece, f: Filter): boolean {
  return (!f.kind || p.kind === f.kind) && (!f.emotion || p.emotions.includes(f.emotion));
}

function inRange(s: Session, f: Filter): boolean {
  return (!f.from || s.date >= f.from) && (!f.to || s.date <= f.to);
}

/** Region × side counts of the pieces that pass the filter, added into `into`. */
function countInto(into: Record<string, number>, p: Pick<Piece, "regions" | "laterality">, n = 1) {
  for (const k of regionKeys(p)) into[k] = (into[k] ?? 0) + n;
}

/** The in-memory reference over every session: per session counts in the range. */
function perSession(sessions: readonly Session[], filter: Filter) {
  return inProcessOrder(sessions)
    .filter((s) => inRange(s, filter))
    .map((s) => {
      const own: Record<string, number> = {};
      let pieces = 0;
      for (const p of s.pieces) {
        if (!keep(p, filter) || p.regions.length === 0) continue;
        pieces += 1;
        countInto(own, p);
      }
      return { ref: toSessionRef(s), counts: own, pieces };
    });
}

export function buildBodyMap(sessions: readonly Session[], filter: Filter): BodyMapView {
  const counts: Record<string, number> = {};
  let pieces = 0;
  const rows = perSession(sessions, filter);
  for (const r of rows) {
    pieces += r.pieces;
    for (const [k, n] of Object.entries(r.counts)) counts[k] = (counts[k] ?? 0) + n;
  }
  return { counts, pieces, sessionCount: rows.length };
}

export function buildBodyMapSessions(
  sessions: readonly Session[],
  q: BodyMapSessionsFilter,
): BodyMapSessions {
  const rows = perSession(sessions, q);
  return {
    total: rows.length,
    offset: q.offset,
    sessions: rows.slice(q.offset, q.offset + q.limit).map((r) => ({ ...r.ref, counts: r.counts })),
  };
}

export function buildRegionPieces(
  sessions: readonly Session[],
  region: BodyRegion,
  filter: z.input<typeof BodyRegionQuery>,
): BodyRegionPieces {
  const f = BodyRegionQuery.parse(filter);
  const side = lateral.has(region) ? (f.side ?? null) : null;
  const matches = (p: Piece) =>
    p.regions.includes(region) &&
    keep(p, f) &&
    (side === null ||
      side === "centre" ||
      p.laterality === null ||
      p.laterality === "both" ||
      p.laterality === side);
  const all = inProcessOrder(sessions)
    .filter((s) => inRange(s, f))
    .flatMap((s) => s.pieces.filter(matches).map((p) => ({ session: toSessionRef(s), tile: toTile(p) })));
  return {
    region,
    side,
    total: all.length,
    offset: f.offset,
    sessions: groupBySession(all.slice(f.offset, f.offset + f.limit)),
  };
}

/** Consecutive pieces of one session as that session's list. */
function groupBySession(
  pieces: ReadonlyArray<{ session: SessionRef; tile: PieceTile }>,
): BodyRegionPieces["sessions"] {
  const out: BodyRegionPieces["sessions"] = [];
  for (const p of pieces) {
    const last = out.at(-1);
    if (last && last.id === p.session.id) last.pieces.push(p.tile);
    else out.push({ ...p.session, pieces: [p.tile] });
  }
  return out;
}

/**
 * What the store counts for the first screen: the pieces that pass the filter grouped by
 * laterality and their list of regions (a bounded number of distinct combinations, however long
 * the process), so the region × side totals are summed from groups; and the sessions in range.
 */
export const BodyMapRows = z.object({
  sessionCount: z.number().int(),
  groups: z.array(
    z.object({
      laterality: Laterality.nullable(),
      regions: z.array(BodyRegion),
      count: z.number().int(),
    }),
  ),
});
export type BodyMapRows = z.infer<typeof BodyMapRows>;

export function buildBodyMapFromRows(rows: BodyMapRows): BodyMapView {
  const counts: Record<string, number> = {};
  let pieces = 0;
  for (const g of rows.groups) {
    pieces += g.count;
    countInto(counts, g, g.count);
  }
  return { counts, pieces, sessionCount: rows.sessionCount };
}

/** The stepper's window as the store reads it: its sessions and their groups. */
export const BodyMapSessionsRows = z.object({
  total: z.number().int(),
  offset: z.number().int(),
  sessions: z.array(SessionRef),
  groups: z.array(
    z.object({
      sessionId: Id,
      laterality: Laterality.nullable(),
      regions: z.array(BodyRegion),
      count: z.number().int(),
    }),
  ),
});
export type BodyMapSessionsRows = z.infer<typeof BodyMapSessionsRows>;

export function buildBodyMapSessionsFromRows(rows: BodyMapSessionsRows): BodyMapSessions {
  const own = new Map<string, Record<string, number>>();
  for (const g of rows.groups) {
    const mine = own.get(g.sessionId) ?? {};
    own.set(g.sessionId, mine);
    countInto(mine, g, g.count);
  }
  return {
    total: rows.total,
    offset: rows.offset,
    sessions: rows.sessions.map((s) => ({ ...toSessionRef(s), counts: own.get(s.id) ?? {} })),
  };
}

/** A page of the region's pieces the store found, each with its session, in process order. */
export const BodyRegionRows = z.object({
  total: z.number().int(),
  offset: z.number().int(),
  pieces: z.array(z.object({ session: SessionRef, tile: PieceTile })),
});
export type BodyRegionRows = z.infer<typeof BodyRegionRows>;

/** The side a region's pieces are listed for: only lateral regions have one. */
export function regionSide(region: BodyRegion, side: BodySide | undefined): BodySide | null {
  return lateral.has(region) ? (side ?? null) : null;
}

export function buildRegionPiecesFromRows(
  rows: BodyRegionRows,
  region: BodyRegion,
  side: BodySide | null,
): BodyRegionPieces {
  return { region, side, total: rows.total, offset: rows.offset, sessions: groupBySession(rows.pieces) };
}
