// The first screen of each workspace view of one client, aggregated on the server so a page
// downloads what it shows and no more. Shapes and builders are in src/domain/views.
import { z } from "zod";
import {
  BodyMapQuery,
  BodyMapView,
  BodyRegion,
  BodyRegionPieces,
  BodyRegionQuery,
  BriefView,
  buildBodyMap,
  buildBrief,
  buildCharacters,
  buildContributions,
  buildLife,
  buildMeasuresAxis,
  buildMosaic,
  buildRegionPieces,
  buildThreads,
  CharactersView,
  ContributionsView,
  Id,
  LifeView,
  MeasuresAxisView,
  MosaicQuery,
  MosaicView,
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
      const [client, sessions, characters, threads, reflections, consents, responses] = await Promise.all([
        store.getClient(clientId),
        store.listSessions(clientId),
        store.listCharacters(clientId),
        store.listThreads(clientId),
        store.listReflections(clientId),
        store.listConsents(clientId),
        store.listMeasureResponses(clientId),
      ]);
      return buildBrief({
        client: { id: client.id, name: client.name },
        sessions,
        characters,
        threads,
        reflections,
        consents,
        scores: briefScores(responses),
      });
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
    handler: async ({ store, params: { clientId }, query }) => {
      const [sessions, characters, threads, courses] = await Promise.all([
        store.listSessions(clientId),
        store.listCharacters(clientId),
        store.listThreads(clientId),
        store.listCourses(clientId),
      ]);
      return buildMosaic({ sessions, characters, threads, courses, ...query });
    },
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
      buildBodyMap(await store.listSessions(clientId), query),
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
      buildRegionPieces(await store.listSessions(clientId), region, query),
  }),
  endpoint({
    name: "getCharactersView",
    method: "GET",
    path: "/api/clients/:clientId/views/characters",
    summary: "A card per character: sessions seen, messages in order, appearance strip",
    params: ClientParams,
    response: { status: 200, schema: CharactersView },
    handler: async ({ store, params: { clientId } }) => {
      const [sessions, characters] = await Promise.all([
        store.listSessions(clientId),
        store.listCharacters(clientId),
      ]);
      return buildCharacters(sessions, characters);
    },
  }),
  endpoint({
    name: "getThreadsView",
    method: "GET",
    path: "/api/clients/:clientId/views/threads",
    summary: "Each thread with its sessions and its pieces in session order",
    params: ClientParams,
    response: { status: 200, schema: ThreadsView },
    handler: async ({ store, params: { clientId } }) => {
      const [sessions, threads] = await Promise.all([
        store.listSessions(clientId),
        store.listThreads(clientId),
      ]);
      return buildThreads(sessions, threads);
    },
  }),
  endpoint({
    name: "getLifeView",
    method: "GET",
    path: "/api/clients/:clientId/views/life",
    summary: "Recalled memories at the client's age at the event, against the session that recalled them",
    params: ClientParams,
    response: { status: 200, schema: LifeView },
    handler: async ({ store, params: { clientId } }) => {
      const [client, sessions, lifeEvents] = await Promise.all([
        store.getClient(clientId),
        store.listSessions(clientId),
        store.listLifeEvents(clientId),
      ]);
      return buildLife({ dateOfBirth: client.dateOfBirth, sessions, lifeEvents });
    },
  }),
  endpoint({
    name: "getMeasuresAxisView",
    method: "GET",
    path: "/api/clients/:clientId/views/measures",
    summary: "Questionnaire totals on the session axis",
    params: ClientParams,
    response: { status: 200, schema: MeasuresAxisView },
    handler: async ({ store, params: { clientId } }) => {
      const [sessions, responses] = await Promise.all([
        store.listSessions(clientId),
        store.listMeasureResponses(clientId),
      ]);
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
    handler: async ({ store, params: { clientId } }) => {
      const [reflections, consents, courses] = await Promise.all([
        store.listReflections(clientId),
        store.listConsents(clientId),
        store.listCourses(clientId),
      ]);
      return buildContributions({ reflections, consents, courses });
    },
  }),
];
