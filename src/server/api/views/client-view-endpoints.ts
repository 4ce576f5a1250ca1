// The first screen of each workspace view of one client, aggregated on the server so a page
// downloads what it shows and no more. Each handler makes one store read (one access check, one
// audit record) that selects and counts in SQL only what the screen shows (issue 16); the pure
// builders in src/domain/views lay the rows out.
import { z } from "zod";
import {
  BodyMapQuery,
  BodyMapView,
  BodyRegion,
  BodyRegionPieces,
  BodyRegionQuery,
  BriefView,
  buildBodyMapFromRows,
  buildBriefFromRows,
  buildCharactersFromRows,
  buildContributions,
  buildLifeFromRows,
  buildMeasuresAxis,
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
import { endpoint } from "../endpoint";
import { ClientParams } from "../params";
import { briefScores, measurePoints } from "./scores";

const RegionParams = z.object({ clientId: Id, region: BodyRegion });

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
    summary: "Pieces per body region and side, over the process and per session",
    params: ClientParams,
    query: BodyMapQuery,
    response: { status: 200, schema: BodyMapView },
    handler: async ({ store, params: { clientId }, query }) =>
      buildBodyMapFromRows(await store.readBodyMapView(clientId, query)),
  }),
  endpoint({
    name: "getBodyRegionPieces",
    method: "GET",
    path: "/api/clients/:clientId/views/body-map/:region",
    summary: "The pieces felt in one body region, by session (tissue memory)",
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
    summary: "A card per character: sessions seen, messages in order, appearance strip",
    params: ClientParams,
    response: { status: 200, schema: CharactersView },
    handler: async ({ store, params: { clientId } }) =>
      buildCharactersFromRows(await store.readCharactersView(clientId)),
  }),
  endpoint({
    name: "getThreadsView",
    method: "GET",
    path: "/api/clients/:clientId/views/threads",
    summary: "Each thread with its sessions and its pieces in session order",
    params: ClientParams,
    response: { status: 200, schema: ThreadsView },
    handler: async ({ store, params: { clientId } }) =>
      buildThreadsFromRows(await store.readThreadsView(clientId)),
  }),
  endpoint({
    name: "getLifeView",
    method: "GET",
    path: "/api/clients/:clientId/views/life",
    summary: "Recalled memories at the client's age at the event, against the session that recalled them",
    params: ClientParams,
    response: { status: 200, schema: LifeView },
    handler: async ({ store, params: { clientId } }) => buildLifeFromRows(await store.readLifeView(clientId)),
  }),
  endpoint({
    name: "getMeasuresAxisView",
    method: "GET",
    path: "/api/clients/:clientId/views/measures",
    summary: "Questionnaire totals on the session axis",
    params: ClientParams,
    response: { status: 200, schema: MeasuresAxisView },
    handler: async ({ store, params: { clientId } }) => {
      const { sessions, responses } = await store.readMeasuresView(clientId);
      return buildMeasuresAxis(sessions, measurePoints(responses));
    },
  }),
  endpoint({
    name: "getContributionsView",
    method: "GET",
    path: "/api/clients/:clientId/views/contributions",
    summary: "The client's shared reflections, consents and courses",
    params: ClientParams,
    response: { status: 200, schema: ContributionsView },
    handler: async ({ store, params: { clientId } }) =>
      buildContributions(await store.readContributionsView(clientId)),
  }),
];
