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

export const BodyMapView = z.object({
  sessions: z.array(SessionRef.extend({ counts: Counts })),
  counts: Counts,
  pieces: z.number().int(),
});
export type BodyMapView = z.infer<typeof BodyMapView>;

export const BodyRegionQuery = BodyMapQuery.extend({ side: BodySide.optional() });
export type BodyRegionQuery = z.input<typeof BodyRegionQuery>;

export const BodyRegionPieces = z.object({
  region: BodyRegion,
  side: BodySide.nullable(),
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

function keep(p: Piece, f: Filter): boolean {
  return (!f.kind || p.kind === f.kind) && (!f.emotion || p.emotions.includes(f.emotion));
}

function inRange(s: Session, f: Filter): boolean {
  return (!f.from || s.date >= f.from) && (!f.to || s.date <= f.to);
}

export function buildBodyMap(sessions: readonly Session[], filter: Filter): BodyMapView {
  const counts: Record<string, number> = {};
  let pieces = 0;
  const rows = inProcessOrder(sessions)
    .filter((s) => inRange(s, filter))
    .map((s) => {
      const own: Record<string, number> = {};
      for (const p of s.pieces) {
        if (!keep(p, filter) || p.regions.length === 0) continue;
        pieces += 1;
        for (const k of regionKeys(p)) {
          own[k] = (own[k] ?? 0) + 1;
          counts[k] = (counts[k] ?? 0) + 1;
        }
      }
      return { ...toSessionRef(s), counts: own };
    });
  return { sessions: rows, counts, pieces };
}

export function buildRegionPieces(
  sessions: readonly Session[],
  region: BodyRegion,
  filter: z.output<typeof BodyRegionQuery>,
): BodyRegionPieces {
  const side = lateral.has(region) ? (filter.side ?? null) : null;
  const matches = (p: Piece) =>
    p.regions.includes(region) &&
    keep(p, filter) &&
    (side === null ||
      side === "centre" ||
      p.laterality === null ||
      p.laterality === "both" ||
      p.laterality === side);
  return {
    region,
    side,
    sessions: inProcessOrder(sessions)
      .filter((s) => inRange(s, filter))
      .map((s) => ({ ...toSessionRef(s), pieces: s.pieces.filter(matches).map(toTile) }))
      .filter((s) => s.pieces.length > 0),
  };
}

/**
 * What the store counts for the body map: the sessions in the date range, and the pieces that
 * pass the filter grouped by session, laterality and their list of regions (a handful of
 * distinct combinations per session), so the region × side counts are summed from groups.
 */
export const BodyMapRows = z.object({
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
export type BodyMapRows = z.infer<typeof BodyMapRows>;

export function buildBodyMapFromRows(rows: BodyMapRows): BodyMapView {
  const counts: Record<string, number> = {};
  const own = new Map<string, Record<string, number>>();
  let pieces = 0;
  for (const g of rows.groups) {
    pieces += g.count;
    const mine = own.get(g.sessionId) ?? {};
    own.set(g.sessionId, mine);
    for (const k of regionKeys(g)) {
      mine[k] = (mine[k] ?? 0) + g.count;
      counts[k] = (counts[k] ?? 0) + g.count;
    }
  }
  return {
    sessions: rows.sessions.map((s) => ({ ...toSessionRef(s), counts: own.get(s.id) ?? {} })),
    counts,
    pieces,
  };
}

/** The region's pieces the store found, each with its session, in process order. */
export const BodyRegionRows = z.object({
  sessions: z.array(SessionRef),
  pieces: z.array(z.object({ sessionId: Id, tile: PieceTile })),
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
  const bySession = new Map<string, PieceTile[]>();
  for (const p of rows.pieces) {
    const list = bySession.get(p.sessionId) ?? [];
    list.push(p.tile);
    bySession.set(p.sessionId, list);
  }
  return {
    region,
    side,
    sessions: rows.sessions
      .map((s) => ({ ...toSessionRef(s), pieces: bySession.get(s.id) ?? [] }))
      .filter((s) => s.pieces.length > 0),
  };
}
