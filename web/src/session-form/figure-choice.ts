// What a click on the body figure means for a piece's regions and its one side (laterality).
// A paired region (arms, shoulders, …) is drawn left and right; the piece has one laterality for
// all its regions, so a click narrows or widens that side: a region named with no side shows
// both sides chosen; clicking one keeps only that side; adding the other side gives "both";
// clicking the only chosen side takes the region away.
import type { BodyRegion, Laterality } from "../../../src/domain";
import { REGION_SHAPES, regionKey, type Side } from "../components/body-map/body-shapes";

export interface RegionsAndSide {
  regions: BodyRegion[];
  laterality: Laterality | null;
}

const PAIRED = new Set(REGION_SHAPES.filter((s) => s.side !== null).map((s) => s.region));
const other = (side: Side): Side => (side === "left" ? "right" : "left");

export function isPaired(region: BodyRegion): boolean {
  return PAIRED.has(region);
}

/** The shape keys to show as chosen. */
export function chosenKeys({ regions, laterality }: RegionsAndSide): string[] {
  return regions.flatMap((region) => {
    if (!PAIRED.has(region)) return [region];
    const sides: Side[] = laterality === "left" || laterality === "right" ? [laterality] : ["left", "right"];
    return sides.map((side) => regionKey(region, side));
  });
}

export function chooseShape(current: RegionsAndSide, region: BodyRegion, side: Side | null): RegionsAndSide {
  const { regions, laterality } = current;
  const has = regions.includes(region);
  if (side === null || !PAIRED.has(region)) {
    return { regions: has ? regions.filter((r) => r !== region) : [...regions, region], laterality };
  }
  if (!has) {
    const next = laterality === null || laterality === side ? side : "both";
    return { regions: [...regions, region], laterality: regions.some(isPaired) ? next : side };
  }
  const chosen = chosenKeys(current).includes(regionKey(region, side));
  if (!chosen) return { regions, laterality: "both" };
  if (laterality === "both" || laterality === null) return { regions, laterality: other(side) };
  // The only side chosen: the region goes; the side stays only while another paired region needs it.
  const rest = regions.filter((r) => r !== region);
  return { regions: rest, laterality: rest.some(isPaired) ? laterality : null };
}
