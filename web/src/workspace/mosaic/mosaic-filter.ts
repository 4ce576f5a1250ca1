// What the mosaic's filters and highlight mean, kept apart from the page so it is tested alone.
// Filters narrow (tiles that do not match are left out); the highlight keeps every tile but dims
// those not on the chosen line (a character, thread, region or emotion) across all sessions.
import type { BodyRegion, Emotion, PieceKind, PieceTile, SessionRef } from "../../../../src/domain";

export interface MosaicFilter {
  kind?: PieceKind;
  region?: BodyRegion;
  emotion?: Emotion;
  character?: string;
  thread?: string;
  from?: string;
  to?: string;
}

export type Highlight =
  | { by: "character"; id: string }
  | { by: "thread"; id: string }
  | { by: "region"; id: BodyRegion }
  | { by: "emotion"; id: Emotion }
  | null;

export function tileMatches(t: PieceTile, f: MosaicFilter): boolean {
  return (
    (!f.kind || t.kind === f.kind) &&
    (!f.region || t.regions.includes(f.region)) &&
    (!f.emotion || t.emotions.includes(f.emotion)) &&
    (!f.character || t.characterId === f.character) &&
    (!f.thread || t.threadIds.includes(f.thread))
  );
}

export function sessionInRange(s: Pick<SessionRef, "date">, f: MosaicFilter): boolean {
  return (!f.from || s.date >= f.from) && (!f.to || s.date <= f.to);
}

export function onHighlight(t: PieceTile, h: Highlight): boolean {
  if (!h) return false;
  switch (h.by) {
    case "character":
      return t.characterId === h.id;
    case "thread":
      return t.threadIds.includes(h.id);
    case "region":
      return t.regions.includes(h.id);
    case "emotion":
      return t.emotions.includes(h.id);
  }
}

/** The sessions to draw and their tiles: sessions left with no tile are dropped while filtering. */
export function applyMosaicFilter<S extends SessionRef & { tiles: PieceTile[] }>(
  sessions: readonly S[],
  f: MosaicFilter,
): S[] {
  const filtering = !!(f.kind || f.region || f.emotion || f.character || f.thread);
  return sessions
    .filter((s) => sessionInRange(s, f))
    .map((s) => ({ ...s, tiles: s.tiles.filter((t) => tileMatches(t, f)) }))
    .filter((s) => !filtering || s.tiles.length > 0);
}

/** Filter and highlight as URL search parameters, so a filtered mosaic can be linked to. */
export function readMosaicParams(p: URLSearchParams): { filter: MosaicFilter; highlight: Highlight } {
  const get = (k: string) => p.get(k) || undefined;
  const filter: MosaicFilter = {
    kind: get("kind") as PieceKind | undefined,
    region: get("region") as BodyRegion | undefined,
    emotion: get("emotion") as Emotion | undefined,
    character: get("character"),
    thread: get("thread"),
    from: get("from"),
    to: get("to"),
  };
  const h = get("highlight");
  const [by, id] = h ? (h.split(":") as [string, string]) : [];
  const highlight =
    by && id && ["character", "thread", "region", "emotion"].includes(by) ? ({ by, id } as Highlight) : null;
  return { filter, highlight };
}
