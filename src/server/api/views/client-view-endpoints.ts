// The first screen of each workspace view of one client, aggregated on the server so a page
// downloads what it shows and no more. Each handler makes one store read (one access check, one
// audit record) that selects and counts in SQL only what the screen shows (issue 16); the pure
// builders in src/domain/views lay the rows out.
import { z } from "zod";
import {
  BodyMapQuery,
  BodyMapSessions,
  BodyMapSessionsQuery,
  BodyMapView,
  buildBodyMapSessionsFromRows,
  buildLifeMemoriesFromRows,
  buildMeasuresAxisFromRows,
  CharacterMessagesPage,
  LifeMemoriesPage,
  LifeMemoriesQuery,
  MeasuresQuery,
  PageQuery,
  ThreadPiecesPage,
  BodyRegion,
  BodyRegionPieces,
  BodyRegionQuery,
  BriefView,
  buildBodyMapFromRows,
  buildBriefFromRows,
  buildCharactersFromRows,
  buildContributionsFromRows,
  buildSharedReflectionsFromRows,
  SharedReflectionsPage,
  buildLifeFromRows,
  buildMosaicFromRows,
  buildRegionPiecesFromRows,
  buildThreadsFromRows,
  CharactersView,
  ContributionsView,
  Id,
  LifeView,
  MeasuresAxisView,
  MosaicQuery,
  MosaicView,
  regionSide,
  ThreadsView,
} from "../../../domain";
import type { ScopedStore } from "../../../store/store";
import { endpoint } from "../endpoint";
import { ClientParams } from "../params";
import { briefScores, measurePoints } from "./scores";

const RegionParams = z.object({ clientId: Id, region: BodyRegion });
const CharacterParams = z.object({ clientId: Id, characterId: Id });
const ThreadParams = z.object({ clientId: Id, threadId: Id });

