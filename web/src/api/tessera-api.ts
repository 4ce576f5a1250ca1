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

  extract: (text: string, signal?: AbortSignal) =>
    apiRequest<{ pieces: ExtractedPiece[] }>("POST", "/api/extract", { text }, signal).then((r) => r.pieces),
};
