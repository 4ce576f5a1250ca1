// The body map: how many pieces were felt in each region (and side), filtered by kind, emotion and
// date range; per session too, so the practitioner can step through where the process moves.
import { z } from "zod";
import { IsoDate } from "../common";
import type { Piece } from "../piece";
import type { Session } from "../session";
import { BodyRegion, Emotion, PieceKind } from "../vocabulary";
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
