// Generated from the endpoint declarations by `npm run generate:api`; do not edit.
import type { z } from "zod";
import type * as domain from "../../../src/domain";
import type * as measures from "../../../src/measures";
import { apiRequest, withQuery } from "./http";

const enc = encodeURIComponent;

export const api = {
  /** GET /api/setup: Whether this Tessera still needs its first-run setup. */
  getSetupStatus: (signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.SetupStatus>>("GET", `/api/setup`, undefined, signal),
  /** POST /api/setup: Create the practice and its first administrator, and log in (409 once set up). */
  setup: (body: z.input<typeof domain.SetupInput>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Me>>("POST", `/api/setup`, body, signal),
  /** POST /api/auth/login: Log in with email and password (401 on wrong credentials). */
  login: (body: z.input<typeof domain.LoginInput>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Me>>("POST", `/api/auth/login`, body, signal),
  /** POST /api/auth/logout: End this login session. */
  logout: (signal?: AbortSignal) => apiRequest<void>("POST", `/api/auth/logout`, undefined, signal),
  /** GET /api/auth/me: The logged-in user and their practice (401 when not logged in). */
  me: (signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Me>>("GET", `/api/auth/me`, undefined, signal),
  /** GET /api/clients: The practice's clients, by name. */
  listClients: (signal?: AbortSignal) =>
    apiRequest<{ items: Array<z.output<typeof domain.Client>> }>("GET", `/api/clients`, undefined, signal),
  /** POST /api/clients: Create a client record. */
  createClient: (body: z.input<typeof domain.ClientInput>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Client>>("POST", `/api/clients`, body, signal),
  /** GET /api/clients/:clientId: One client record (a client login reads its own). */
  getClient: (clientId: string, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Client>>("GET", `/api/clients/${enc(clientId)}`, undefined, signal),
  /** PUT /api/clients/:clientId: Replace a client record's details. */
  updateClient: (clientId: string, body: z.input<typeof domain.ClientInput>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Client>>("PUT", `/api/clients/${enc(clientId)}`, body, signal),
  /** GET /api/clients/:clientId/sessions: A client's sessions with their pieces, oldest first. */
  listSessions: (clientId: string, signal?: AbortSignal) =>
    apiRequest<{ items: Array<z.output<typeof domain.Session>> }>(
      "GET",
      `/api/clients/${enc(clientId)}/sessions`,
      undefined,
      signal,
    ),
  /** POST /api/clients/:clientId/sessions: Record a session (a draft until signed). */
  createSession: (clientId: string, body: z.input<typeof domain.SessionInput>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Session>>(
      "POST",
      `/api/clients/${enc(clientId)}/sessions`,
      body,
      signal,
    ),
  /** GET /api/sessions/:sessionId: One session with its pieces. */
  getSession: (sessionId: string, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Session>>("GET", `/api/sessions/${enc(sessionId)}`, undefined, signal),
  /** PUT /api/sessions/:sessionId: Replace a draft session (409 once signed). */
  updateSession: (sessionId: string, body: z.input<typeof domain.SessionInput>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Session>>("PUT", `/api/sessions/${enc(sessionId)}`, body, signal),
  /** POST /api/sessions/:sessionId/sign: Sign a session: it is locked from then on. */
  signSession: (sessionId: string, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Session>>(
      "POST",
      `/api/sessions/${enc(sessionId)}/sign`,
      undefined,
      signal,
    ),
  /** GET /api/clients/:clientId/characters: A client's characters. */
  listCharacters: (clientId: string, signal?: AbortSignal) =>
    apiRequest<{ items: Array<z.output<typeof domain.Character>> }>(
      "GET",
      `/api/clients/${enc(clientId)}/characters`,
      undefined,
      signal,
    ),
  /** POST /api/clients/:clientId/characters: Name a character that appeared. */
  createCharacter: (clientId: string, body: z.input<typeof domain.CharacterInput>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Character>>(
      "POST",
      `/api/clients/${enc(clientId)}/characters`,
      body,
      signal,
    ),
  /** PUT /api/characters/:characterId: Replace a character's label, aspect and notes. */
  updateCharacter: (characterId: string, body: z.input<typeof domain.CharacterInput>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Character>>("PUT", `/api/characters/${enc(characterId)}`, body, signal),
  /** GET /api/clients/:clientId/threads: A client's threads with the ids of their pieces. */
  listThreads: (clientId: string, signal?: AbortSignal) =>
    apiRequest<{ items: Array<z.output<typeof domain.Thread>> }>(
      "GET",
      `/api/clients/${enc(clientId)}/threads`,
      undefined,
      signal,
    ),
  /** POST /api/clients/:clientId/threads: Open a thread. */
  createThread: (clientId: string, body: z.input<typeof domain.ThreadInput>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Thread>>("POST", `/api/clients/${enc(clientId)}/threads`, body, signal),
  /** PUT /api/threads/:threadId: Replace a thread's name, description and status. */
  updateThread: (threadId: string, body: z.input<typeof domain.ThreadInput>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Thread>>("PUT", `/api/threads/${enc(threadId)}`, body, signal),
  /** GET /api/clients/:clientId/process: A client's process view. */
  getProcess: (clientId: string, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.ProcessView>>(
      "GET",
      `/api/clients/${enc(clientId)}/process`,
      undefined,
      signal,
    ),
  /** GET /api/clients/:clientId/life-events: A client's life events. */
  listLifeEvents: (clientId: string, signal?: AbortSignal) =>
    apiRequest<{ items: Array<z.output<typeof domain.LifeEvent>> }>(
      "GET",
      `/api/clients/${enc(clientId)}/life-events`,
      undefined,
      signal,
    ),
  /** POST /api/clients/:clientId/life-events: Add a life event. */
  createLifeEvent: (clientId: string, body: z.input<typeof domain.LifeEventInput>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.LifeEvent>>(
      "POST",
      `/api/clients/${enc(clientId)}/life-events`,
      body,
      signal,
    ),
  /** PUT /api/life-events/:lifeEventId: Replace a life event. */
  updateLifeEvent: (lifeEventId: string, body: z.input<typeof domain.LifeEventInput>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.LifeEvent>>(
      "PUT",
      `/api/life-events/${enc(lifeEventId)}`,
      body,
      signal,
    ),
  /** DELETE /api/life-events/:lifeEventId: Delete a life event. */
  deleteLifeEvent: (lifeEventId: string, signal?: AbortSignal) =>
    apiRequest<void>("DELETE", `/api/life-events/${enc(lifeEventId)}`, undefined, signal),
  /** GET /api/clients/:clientId/courses: A client's courses of treatment. */
  listCourses: (clientId: string, signal?: AbortSignal) =>
    apiRequest<{ items: Array<z.output<typeof domain.Course>> }>(
      "GET",
      `/api/clients/${enc(clientId)}/courses`,
      undefined,
      signal,
    ),
  /** POST /api/clients/:clientId/courses: Open a course. */
  createCourse: (clientId: string, body: z.input<typeof domain.CourseInput>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Course>>("POST", `/api/clients/${enc(clientId)}/courses`, body, signal),
  /** PUT /api/courses/:courseId: Replace a course. */
  updateCourse: (courseId: string, body: z.input<typeof domain.CourseInput>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Course>>("PUT", `/api/courses/${enc(courseId)}`, body, signal),
  /** GET /api/clients/:clientId/reflections: A client's reflections (staff see only the shared ones). */
  listReflections: (clientId: string, signal?: AbortSignal) =>
    apiRequest<{ items: Array<z.output<typeof domain.Reflection>> }>(
      "GET",
      `/api/clients/${enc(clientId)}/reflections`,
      undefined,
      signal,
    ),
  /** POST /api/clients/:clientId/reflections: Write a reflection. */
  createReflection: (clientId: string, body: z.input<typeof domain.ReflectionInput>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Reflection>>(
      "POST",
      `/api/clients/${enc(clientId)}/reflections`,
      body,
      signal,
    ),
  /** GET /api/clients/:clientId/consents: A client's consents. */
  listConsents: (clientId: string, signal?: AbortSignal) =>
    apiRequest<{ items: Array<z.output<typeof domain.Consent>> }>(
      "GET",
      `/api/clients/${enc(clientId)}/consents`,
      undefined,
      signal,
    ),
  /** POST /api/clients/:clientId/consents: Record a consent given or refused. */
  createConsent: (clientId: string, body: z.input<typeof domain.ConsentInput>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Consent>>(
      "POST",
      `/api/clients/${enc(clientId)}/consents`,
      body,
      signal,
    ),
  /** POST /api/consents/:consentId/withdraw: Withdraw a consent. */
  withdrawConsent: (consentId: string, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Consent>>(
      "POST",
      `/api/consents/${enc(consentId)}/withdraw`,
      undefined,
      signal,
    ),
  /** GET /api/measures: The questionnaires Tessera scores, with items, options, bands and licence. */
  listInstruments: (signal?: AbortSignal) =>
    apiRequest<{ items: Array<z.output<typeof measures.InstrumentDescription>> }>(
      "GET",
      `/api/measures`,
      undefined,
      signal,
    ),
  /** GET /api/clients/:clientId/measure-responses: A client's responses, each with its score and change from previous and baseline. */
  listMeasureResponses: (clientId: string, signal?: AbortSignal) =>
    apiRequest<{ items: Array<z.output<typeof measures.TimelineItem>> }>(
      "GET",
      `/api/clients/${enc(clientId)}/measure-responses`,
      undefined,
      signal,
    ),
  /** POST /api/clients/:clientId/measure-responses: Record a questionnaire response; answers with its score. */
  createMeasureResponse: (
    clientId: string,
    body: z.input<typeof domain.MeasureResponseInput>,
    signal?: AbortSignal,
  ) =>
    apiRequest<z.output<typeof measures.ScoredResponse>>(
      "POST",
      `/api/clients/${enc(clientId)}/measure-responses`,
      body,
      signal,
    ),
  /** GET /api/safety-flags: The practice's safety flags not yet followed up, oldest first. */
  listSafetyFlags: (signal?: AbortSignal) =>
    apiRequest<{ items: Array<z.output<typeof domain.OpenSafetyFlag>> }>(
      "GET",
      `/api/safety-flags`,
      undefined,
      signal,
    ),
  /** POST /api/measure-responses/:responseId/follow-up: Record the follow-up of a response's safety flags. */
  recordFollowUp: (responseId: string, body: z.input<typeof domain.FollowUpInput>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.MeasureResponse>>(
      "POST",
      `/api/measure-responses/${enc(responseId)}/follow-up`,
      body,
      signal,
    ),
  /** GET /api/clients/:clientId/measure-responses.csv: A client's responses as CSV (audited as an export). */
  clientMeasuresCsvHref: (clientId: string) => `/api/clients/${enc(clientId)}/measure-responses.csv`,
  /** GET /api/measure-responses.csv: Every response of the practice as CSV (audited as an export). */
  practiceMeasuresCsvHref: () => `/api/measure-responses.csv`,
  /** GET /api/search: Search the practice's records. */
  search: (query: z.input<typeof domain.SearchQuery>, signal?: AbortSignal) =>
    apiRequest<{ items: Array<z.output<typeof domain.SearchHit>> }>(
      "GET",
      withQuery(`/api/search`, query),
      undefined,
      signal,
    ),
  /** POST /api/extract: Suggest pieces from a narrative. */
  extract: (body: z.input<typeof domain.ExtractRequest>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.ExtractResult>>("POST", `/api/extract`, body, signal),
  /** GET /api/audit: Audit records, newest first (administrators). */
  listAudit: (query: z.input<typeof domain.AuditQuery>, signal?: AbortSignal) =>
    apiRequest<{ items: Array<z.output<typeof domain.AuditRecord>> }>(
      "GET",
      withQuery(`/api/audit`, query),
      undefined,
      signal,
    ),
};