export const clientViewEndpoints = [
  endpoint({
    name: "getBriefView",
    method: "GET",
    path: "/api/clients/:clientId/views/brief",
    summary:
      "Before the next session: last session, open threads, recent characters, reflections, scores, consents",
    params: ClientParams,
    response: { status: 200, schema: BriefView },
    handler: async ({ store, params: { clientId } }) => {
      const rows = await store.readBriefView(clientId);
      return buildBriefFromRows(rows, briefScores(rows.responses));
    },
  }),
  endpoint({
    name: "getMosaicView",
    method: "GET",
    path: "/api/clients/:clientId/views/mosaic",
    summary: "The mosaic timeline: a page of sessions with their pieces as tiles, and a month overview",
    params: ClientParams,
    query: MosaicQuery,
    response: { status: 200, schema: MosaicView },
    handler: async ({ store, params: { clientId }, query }) =>
      buildMosaicFromRows(await store.readMosaicView(clientId, query), query),
  }),
  endpoint({
    name: "getBodyMapView",
    method: "GET",
    path: "/api/clients/:clientId/views/body-map",
    summary: "Pieces per body region and side over the sessions in range (filtered by kind, emotion, dates)",
    params: ClientParams,
    query: BodyMapQuery,
    response: { status: 200, schema: BodyMapView },
    handler: async ({ store, params: { clientId }, query }) =>
      buildBodyMapFromRows(await store.readBodyMapView(clientId, query)),
  }),
  endpoint({
    name: "getBodyMapSessions",
    method: "GET",
    path: "/api/clients/:clientId/views/body-map-sessions",
    summary: "The body map stepper: a window of sessions in range, each with its own region counts",
    params: ClientParams,
    query: BodyMapSessionsQuery,
    response: { status: 200, schema: BodyMapSessions },
    handler: async ({ store, params: { clientId }, query }) =>
      buildBodyMapSessionsFromRows(await store.readBodyMapSessionsView(clientId, query)),
  }),
  endpoint({
    name: "getBodyRegionPieces",
    method: "GET",
    path: "/api/clients/:clientId/views/body-map/:region",
    summary: "A page of the pieces felt in one body region, by session (tissue memory)",
    params: RegionParams,
    query: BodyRegionQuery,
    response: { status: 200, schema: BodyRegionPieces },
    handler: async ({ store, params: { clientId, region }, query }) =>
      buildRegionPiecesFromRows(
        await store.readBodyRegionView(clientId, region, query),
        region,
        regionSide(region, query.side),
      ),
  }),
  endpoint({
    name: "getCharactersView",
    method: "GET",
    path: "/api/clients/:clientId/views/characters",
    summary: "A card per character: sessions seen, first and last, appearance strip, its latest messages",
    params: ClientParams,
    response: { status: 200, schema: CharactersView },
    handler: async ({ store, params: { clientId } }) =>
      buildCharactersFromRows(await store.readCharactersView(clientId)),
  }),
  endpoint({
    name: "getCharacterMessages",
    method: "GET",
    path: "/api/clients/:clientId/views/characters/:characterId/messages",
    summary: "A page of one character's messages in session order (without an offset: the latest)",
    params: CharacterParams,
    query: PageQuery,
    response: { status: 200, schema: CharacterMessagesPage },
    handler: ({ store, params: { clientId, characterId }, query }) =>
      store.readCharacterMessagesView(clientId, characterId, query),
  }),
  endpoint({
    name: "getThreadsView",
    method: "GET",
    path: "/api/clients/:clientId/views/threads",
    summary:
      "Each thread with its status, counts, first and last session, appearance strip and latest pieces",
    params: ClientParams,
    response: { status: 200, schema: ThreadsView },
    handler: async ({ store, params: { clientId } }) =>
      buildThreadsFromRows(await store.readThreadsView(clientId)),
  }),
  endpoint({
    name: "getThreadPieces",
    method: "GET",
    path: "/api/clients/:clientId/views/threads/:threadId/pieces",
    summary: "A page of one thread's pieces in session order (without an offset: the latest)",
    params: ThreadParams,
    query: PageQuery,
    response: { status: 200, schema: ThreadPiecesPage },
    handler: ({ store, params: { clientId, threadId }, query }) =>
      store.readThreadPiecesView(clientId, threadId, query),
  }),
  endpoint({
    name: "getLifeView",
    method: "GET",
    path: "/api/clients/:clientId/views/life",
    summary:
      "Recalled memories counted by age at the event against the sessions that recalled them, the latest recalls, the first by age",
    params: ClientParams,
    response: { status: 200, schema: LifeView },
    handler: async ({ store, params: { clientId } }) => buildLifeFromRows(await store.readLifeView(clientId)),
  }),
  endpoint({
    name: "getLifeMemories",
    method: "GET",
    path: "/api/clients/:clientId/views/life/memories",
    summary: "A page of the recalled memories by age at the event",
    params: ClientParams,
    query: LifeMemoriesQuery,
    response: { status: 200, schema: LifeMemoriesPage },
    handler: async ({ store, params: { clientId }, query }) =>
      buildLifeMemoriesFromRows(await store.readLifeMemoriesView(clientId, query)),
  }),
  endpoint({
    name: "getMeasuresAxisView",
    method: "GET",
    path: "/api/clients/:clientId/views/measures",
    summary: "Questionnaire totals on the latest window of the session axis",
    params: ClientParams,
    response: { status: 200, schema: MeasuresAxisView },
    handler: async ({ store, params: { clientId } }) => measuresAxis(store, clientId, {}),
  }),
  endpoint({
    name: "getMeasuresAxisWindow",
    method: "GET",
    path: "/api/clients/:clientId/views/measures/window",
    summary:
      "Questionnaire totals on an earlier window of the session axis (offset sessions back from the latest)",
    params: ClientParams,
    query: MeasuresQuery,
    response: { status: 200, schema: MeasuresAxisView },
    handler: async ({ store, params: { clientId }, query }) => measuresAxis(store, clientId, query),
  }),
  endpoint({
    name: "getContributionsView",
    method: "GET",
    path: "/api/clients/:clientId/views/contributions",
    summary: "The client's shared reflections, consents and courses",
    params: ClientParams,
    response: { status: 200, schema: ContributionsView },
    handler: async ({ store, params: { clientId } }) =>
      buildContributionsFromRows(await store.readContributionsView(clientId)),
  }),
  endpoint({
    name: "getSharedReflections",
    method: "GET",
    path: "/api/clients/:clientId/views/contributions/reflections",
    summary: "A page of the client's shared reflections in the order written (without an offset: the latest)",
    params: ClientParams,
    query: PageQuery,
    response: { status: 200, schema: SharedReflectionsPage },
    handler: async ({ store, params: { clientId }, query }) =>
      buildSharedReflectionsFromRows(await store.readSharedReflectionsView(clientId, query)),
  }),
];

async function measuresAxis(store: ScopedStore, clientId: string, window: MeasuresQuery) {
  const rows = await store.readMeasuresView(clientId, window);
  return buildMeasuresAxisFromRows(rows, measurePoints(rows.responses));
}
