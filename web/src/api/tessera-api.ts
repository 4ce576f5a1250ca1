// The HTTP API of docs/api.md, typed with the domain shapes.
import type { z } from "zod";
import type {
  Character,
  CharacterInput,
  Client,
  ClientInput,
  ExtractedPiece,
  LifeEvent,
  LifeEventInput,
  FollowUpInput,
  MeasureResponse,
  MeasureResponseInput,
  OpenSafetyFlag,
  Practice,
  ProcessView,
  Session,
  SessionInput,
  SetupInput,
  LoginInput,
  Thread,
  ThreadInput,
  User,
} from "../../../src/domain";
import type { describeInstruments } from "../../../src/server/routes/measure-catalogue";
import type { ScoredResponse, TimelineItem } from "../../../src/server/routes/measure-timeline";
import { apiRequest } from "./http";

export interface Me {
  user: User;
  practice: Practice;
}
type Items<T> = { items: T[] };
/** A session body with every default filled in: what the session form holds. */
export type SessionBody = z.output<typeof SessionInput>;
/** A client body with every default filled in: what the client form holds. */
export type ClientBody = z.output<typeof ClientInput>;
/** One instrument as GET /api/measures describes it (the catalogue's own shape). */
export type Instrument = ReturnType<typeof describeInstruments>[number];
export type { ScoredResponse, TimelineItem };

const enc = encodeURIComponent;

export const api = {
  needsSetup: () => apiRequest<{ needsSetup: boolean }>("GET", "/api/setup").then((r) => r.needsSetup),
  setup: (input: SetupInput) => apiRequest<Me>("POST", "/api/setup", input),
  login: (input: LoginInput) => apiRequest<Me>("POST", "/api/auth/login", input),
  logout: () => apiRequest<void>("POST", "/api/auth/logout"),
  me: () => apiRequest<Me>("GET", "/api/auth/me"),

  listClients: () => apiRequest<Items<Client>>("GET", "/api/clients").then((r) => r.items),
  getClient: (id: string) => apiRequest<Client>("GET", `/api/clients/${enc(id)}`),
  createClient: (input: ClientInput) => apiRequest<Client>("POST", "/api/clients", input),
  updateClient: (id: string, input: ClientInput) =>
    apiRequest<Client>("PUT", `/api/clients/${enc(id)}`, input),

  listSessions: (clientId: string) =>
    apiRequest<Items<Session>>("GET", `/api/clients/${enc(clientId)}/sessions`).then((r) => r.items),
  getSession: (id: string) => apiRequest<Session>("GET", `/api/sessions/${enc(id)}`),
  createSession: (clientId: string, input: SessionBody) =>
    apiRequest<Session>("POST", `/api/clients/${enc(clientId)}/sessions`, input),
  updateSession: (id: string, input: SessionBody) =>
    apiRequest<Session>("PUT", `/api/sessions/${enc(id)}`, input),
  signSession: (id: string) => apiRequest<Session>("POST", `/api/sessions/${enc(id)}/sign`),

  listCharacters: (clientId: string) =>
    apiRequest<Items<Character>>("GET", `/api/clients/${enc(clientId)}/characters`).then((r) => r.items),
  createCharacter: (clientId: string, input: CharacterInput) =>
    apiRequest<Character>("POST", `/api/clients/${enc(clientId)}/characters`, input),

  updateCharacter: (id: string, input: CharacterInput) =>
    apiRequest<Character>("PUT", `/api/characters/${enc(id)}`, input),

  listThreads: (clientId: string) =>
    apiRequest<Items<Thread>>("GET", `/api/clients/${enc(clientId)}/threads`).then((r) => r.items),
  createThread: (clientId: string, input: ThreadInput) =>
    apiRequest<Thread>("POST", `/api/clients/${enc(clientId)}/threads`, input),

  updateThread: (id: string, input: ThreadInput) =>
    apiRequest<Thread>("PUT", `/api/threads/${enc(id)}`, input),

  listLifeEvents: (clientId: string) =>
    apiRequest<Items<LifeEvent>>("GET", `/api/clients/${enc(clientId)}/life-events`).then((r) => r.items),
  createLifeEvent: (clientId: string, input: LifeEventInput) =>
    apiRequest<LifeEvent>("POST", `/api/clients/${enc(clientId)}/life-events`, input),
  deleteLifeEvent: (id: string) => apiRequest<void>("DELETE", `/api/life-events/${enc(id)}`),

  getProcess: (clientId: string) => apiRequest<ProcessView>("GET", `/api/clients/${enc(clientId)}/process`),

  listInstruments: () => apiRequest<Items<Instrument>>("GET", "/api/measures").then((r) => r.items),
  listMeasureResponses: (clientId: string) =>
    apiRequest<Items<TimelineItem>>("GET", `/api/clients/${enc(clientId)}/measure-responses`).then(
      (r) => r.items,
    ),
  createMeasureResponse: (clientId: string, input: MeasureResponseInput) =>
    apiRequest<ScoredResponse>("POST", `/api/clients/${enc(clientId)}/measure-responses`, input),
  listSafetyFlags: () => apiRequest<Items<OpenSafetyFlag>>("GET", "/api/safety-flags").then((r) => r.items),
  recordFollowUp: (responseId: string, input: FollowUpInput) =>
    apiRequest<MeasureResponse>("POST", `/api/measure-responses/${enc(responseId)}/follow-up`, input),
  /** Download addresses (plain links: the browser sends the session cookie and saves the file). */
  clientMeasuresCsvHref: (clientId: string) => `/api/clients/${enc(clientId)}/measure-responses.csv`,
  practiceMeasuresCsvHref: () => "/api/measure-responses.csv",

  extract: (text: string, signal?: AbortSignal) =>
    apiRequest<{ pieces: ExtractedPiece[] }>("POST", "/api/extract", { text }, signal).then((r) => r.pieces),
};
