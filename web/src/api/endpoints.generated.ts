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
  /** POST /api/auth/login: Log in with email and password (401 on wrong credentials); an account with a second factor answers a challenge for its code. */
  login: (body: z.input<typeof domain.LoginInput>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.LoginOutcome>>("POST", `/api/auth/login`, body, signal),
  /** POST /api/auth/logout: End this login session. */
  logout: (signal?: AbortSignal) => apiRequest<void>("POST", `/api/auth/logout`, undefined, signal),
  /** POST /api/auth/password-reset: Set a new password with a one-time reset link; every login session of the account ends. */
  completePasswordReset: (body: z.input<typeof domain.PasswordResetInput>, signal?: AbortSignal) =>
    apiRequest<void>("POST", `/api/auth/password-reset`, body, signal),
  /** POST /api/auth/password: Change one's own password; every other login session ends (401 on a wrong current password). */
  changePassword: (body: z.input<typeof domain.PasswordChangeInput>, signal?: AbortSignal) =>
    apiRequest<void>("POST", `/api/auth/password`, body, signal),
  /** GET /api/auth/me: The logged-in user and their practice (401 when not logged in). */
  me: (signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Me>>("GET", `/api/auth/me`, undefined, signal),
  /** POST /api/auth/login/second-factor: The second step of a login: the challenge from the password step and a TOTP or recovery code (429 when throttled). */
  loginSecondFactor: (body: z.input<typeof domain.SecondFactorLoginInput>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.LoginOutcome>>("POST", `/api/auth/login/second-factor`, body, signal),
  /** GET /api/auth/second-factor: Whether one's own account has a second factor, and how many recovery codes are left. */
  getSecondFactor: (signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.SecondFactorStatus>>(
      "GET",
      `/api/auth/second-factor`,
      undefined,
      signal,
    ),
  /** POST /api/auth/second-factor/enrolment: Start enrolling an authenticator app: a new secret as QR code and text, confirmed by its first code (staff). */
  startTotpEnrolment: (signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.TotpEnrolment>>(
      "POST",
      `/api/auth/second-factor/enrolment`,
      undefined,
      signal,
    ),
  /** POST /api/auth/second-factor/enrolment/confirm: Confirm the enrolment with a first code; answers ten recovery codes, shown this once. */
  confirmTotpEnrolment: (body: z.input<typeof domain.TotpConfirmInput>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.RecoveryCodes>>(
      "POST",
      `/api/auth/second-factor/enrolment/confirm`,
      body,
      signal,
    ),
  /** POST /api/auth/second-factor/disable: Turn one's own second factor off, with the password and a code (401 on a wrong password). */
  disableSecondFactor: (body: z.input<typeof domain.SecondFactorDisableInput>, signal?: AbortSignal) =>
    apiRequest<void>("POST", `/api/auth/second-factor/disable`, body, signal),
  /** GET /api/clients: The practice's clients, by name. */
  listClients: (signal?: AbortSignal) =>
    apiRequest<{ items: Array<z.output<typeof domain.Client>> }>("GET", `/api/clients`, undefined, signal),
  /** POST /api/clients: Create a client record. */
  createClient: (body: z.input<typeof domain.ClientInput>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Client>>("POST", `/api/clients`, body, signal),
  /** GET /api/clients/:clientId: One client record (a client login reads its own). */
  getClient: (clientId: string, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Client>>("GET", `/api/clients/${enc(clientId)}`, undefined, signal),
  /** PUT /api/clients/:clientId: Replace a client record's details (every field, with the version it started from; 409 when stale). */
  updateClient: (clientId: string, body: z.input<typeof domain.ClientUpdate>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Client>>("PUT", `/api/clients/${enc(clientId)}`, body, signal),
  /** GET /api/clients/:clientId/sessions: A page of a client's sessions with their pieces, oldest first (limit 1-200, default 20; without an offset, the latest page), and how many there are in all. */
  listSessions: (clientId: string, query: z.input<typeof domain.PageQuery>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.SessionsPage>>(
      "GET",
      withQuery(`/api/clients/${enc(clientId)}/sessions`, query),
      undefined,
      signal,
    ),
  /** GET /api/clients/:clientId/session-summaries: A client's sessions as lines of a list (number, date, status, course, piece count), oldest first. */
  listSessionSummaries: (clientId: string, signal?: AbortSignal) =>
    apiRequest<{ items: Array<z.output<typeof domain.SessionSummary>> }>(
      "GET",
      `/api/clients/${enc(clientId)}/session-summaries`,
      undefined,
      signal,
    ),
  /** POST /api/clients/:clientId/sessions: Record a session (a draft until signed); without a courseId it joins the open course. */
  createSession: (clientId: string, body: z.input<typeof domain.SessionCreate>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Session>>(
      "POST",
      `/api/clients/${enc(clientId)}/sessions`,
      body,
      signal,
    ),
  /** GET /api/sessions/:sessionId: One session with its pieces. */
  getSession: (sessionId: string, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Session>>("GET", `/api/sessions/${enc(sessionId)}`, undefined, signal),
  /** PUT /api/sessions/:sessionId: Replace a draft session: every field, with the version it started from (409 when stale or signed). */
  updateSession: (sessionId: string, body: z.input<typeof domain.SessionUpdate>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Session>>("PUT", `/api/sessions/${enc(sessionId)}`, body, signal),
  /** POST /api/sessions/:sessionId/sign: Sign the version of a session the signer saw (409 when stale): it is locked from then on. */
  signSession: (sessionId: string, body: z.input<typeof domain.VersionSeen>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Session>>("POST", `/api/sessions/${enc(sessionId)}/sign`, body, signal),
  /** POST /api/sessions/:sessionId/amendments: Amend a signed session with a reason; signed by the caller, the original kept beside it. */
  amendSession: (sessionId: string, body: z.input<typeof domain.AmendmentInput>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Session>>(
      "POST",
      `/api/sessions/${enc(sessionId)}/amendments`,
      body,
      signal,
    ),
  /** GET /api/clients/:clientId/drafts: The caller's unsaved form drafts for a client, newest first. */
  listDrafts: (clientId: string, signal?: AbortSignal) =>
    apiRequest<{ items: Array<z.output<typeof domain.Draft>> }>(
      "GET",
      `/api/clients/${enc(clientId)}/drafts`,
      undefined,
      signal,
    ),
  /** PUT /api/clients/:clientId/drafts/:draftKey: Save what a form holds (valid or not yet), replacing the caller's previous draft of it. */
  saveDraft: (
    clientId: string,
    draftKey: string,
    body: z.input<typeof domain.DraftInput>,
    signal?: AbortSignal,
  ) =>
    apiRequest<z.output<typeof domain.Draft>>(
      "PUT",
      `/api/clients/${enc(clientId)}/drafts/${enc(draftKey)}`,
      body,
      signal,
    ),
  /** DELETE /api/clients/:clientId/drafts/:draftKey: Discard the caller's draft (after the record is saved, or on purpose). */
  deleteDraft: (clientId: string, draftKey: string, signal?: AbortSignal) =>
    apiRequest<void>("DELETE", `/api/clients/${enc(clientId)}/drafts/${enc(draftKey)}`, undefined, signal),
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
  /** PUT /api/characters/:characterId: Replace a character's label, aspect and notes (with the version it started from; 409 when stale). */
  updateCharacter: (
    characterId: string,
    body: z.input<typeof domain.CharacterUpdate>,
    signal?: AbortSignal,
  ) =>
    apiRequest<z.output<typeof domain.Character>>("PUT", `/api/characters/${enc(characterId)}`, body, signal),
  /** POST /api/characters/:characterId/merge: Merge another character into this one: its pieces' links move here, its notes are appended, it is removed (signed text unchanged; 409 when stale). */
  mergeCharacters: (
    characterId: string,
    body: z.input<typeof domain.CharacterMergeInput>,
    signal?: AbortSignal,
  ) =>
    apiRequest<z.output<typeof domain.Character>>(
      "POST",
      `/api/characters/${enc(characterId)}/merge`,
      body,
      signal,
    ),
  /** GET /api/clients/:clientId/threads: A client's threads: name, description and status (a piece carries the ids of its threads; the threads view pages a thread's pieces). */
  listThreads: (clientId: string, signal?: AbortSignal) =>
    apiRequest<{ items: Array<z.output<typeof domain.ThreadSummary>> }>(
      "GET",
      `/api/clients/${enc(clientId)}/threads`,
      undefined,
      signal,
    ),
  /** POST /api/clients/:clientId/threads: Open a thread. */
  createThread: (clientId: string, body: z.input<typeof domain.ThreadInput>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Thread>>("POST", `/api/clients/${enc(clientId)}/threads`, body, signal),
  /** PUT /api/threads/:threadId: Replace a thread's name, description and status (with the version it started from; 409 when stale); a change of status is kept in its history, from the session or date given, with the note. */
  updateThread: (threadId: string, body: z.input<typeof domain.ThreadUpdate>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Thread>>("PUT", `/api/threads/${enc(threadId)}`, body, signal),
  /** POST /api/clients/:clientId/threads/from-pieces: Open a thread holding the pieces chosen (pieces of signed sessions too). */
  createThreadFromPieces: (
    clientId: string,
    body: z.input<typeof domain.ThreadFromPiecesInput>,
    signal?: AbortSignal,
  ) =>
    apiRequest<z.output<typeof domain.Thread>>(
      "POST",
      `/api/clients/${enc(clientId)}/threads/from-pieces`,
      body,
      signal,
    ),
  /** POST /api/threads/:threadId/pieces: Add the pieces chosen to a thread (links it has stay). */
  addPiecesToThread: (
    threadId: string,
    body: z.input<typeof domain.ThreadPiecesInput>,
    signal?: AbortSignal,
  ) =>
    apiRequest<z.output<typeof domain.Thread>>("POST", `/api/threads/${enc(threadId)}/pieces`, body, signal),
  /** GET /api/threads/:threadId/status-changes: A page of a thread's status changes in the order they apply, with who made each and the note (without an offset: the latest). */
  getThreadStatusChanges: (threadId: string, query: z.input<typeof domain.PageQuery>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.ThreadStatusChangesPage>>(
      "GET",
      withQuery(`/api/threads/${enc(threadId)}/status-changes`, query),
      undefined,
      signal,
    ),
  /** GET /api/clients/:clientId/process: A client's process in one document for a stretch of sessions in process order (limit 1-200, default 200; without an offset, the latest): the sessions with their pieces, and the kinds, regions, characters' appearances and threads' sessions within them, with how many sessions there are in all (kept for API users; the web app reads the views under /views instead). */
  getProcess: (clientId: string, query: z.input<typeof domain.ProcessQuery>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.ProcessView>>(
      "GET",
      withQuery(`/api/clients/${enc(clientId)}/process`, query),
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
  /** PUT /api/life-events/:lifeEventId: Replace a life event (with the version it started from; 409 when stale). */
  updateLifeEvent: (
    lifeEventId: string,
    body: z.input<typeof domain.LifeEventUpdate>,
    signal?: AbortSignal,
  ) =>
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
  /** PUT /api/courses/:courseId: Replace a course: intention, dates (an end date closes it), planned sessions (with the version it started from; 409 when stale). */
  updateCourse: (courseId: string, body: z.input<typeof domain.CourseUpdate>, signal?: AbortSignal) =>
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
  /** PUT /api/clients/:clientId/reflections/:reflectionId: Change one's own reflection until it is shared (409 once shared; staff 403). */
  updateReflection: (
    clientId: string,
    reflectionId: string,
    body: z.input<typeof domain.ReflectionInput>,
    signal?: AbortSignal,
  ) =>
    apiRequest<z.output<typeof domain.Reflection>>(
      "PUT",
      `/api/clients/${enc(clientId)}/reflections/${enc(reflectionId)}`,
      body,
      signal,
    ),
  /** GET /api/clients/:clientId/shared-reflections: Reflections the client shared, dated on or after `since` (the brief before a session). */
  listSharedReflectionsSince: (
    clientId: string,
    query: z.input<typeof domain.SinceQuery>,
    signal?: AbortSignal,
  ) =>
    apiRequest<{ items: Array<z.output<typeof domain.Reflection>> }>(
      "GET",
      withQuery(`/api/clients/${enc(clientId)}/shared-reflections`, query),
      undefined,
      signal,
    ),
  /** GET /api/reflections/unread: Shared reflections of one's clients that one has not opened yet, newest first (Home). */
  listUnreadReflections: (signal?: AbortSignal) =>
    apiRequest<{ items: Array<z.output<typeof domain.UnreadReflection>> }>(
      "GET",
      `/api/reflections/unread`,
      undefined,
      signal,
    ),
  /** POST /api/clients/:clientId/reflections/read: Mark the client's shared reflections one has opened as read (for oneself only). */
  markReflectionsRead: (
    clientId: string,
    body: z.input<typeof domain.ReflectionsReadInput>,
    signal?: AbortSignal,
  ) =>
    apiRequest<z.output<typeof domain.ReflectionsMarked>>(
      "POST",
      `/api/clients/${enc(clientId)}/reflections/read`,
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
  withdrawConsent: (consentId: string, body: z.input<typeof domain.VersionSeen>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Consent>>(
      "POST",
      `/api/consents/${enc(consentId)}/withdraw`,
      body,
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
  /** GET /api/search/facets: Count every match of a search: in all, per client (the 20 with most) and per year. */
  searchFacets: (query: z.input<typeof domain.SearchFacetsQuery>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.SearchFacets>>(
      "GET",
      withQuery(`/api/search/facets`, query),
      undefined,
      signal,
    ),
  /** POST /api/extract: Suggest pieces from a narrative (at most 50,000 characters; 413 beyond). */
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
  /** GET /api/accounts: The practice's accounts (administrators). */
  listAccounts: (signal?: AbortSignal) =>
    apiRequest<{ items: Array<z.output<typeof domain.Account>> }>("GET", `/api/accounts`, undefined, signal),
  /** POST /api/accounts: Add an account (administrators). */
  createAccount: (body: z.input<typeof domain.NewAccountInput>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Account>>("POST", `/api/accounts`, body, signal),
  /** POST /api/accounts/:userId/disable: Disable an account: every open login session of it ends at once (administrators). */
  disableAccount: (userId: string, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Account>>(
      "POST",
      `/api/accounts/${enc(userId)}/disable`,
      undefined,
      signal,
    ),
  /** POST /api/accounts/:userId/enable: Enable a disabled account again (administrators). */
  enableAccount: (userId: string, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Account>>(
      "POST",
      `/api/accounts/${enc(userId)}/enable`,
      undefined,
      signal,
    ),
  /** PUT /api/accounts/:userId/role: Make a staff account an administrator or a practitioner; its login sessions end (administrators). */
  setAccountRole: (userId: string, body: z.input<typeof domain.RoleChange>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Account>>("PUT", `/api/accounts/${enc(userId)}/role`, body, signal),
  /** POST /api/accounts/:userId/password-reset: A one-time link to set a new password, good for a day; shown once (administrators). */
  startPasswordReset: (userId: string, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.PasswordResetLink>>(
      "POST",
      `/api/accounts/${enc(userId)}/password-reset`,
      undefined,
      signal,
    ),
  /** POST /api/accounts/:userId/second-factor/reset: Remove an account's second factor and recovery codes (a lost phone); it logs in with its password until it enrols again (administrators). */
  resetSecondFactor: (userId: string, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Account>>(
      "POST",
      `/api/accounts/${enc(userId)}/second-factor/reset`,
      undefined,
      signal,
    ),
  /** GET /api/clients/:clientId/care-team: The staff who may see this client's records. */
  listCareTeam: (clientId: string, signal?: AbortSignal) =>
    apiRequest<{ items: Array<z.output<typeof domain.CareTeamMember>> }>(
      "GET",
      `/api/clients/${enc(clientId)}/care-team`,
      undefined,
      signal,
    ),
  /** POST /api/clients/:clientId/care-team: Share a client with a colleague (a member of the care team, or an administrator). */
  addCareTeamMember: (clientId: string, body: z.input<typeof domain.CareTeamChange>, signal?: AbortSignal) =>
    apiRequest<{ items: Array<z.output<typeof domain.CareTeamMember>> }>(
      "POST",
      `/api/clients/${enc(clientId)}/care-team`,
      body,
      signal,
    ),
  /** DELETE /api/clients/:clientId/care-team/:userId: Stop sharing a client with a colleague. */
  removeCareTeamMember: (clientId: string, userId: string, signal?: AbortSignal) =>
    apiRequest<{ items: Array<z.output<typeof domain.CareTeamMember>> }>(
      "DELETE",
      `/api/clients/${enc(clientId)}/care-team/${enc(userId)}`,
      undefined,
      signal,
    ),
  /** GET /api/staff: The practice's active staff: id, name and role only (staff; clients get 403). */
  listStaff: (signal?: AbortSignal) =>
    apiRequest<{ items: Array<z.output<typeof domain.StaffMember>> }>("GET", `/api/staff`, undefined, signal),
  /** GET /api/clients/:clientId/views/brief: Before the next session: last session, open threads, recent characters, reflections, scores, consents. */
  getBriefView: (clientId: string, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.BriefView>>(
      "GET",
      `/api/clients/${enc(clientId)}/views/brief`,
      undefined,
      signal,
    ),
  /** GET /api/clients/:clientId/views/mosaic: The mosaic timeline: a page of sessions with their pieces as tiles, and a month overview. */
  getMosaicView: (clientId: string, query: z.input<typeof domain.MosaicQuery>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.MosaicView>>(
      "GET",
      withQuery(`/api/clients/${enc(clientId)}/views/mosaic`, query),
      undefined,
      signal,
    ),
  /** GET /api/clients/:clientId/views/body-map: Pieces per body region and side over the sessions in range (filtered by kind, emotion, dates). */
  getBodyMapView: (clientId: string, query: z.input<typeof domain.BodyMapQuery>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.BodyMapView>>(
      "GET",
      withQuery(`/api/clients/${enc(clientId)}/views/body-map`, query),
      undefined,
      signal,
    ),
  /** GET /api/clients/:clientId/views/body-map-sessions: The body map stepper: a window of sessions in range, each with its own region counts. */
  getBodyMapSessions: (
    clientId: string,
    query: z.input<typeof domain.BodyMapSessionsQuery>,
    signal?: AbortSignal,
  ) =>
    apiRequest<z.output<typeof domain.BodyMapSessions>>(
      "GET",
      withQuery(`/api/clients/${enc(clientId)}/views/body-map-sessions`, query),
      undefined,
      signal,
    ),
  /** GET /api/clients/:clientId/views/body-map/:region: A page of the pieces felt in one body region, by session (tissue memory). */
  getBodyRegionPieces: (
    clientId: string,
    region: string,
    query: z.input<typeof domain.BodyRegionQuery>,
    signal?: AbortSignal,
  ) =>
    apiRequest<z.output<typeof domain.BodyRegionPieces>>(
      "GET",
      withQuery(`/api/clients/${enc(clientId)}/views/body-map/${enc(region)}`, query),
      undefined,
      signal,
    ),
  /** GET /api/clients/:clientId/views/characters: A card per character: sessions seen, first and last, appearance strip, its latest messages. */
  getCharactersView: (clientId: string, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.CharactersView>>(
      "GET",
      `/api/clients/${enc(clientId)}/views/characters`,
      undefined,
      signal,
    ),
  /** GET /api/clients/:clientId/views/characters/:characterId/messages: A page of one character's messages in session order (without an offset: the latest). */
  getCharacterMessages: (
    clientId: string,
    characterId: string,
    query: z.input<typeof domain.PageQuery>,
    signal?: AbortSignal,
  ) =>
    apiRequest<z.output<typeof domain.CharacterMessagesPage>>(
      "GET",
      withQuery(`/api/clients/${enc(clientId)}/views/characters/${enc(characterId)}/messages`, query),
      undefined,
      signal,
    ),
  /** GET /api/clients/:clientId/views/threads: Each thread with its status, counts, first and last session, appearance strip and latest pieces. */
  getThreadsView: (clientId: string, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.ThreadsView>>(
      "GET",
      `/api/clients/${enc(clientId)}/views/threads`,
      undefined,
      signal,
    ),
  /** GET /api/clients/:clientId/views/threads/:threadId/pieces: A page of one thread's pieces in session order (without an offset: the latest). */
  getThreadPieces: (
    clientId: string,
    threadId: string,
    query: z.input<typeof domain.PageQuery>,
    signal?: AbortSignal,
  ) =>
    apiRequest<z.output<typeof domain.ThreadPiecesPage>>(
      "GET",
      withQuery(`/api/clients/${enc(clientId)}/views/threads/${enc(threadId)}/pieces`, query),
      undefined,
      signal,
    ),
  /** GET /api/clients/:clientId/views/life: Recalled memories counted by age at the event against the sessions that recalled them, the latest recalls, the first by age. */
  getLifeView: (clientId: string, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.LifeView>>(
      "GET",
      `/api/clients/${enc(clientId)}/views/life`,
      undefined,
      signal,
    ),
  /** GET /api/clients/:clientId/views/life/memories: A page of the recalled memories by age at the event. */
  getLifeMemories: (
    clientId: string,
    query: z.input<typeof domain.LifeMemoriesQuery>,
    signal?: AbortSignal,
  ) =>
    apiRequest<z.output<typeof domain.LifeMemoriesPage>>(
      "GET",
      withQuery(`/api/clients/${enc(clientId)}/views/life/memories`, query),
      undefined,
      signal,
    ),
  /** GET /api/clients/:clientId/views/measures: Questionnaire totals on the latest window of the session axis. */
  getMeasuresAxisView: (clientId: string, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.MeasuresAxisView>>(
      "GET",
      `/api/clients/${enc(clientId)}/views/measures`,
      undefined,
      signal,
    ),
  /** GET /api/clients/:clientId/views/measures/window: Questionnaire totals on an earlier window of the session axis (offset sessions back from the latest). */
  getMeasuresAxisWindow: (
    clientId: string,
    query: z.input<typeof domain.MeasuresQuery>,
    signal?: AbortSignal,
  ) =>
    apiRequest<z.output<typeof domain.MeasuresAxisView>>(
      "GET",
      withQuery(`/api/clients/${enc(clientId)}/views/measures/window`, query),
      undefined,
      signal,
    ),
  /** GET /api/clients/:clientId/views/contributions: The client's shared reflections, consents and courses. */
  getContributionsView: (clientId: string, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.ContributionsView>>(
      "GET",
      `/api/clients/${enc(clientId)}/views/contributions`,
      undefined,
      signal,
    ),
  /** GET /api/clients/:clientId/views/contributions/reflections: A page of the client's shared reflections in the order written (without an offset: the latest). */
  getSharedReflections: (clientId: string, query: z.input<typeof domain.PageQuery>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.SharedReflectionsPage>>(
      "GET",
      withQuery(`/api/clients/${enc(clientId)}/views/contributions/reflections`, query),
      undefined,
      signal,
    ),
  /** GET /api/views/home: Home: unsigned drafts, open safety flags, recent clients. */
  getHomeView: (signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.HomeView>>("GET", `/api/views/home`, undefined, signal),
  /** GET /api/views/search: Search the practice with facets (kind, region, emotion, character, client, date range). */
  getSearchView: (query: z.input<typeof domain.SearchViewQuery>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.SearchView>>(
      "GET",
      withQuery(`/api/views/search`, query),
      undefined,
      signal,
    ),
  /** GET /api/views/audit: The audit trail filtered by person, client, action and date (administrators). */
  getAuditView: (query: z.input<typeof domain.AuditViewQuery>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.AuditView>>(
      "GET",
      withQuery(`/api/views/audit`, query),
      undefined,
      signal,
    ),
  /** POST /api/clients/:clientId/invitations: Make a one-time portal link for a client (valid 7 days; emailed when SMTP is set). */
  createInvitation: (clientId: string, body: z.input<typeof domain.InvitationInput>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.CreatedInvitation>>(
      "POST",
      `/api/clients/${enc(clientId)}/invitations`,
      body,
      signal,
    ),
  /** GET /api/clients/:clientId/invitations: A client's portal invitations, newest first. */
  listInvitations: (clientId: string, signal?: AbortSignal) =>
    apiRequest<{ items: Array<z.output<typeof domain.Invitation>> }>(
      "GET",
      `/api/clients/${enc(clientId)}/invitations`,
      undefined,
      signal,
    ),
  /** POST /api/invitations/:invitationId/revoke: Revoke a pending invitation (409 once used, revoked or expired). */
  revokeInvitation: (invitationId: string, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Invitation>>(
      "POST",
      `/api/invitations/${enc(invitationId)}/revoke`,
      undefined,
      signal,
    ),
  /** POST /api/invitations/preview: What an invitation link is for, before the client sets a password (404 when not valid). */
  previewInvitation: (body: z.input<typeof domain.InvitationToken>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.InvitationPreview>>("POST", `/api/invitations/preview`, body, signal),
  /** POST /api/invitations/accept: Set a password with an invitation link: creates the client's login and logs in. */
  acceptInvitation: (body: z.input<typeof domain.AcceptInvitationInput>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Me>>("POST", `/api/invitations/accept`, body, signal),
  /** GET /api/clients/:clientId/questionnaire-assignments: Questionnaires sent to a client, each with what is due today (a client lists their own). */
  listQuestionnaireAssignments: (clientId: string, signal?: AbortSignal) =>
    apiRequest<{ items: Array<z.output<typeof domain.QuestionnaireAssignment>> }>(
      "GET",
      `/api/clients/${enc(clientId)}/questionnaire-assignments`,
      undefined,
      signal,
    ),
  /** POST /api/clients/:clientId/questionnaire-assignments: Send a questionnaire: once, before every session, or every N weeks. */
  createQuestionnaireAssignment: (
    clientId: string,
    body: z.input<typeof domain.QuestionnaireAssignmentInput>,
    signal?: AbortSignal,
  ) =>
    apiRequest<z.output<typeof domain.QuestionnaireAssignment>>(
      "POST",
      `/api/clients/${enc(clientId)}/questionnaire-assignments`,
      body,
      signal,
    ),
  /** POST /api/questionnaire-assignments/:assignmentId/end: Stop sending a questionnaire. */
  endQuestionnaireAssignment: (assignmentId: string, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.QuestionnaireAssignment>>(
      "POST",
      `/api/questionnaire-assignments/${enc(assignmentId)}/end`,
      undefined,
      signal,
    ),
  /** GET /api/overdue-questionnaires: The practice's questionnaires not answered in time. */
  listOverdueQuestionnaires: (signal?: AbortSignal) =>
    apiRequest<{ items: Array<z.output<typeof domain.OverdueQuestionnaire>> }>(
      "GET",
      `/api/overdue-questionnaires`,
      undefined,
      signal,
    ),
  /** GET /api/clients/:clientId/process-stories: A client's process stories (a client sees the shared ones). */
  listProcessStories: (clientId: string, signal?: AbortSignal) =>
    apiRequest<{ items: Array<z.output<typeof domain.ProcessStory>> }>(
      "GET",
      `/api/clients/${enc(clientId)}/process-stories`,
      undefined,
      signal,
    ),
  /** POST /api/clients/:clientId/process-stories: Write a process story or session summary for the client. */
  createProcessStory: (
    clientId: string,
    body: z.input<typeof domain.ProcessStoryInput>,
    signal?: AbortSignal,
  ) =>
    apiRequest<z.output<typeof domain.ProcessStory>>(
      "POST",
      `/api/clients/${enc(clientId)}/process-stories`,
      body,
      signal,
    ),
  /** PUT /api/process-stories/:storyId: Replace a process story (and share or unshare it). */
  updateProcessStory: (
    storyId: string,
    body: z.input<typeof domain.ProcessStoryInput>,
    signal?: AbortSignal,
  ) =>
    apiRequest<z.output<typeof domain.ProcessStory>>(
      "PUT",
      `/api/process-stories/${enc(storyId)}`,
      body,
      signal,
    ),
  /** GET /api/clients/:clientId/process-story-draft: A draft story assembled from characters, threads and insights (of a course, or all). */
  draftProcessStory: (
    clientId: string,
    query: z.input<typeof domain.ProcessStoryDraftQuery>,
    signal?: AbortSignal,
  ) =>
    apiRequest<z.output<typeof domain.ProcessStoryDraft>>(
      "GET",
      withQuery(`/api/clients/${enc(clientId)}/process-story-draft`, query),
      undefined,
      signal,
    ),
  /** GET /api/clients/:clientId/record-access: Who of the staff opened a client's record, and when (from the audit trail; no clinical text). */
  listRecordAccess: (clientId: string, signal?: AbortSignal) =>
    apiRequest<{ items: Array<z.output<typeof domain.RecordAccess>> }>(
      "GET",
      `/api/clients/${enc(clientId)}/record-access`,
      undefined,
      signal,
    ),
  /** GET /api/clients/:clientId/crisis-text: The practice's crisis text shown to a client at once after a safety flag. */
  getCrisisText: (clientId: string, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.CrisisText>>(
      "GET",
      `/api/clients/${enc(clientId)}/crisis-text`,
      undefined,
      signal,
    ),
  /** POST /api/clients/:clientId/own-consents: Give a consent for a purpose from the portal (granted, dated today). */
  giveOwnConsent: (clientId: string, body: z.input<typeof domain.OwnConsentInput>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Consent>>(
      "POST",
      `/api/clients/${enc(clientId)}/own-consents`,
      body,
      signal,
    ),
  /** POST /api/clients/:clientId/own-consents/:consentId/withdraw: Withdraw one's own consent from the portal. */
  withdrawOwnConsent: (clientId: string, consentId: string, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.Consent>>(
      "POST",
      `/api/clients/${enc(clientId)}/own-consents/${enc(consentId)}/withdraw`,
      undefined,
      signal,
    ),
  /** GET /api/practice-settings: The practice's settings (the crisis text, or the default). */
  getPracticeSettings: (signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.PracticeSettings>>("GET", `/api/practice-settings`, undefined, signal),
  /** PUT /api/practice-settings: Change the practice's crisis text (administrators; empty for the default). */
  updatePracticeSettings: (body: z.input<typeof domain.PracticeSettingsInput>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.PracticeSettings>>("PUT", `/api/practice-settings`, body, signal),
  /** GET /api/clients/:clientId/export/fhir: A client's record as a FHIR R4 Bundle (the SER notes only with sensitive=true; audited as an export). */
  exportClientFhirHref: (clientId: string) => `/api/clients/${enc(clientId)}/export/fhir`,
  /** GET /api/clients/:clientId/export/json: A client's whole record in Tessera's own JSON shapes (audited as an export). */
  exportClientJsonHref: (clientId: string) => `/api/clients/${enc(clientId)}/export/json`,
  /** GET /api/clients/:clientId/export/pieces.csv: A client's pieces as CSV, one row per piece with its fields (audited as an export). */
  exportClientPiecesCsvHref: (clientId: string) => `/api/clients/${enc(clientId)}/export/pieces.csv`,
  /** GET /api/practice/export/fhir: Every client of the practice as one FHIR R4 Bundle (administrators; the SER notes only with sensitive=true). */
  exportPracticeFhirHref: () => `/api/practice/export/fhir`,
  /** GET /api/clients/:clientId/report.html: A client's progress report as a printable page (sections as ?sections=a,b; sensitive ones only when named). */
  clientReportHtmlHref: (clientId: string) => `/api/clients/${enc(clientId)}/report.html`,
  /** GET /api/clients/:clientId/report.pdf: A client's progress report as a PDF (sections as ?sections=a,b; sensitive ones only when named). */
  clientReportPdfHref: (clientId: string) => `/api/clients/${enc(clientId)}/report.pdf`,
  /** GET /api/clients/:clientId/own-record.html: The signed-in client's whole record as a page to read or print (their own only). */
  ownRecordHtmlHref: (clientId: string) => `/api/clients/${enc(clientId)}/own-record.html`,
  /** GET /api/clients/:clientId/own-record.pdf: The signed-in client's whole record as a PDF (their own only). */
  ownRecordPdfHref: (clientId: string) => `/api/clients/${enc(clientId)}/own-record.pdf`,
  /** GET /api/clients/:clientId/own-record.fhir.json: The signed-in client's whole record as a FHIR R4 Bundle, to take elsewhere (their own only). */
  ownRecordFhirHref: (clientId: string) => `/api/clients/${enc(clientId)}/own-record.fhir.json`,
  /** POST /api/clients/:clientId/erasure: Erase a client for good: type their full name as confirmation (administrators; 400 on a wrong name). Backups keep them until rotated out. */
  eraseClient: (clientId: string, body: z.input<typeof domain.ErasureRequest>, signal?: AbortSignal) =>
    apiRequest<z.output<typeof domain.ErasureResult>>(
      "POST",
      `/api/clients/${enc(clientId)}/erasure`,
      body,
      signal,
    ),
};
