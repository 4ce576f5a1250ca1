// The figure's shapes: every body region of the pieces spec, front and back, with left and right
// as separate shapes for the paired parts. Coordinates are in a 200 × 460 box per view. On the
// front view the client's left is on the viewer's right; on the back view it is on the left.
import type { BodyRegion } from "../../../../src/domain";

export type Side = "left" | "right";

export type Shape =
  | { kind: "ellipse"; cx: number; cy: number; rx: number; ry: number }
  | { kind: "rect"; x: number; y: number; w: number; h: number; r?: number }
  | { kind: "path"; d: string };

export interface RegionShape {
  region: BodyRegion;
  side: Side | null;
  view: "front" | "back";
  shape: Shape;
}

const e = (cx: number, cy: number, rx: number, ry: number): Shape => ({ kind: "ellipse", cx, cy, rx, ry });
const r = (x: number, y: number, w: number, h: number, rad = 4): Shape => ({
  kind: "rect",
  x,
  y,
  w,
  h,
  r: rad,
});

/** A shape on the viewer's left at x, mirrored to 200 − x; which is the client's left depends on the view. */
function pair(
  region: BodyRegion,
  view: "front" | "back",
  make: (x: number) => Shape,
  x: number,
): RegionShape[] {
  const viewerLeft: Side = view === "front" ? "right" : "left";
  const viewerRight: Side = view === "front" ? "left" : "right";
  return [
    { region, side: viewerLeft, view, shape: make(x) },
    { region, side: viewerRight, view, shape: make(200 - x) },
  ];
}

const one = (region: BodyRegion, view: "front" | "back", shape: Shape): RegionShape => ({
  region,
  side: null,
  view,
  shape,
});

/** Drawn in this order: larger areas first, the organs and features on top of them. */
export const REGION_SHAPES: readonly RegionShape[] = [
  // front
  one("head", "front", e(100, 45, 30, 37)),
  one("face", "front", e(100, 58, 23, 21)),
  one("forehead", "front", e(100, 29, 19, 7)),
  ...pair("temples", "front", (x) => e(x, 40, 5, 6), 75),
  ...pair("eyes", "front", (x) => e(x, 48, 6, 3.5), 89),
  ...pair("ears", "front", (x) => e(x, 51, 4, 9), 67),
  one("nose", "front", { kind: "path", d: "M100 50 L95 62 L105 62 Z" }),
  one("mouth", "front", e(100, 69, 9, 3)),
  ...pair("jaw", "front", (x) => e(x, 77, 9, 4.5), 88),
  one("throat", "front", r(92, 84, 16, 16)),
  ...pair("shoulders", "front", (x) => e(x, 112, 17, 10), 60),
  ...pair("arms", "front", (x) => r(x - 7, 124, 14, 106, 7), 48),
  ...pair("hands", "front", (x) => e(x, 246, 8, 12), 48),
  one("chest", "front", r(70, 104, 60, 58, 10)),
  ...pair("lungs", "front", (x) => e(x, 132, 11, 22), 85),
  one("heart", "front", e(111, 140, 7, 7)),
  one("diaphragm", "front", r(72, 164, 56, 6, 3)),
  one("abdomen", "front", r(72, 172, 56, 62, 8)),
  one("solar-plexus", "front", e(100, 179, 5, 5)),
  one("liver", "front", e(84, 189, 11, 7)),
  one("stomach", "front", e(116, 189, 10, 7)),
  one("intestines", "front", e(100, 212, 18, 12)),
  one("pelvis", "front", r(70, 236, 60, 24, 10)),
  one("womb", "front", e(100, 238, 9, 5)),
  one("bladder", "front", e(100, 251, 8, 5)),
  ...pair("hips", "front", (x) => e(x, 250, 7, 13), 64),
  ...pair("legs", "front", (x) => r(x - 11, 264, 22, 146, 9), 85),
  ...pair("knees", "front", (x) => e(x, 336, 9, 9), 85),
  ...pair("feet", "front", (x) => e(x, 425, 12, 7), 83),
  // back: the limbs first (the client's left on the viewer's left), so the back is a whole figure
  ...pair("arms", "back", (x) => r(x - 7, 124, 14, 106, 7), 48),
  ...pair("hands", "back", (x) => e(x, 246, 8, 12), 48),
  ...pair("legs", "back", (x) => r(x - 11, 264, 22, 146, 9), 85),
  ...pair("knees", "back", (x) => e(x, 336, 9, 9), 85),
  ...pair("feet", "back", (x) => e(x, 425, 12, 7), 83),
  ...pair("hips", "back", (x) => e(x, 250, 7, 13), 64),
  ...pair("shoulders", "back", (x) => e(x, 112, 17, 10), 60),
  one("occiput", "back", e(100, 62, 22, 14)),
  one("neck", "back", r(90, 82, 20, 20)),
  one("upper-back", "back", r(70, 104, 60, 60, 10)),
  ...pair("lower-back", "back", (x) => r(x - 13, 168, 26, 64, 6), 85),
  ...pair("kidneys", "back", (x) => e(x, 184, 7, 10), 85),
  one("spine", "back", r(97, 104, 6, 130, 3)),
  one("sacrum", "back", { kind: "path", d: "M86 238 L114 238 L100 266 Z" }),
];

/** Regions that are not one place: drawn as two labelled swatches beside the figure. */
export const WHOLE_REGIONS: ReadonlyArray<{ region: BodyRegion; label: string }> = [
  { region: "whole-body", label: "Whole body" },
  { region: "skin", label: "Skin" },
];

export const regionKey = (region: BodyRegion, side: Side | null) => (side ? `${region}:${side}` : region);

/** The outline drawn under each view, not interactive. */
export const SILHOUETTE =
  "M100 6 C121 6 131 24 131 45 C131 66 121 82 110 84 L110 98 C128 100 150 102 160 114 " +
  "C166 122 160 130 158 140 L156 230 C158 240 160 252 154 258 C146 262 140 252 140 240 L142 140 " +
  "L132 160 L130 262 L127 414 C132 424 134 432 120 433 C106 434 104 428 105 414 L103 266 L97 266 " +
  "L95 414 C96 428 94 434 80 433 C66 432 68 424 73 414 L70 262 L68 160 L58 140 L60 240 C60 252 54 262 46 258 " +
  "C40 252 42 240 44 230 L42 140 C40 130 34 122 40 114 C50 102 72 100 90 98 L90 84 C79 82 69 66 69 45 C69 24 79 6 100 6 Z";
