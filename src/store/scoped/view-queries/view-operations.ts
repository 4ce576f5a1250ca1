// The workspace views' reads (issue 16): one operation per view's first screen, so a view
// request is one access check and one audit record, and reads only what that screen shows.
import { regionSide } from "../../../domain";
import type { OperationsFor } from "../operation";
import { readBodyMap, readBodyMapSessions, readBodyRegion } from "./body-map-query";
import { readBrief } from "./brief-query";
import { readCharacterMessages, readCharacters } from "./characters-query";
import { readContributions, readSharedReflections } from "./contributions-query";
import { readHome } from "./home-query";
import { readLife, readLifeMemories } from "./life-query";
import { readMeasures } from "./measures-query";
import { readMosaic } from "./mosaic-query";
import { readThreadPieces, readThreads } from "./threads-query";

const sessions = { action: "read", resourceType: "session" } as const;

export const viewQueryOperations: OperationsFor<
  | "readBriefView"
  | "readMosaicView"
  | "readBodyMapView"
  | "readBodyRegionView"
  | "readBodyMapSessionsView"
  | "readCharacterMessagesView"
  | "readThreadPiecesView"
  | "readLifeMemoriesView"
  | "readCharactersView"
  | "readThreadsView"
  | "readLifeView"
  | "readMeasuresView"
  | "readContributionsView"
  | "readSharedReflectionsView"
  | "readHomeView"
> = {
  readHomeView: { access: "staff", writes: false, audit: sessions, run: readHome },
  readBriefView: { access: "staff", writes: false, audit: sessions, run: readBrief },
  readMosaicView: { access: "staff", writes: false, audit: sessions, run: readMosaic },
  readBodyMapView: {
    access: "staff",
    writes: false,
    audit: sessions,
    run: (ctx, clientId, filter) => readBodyMap(ctx, clientId, filter ?? {}),
  },
  readBodyRegionView: {
    access: "staff",
    writes: false,
    audit: sessions,
    run: (ctx, clientId, region, filter = {}) =>
      readBodyRegion(ctx, clientId, region, regionSide(region, filter.side ?? undefined), filter),
  },
  readBodyMapSessionsView: { access: "staff", writes: false, audit: sessions, run: readBodyMapSessions },
  readCharactersView: { access: "staff", writes: false, audit: sessions, run: readCharacters },
  readCharacterMessagesView: { access: "staff", writes: false, audit: sessions, run: readCharacterMessages },
  readThreadsView: { access: "staff", writes: false, audit: sessions, run: readThreads },
  readThreadPiecesView: { access: "staff", writes: false, audit: sessions, run: readThreadPieces },
  readLifeView: { access: "staff", writes: false, audit: sessions, run: readLife },
  readLifeMemoriesView: { access: "staff", writes: false, audit: sessions, run: readLifeMemories },
  readMeasuresView: {
    access: "staff",
    writes: false,
    audit: { action: "read", resourceType: "measure-response" },
    run: readMeasures,
  },
  readContributionsView: {
    access: "staff",
    writes: false,
    audit: { action: "read", resourceType: "reflection" },
    run: readContributions,
  },
  readSharedReflectionsView: {
    access: "staff",
    writes: false,
    audit: { action: "read", resourceType: "reflection" },
    run: readSharedReflections,
  },
};
