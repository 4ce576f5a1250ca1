// The code of each client view's page, one chunk each, by the view's address segment: the router
// loads a page's chunk when its address opens, and the first script (boot.ts) starts the chunk of
// the view a deep link names at once, so it arrives while the login is checked.
import type { ComponentType } from "react";

export const VIEW_PAGES: Record<string, () => Promise<ComponentType>> = {
  brief: () => import("../workspace/brief/brief-page").then((m) => m.BriefPage),
  mosaic: () => import("../workspace/mosaic/mosaic-page").then((m) => m.MosaicPage),
  "body-map": () => import("../workspace/body-map/body-map-page").then((m) => m.BodyMapPage),
  characters: () => import("../workspace/characters/characters-page").then((m) => m.CharactersPage),
  threads: () => import("../workspace/threads/threads-page").then((m) => m.ThreadsPage),
  life: () => import("../workspace/life/life-page").then((m) => m.LifePage),
  measures: () => import("../workspace/measures/measures-axis-page").then((m) => m.MeasuresAxisPage),
  contributions: () =>
    import("../workspace/contributions/contributions-page").then((m) => m.ContributionsPage),
  export: () => import("../workspace/export/export-page").then((m) => m.ExportPage),
};

/** The view segment of a client view's hash address, if the address is one. */
export function linkedViewPage(hash: string): string | null {
  const view = /^#\/clients\/[^/?#]+\/([a-z-]+)(?:[/?#]|$)/.exec(hash)?.[1];
  return view && view in VIEW_PAGES ? view : null;
}
