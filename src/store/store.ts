// The one storage interface. SQLite and PostgreSQL implement it and pass the same contract tests.
//
// Access control lives here, not in routes: a request gets `systemStore.scoped(caller)`,
// which only ever sees the caller's practice (and, for a client, their own record) and
// leaves an audit record for every read or write of clinical data.
import type {
  Account,
  AmendmentInput,
  AuditRecord,
  CareTeamMember,
  AccountInput,
  Character,
  CharacterInput,
  CharacterUpdate,
  Client,
  ClientInput,
  ClientUpdate,
  Consent,
  ConsentInput,
  Course,
  CourseInput,
  CourseUpdate,
  Draft,
  DraftInput,
  LifeEvent,
  LifeEventInput,
  LifeEventUpdate,
  MeasureResponse,
  MeasureResponseInput,
  OpenSafetyFlag,
  Practice,
  Reflection,
  ReflectionInput,
  Role,
  SearchHit,
  Session,
  SessionCreate,
  SessionUpdate,
  Thread,
  ThreadInput,
  ThreadUpdate,
  User,
} from "../domain";
import type {
  Invitation,
  InvitationInput,
  OverdueQuestionnaire,
  OwnConsentInput,
  PracticeSettings,
  PracticeSettingsInput,
  ProcessStory,
  ProcessStoryDraft,
  ProcessStoryInput,
  QuestionnaireAssignment,
  QuestionnaireAssignmentInput,
  RecordAccess,
  ReflectionUpdate,
} from "../domain";
import type { SearchFacets, SearchFilter, SearchRows } from "../domain";
import type { StaffMember } from "../domain"; // Care-team card
import type { SessionSummary } from "../domain"; // The overview's session list
import type { ThreadSummary } from "../domain"; // The session form's thread choices
import type { SessionsPage } from "../domain"; // The sessions list, a page at a time
import type { ThreadStatusChange, ThreadStatusChangesPage } from "../domain"; // A thread's status over time
// Workspace views at scale (issues 11, 16)
import type {
  BodyMapFilter,
  BodyMapRows,
  BodyMapSessionsQuery,
  BodyMapSessionsRows,
  BodyRegion,
  BodyRegionQuery,
  BodyRegionRows,
  BriefRows,
  CharacterMessagesPage,
  CharactersRows,
  ContributionsRows,
  HomeRows,
  LifeMemoriesQuery,
  LifeMemoriesRows,
  LifeRows,
  MeasuresQuery,
  MeasuresRows,
  MosaicRows,
  PageQuery,
  ThreadPiecesPage,
  ThreadsRows,
} from "../domain";
import type {
  CharacterMergeInput,
  ReflectionsReadInput,
  ThreadFromPiecesInput,
  ThreadPiecesInput,
  UnreadReflection,
} from "../domain";

export type { SearchHit };
export type { ChainReport } from "./audit-chain";
import type { ChainReport } from "./audit-chain";

/** Who is asking. Built by the server from the login session, never from request input. */
export interface Caller {
  userId: string;
  practiceId: string;
  role: Role;
  /** Set only for role `client`: their own client record. */
  clientId: string | null;
  /**
   * Trust (issue 14). Operator commands only, never built from a request: staff that see every
   * client of the practice rather than only those whose care team they are on (export, backup).
   */
  wholePractice?: boolean;
}

/** Trust (issue 14): where a request came from, for the audit record. */
export interface RequestOrigin {
  address: string | null;
  userAgent: string | null;
}

/**
 * Trust (issue 14): how login attempts on one key are slowed down. The first `free` attempts
 * pass at once; after attempt n >= free the next waits delaysMs[n - free] (the last entry
 * repeats). A key quiet for forgetAfterMs starts again from nothing.
 */
export interface ThrottlePolicy {
  free: number;
  delaysMs: readonly number[];
  forgetAfterMs: number;
}

export interface LoginSession {
  tokenHash: string;
  userId: string;
  practiceId: string;
  role: Role;
  clientId: string | null;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

/**
 * What logging in needs, and nothing more: first-run setup, users, login sessions, rate-limit
 * counters, audit records of events outside a scoped store. Only the auth endpoints and the
 * access hook receive it.
 */
export interface AuthStore {
  hasAnyPractice(): Promise<boolean>;
  /** First-run setup: creates the practice and its first user in one transaction. */
  createPracticeWithUser(
    practiceName: string,
    user: { name: string; email: string; role: Role; passwordHash: string },
  ): Promise<{ practice: Practice; user: User }>;
  getPractice(practiceId: string): Promise<Practice | null>;
  getUser(userId: string): Promise<User | null>;
  findUserForLogin(email: string): Promise<(User & { passwordHash: string }) | null>;

  createLoginSession(session: LoginSession): Promise<void>;
  findLoginSession(tokenHash: string): Promise<LoginSession | null>;
  touchLoginSession(tokenHash: string, lastSeenAt: string): Promise<void>;
  deleteLoginSession(tokenHash: string): Promise<void>;
  deleteExpiredLoginSessions(now: string): Promise<number>;

  /**
   * Counts one request against `key` in a fixed window that starts at its first request; the
   * count restarts once the window has passed. Atomic across app instances.
   */
  hitRateLimit(key: string, windowMs: number, now?: Date): Promise<{ count: number; resetAt: string }>;

  /** For events outside a scoped store (login, failed login, setup). */
  recordAudit(entry: Omit<AuditRecord, "id" | "at">): Promise<void>;

  // The client portal (issue 13): an invitation by the SHA-256 of its token, and accepting it
  // (marks it used and creates the client's login in one transaction; conflict once used,
  // revoked or expired, or when the email already has a login).
  findInvitation(
    tokenHash: string,
    now?: string,
  ): Promise<{ invitation: Invitation; clientName: string; practiceName: string } | null>;
  acceptInvitation(tokenHash: string, passwordHash: string, now?: string): Promise<User>;

  // Trust (issue 14): login throttling, known browsers, setup exactly once, revoking sessions.
  /** Takes one login attempt on `key` unless it must still wait; atomic across app instances. */
  takeLoginAttempt(
    key: string,
    policy: ThrottlePolicy,
    nowMs?: number,
  ): Promise<{ allowed: true } | { allowed: false; retryAfterMs: number }>;
  /** After a good login: "clear" forgets the key, "refund" gives back the attempt just taken. */
  settleLoginAttempt(key: string, how: "clear" | "refund"): Promise<void>;
  rememberDevice(tokenHash: string, userId: string): Promise<void>;
  findDeviceUser(tokenHash: string): Promise<string | null>;
  /** First-run setup, exactly once however many race: null when this Tessera is already set up. */
  setUpFirstPractice(
    practiceName: string,
    user: { name: string; email: string; role: Role; passwordHash: string },
  ): Promise<{ practice: Practice; user: User } | null>;
  /** Ends every login session of the user but the one named; answers how many ended. */
  revokeLoginSessions(userId: string, exceptTokenHash?: string): Promise<number>;
  getPasswordHash(userId: string): Promise<string | null>;
  /** Sets a new password and ends every other login session of the user (all, without `keep`). */
  changePassword(userId: string, passwordHash: string, keepTokenHash?: string): Promise<void>;
  /**
   * Uses a one-time reset link: sets the password, ends every login session, forgets the link.
   * The user's id, or null when the link is unknown, used or expired.
   */
  completePasswordReset(tokenHash: string, passwordHash: string, now?: string): Promise<string | null>;

  // Trust (issue 14), second factor (TOTP): enrolment, codes used once, the login challenge.
  /** The user's second factor as stored; null for an unknown user. */
  getSecondFactor(userId: string): Promise<StoredSecondFactor | null>;
  /** Keeps a secret being enrolled (replacing an earlier one); forbidden for client logins. */
  startTotpEnrolment(userId: string, secret: string): Promise<void>;
  /**
   * The pending secret becomes the second factor, with `step` as its last used time step and
   * the recovery codes' hashes; false when there is no pending secret (or it changed meanwhile).
   */
  confirmTotpEnrolment(
    userId: string,
    pendingSecret: string,
    step: number,
    recoveryCodeHashes: string[],
  ): Promise<boolean>;
  /** Accepts a time step only when it is later than the last accepted one (atomic). */
  useTotpStep(userId: string, step: number): Promise<boolean>;
  /** Removes one unused recovery code by its hash (atomic); false when it is not there. */
  useRecoveryCode(userId: string, codeHash: string): Promise<boolean>;
  /** Forgets the secret, any pending one and the recovery codes. */
  removeSecondFactor(userId: string): Promise<void>;
  createLoginChallenge(tokenHash: string, userId: string, expiresAt: string): Promise<void>;
  /** The user a challenge belongs to, or null when unknown or expired. */
  findLoginChallenge(tokenHash: string, now?: string): Promise<string | null>;
  deleteLoginChallenge(tokenHash: string): Promise<void>;
}

/** Trust (issue 14): a user's TOTP second factor as the store holds it (never logged). */
export interface StoredSecondFactor {
  role: Role;
  secret: string | null;
  pendingSecret: string | null;
  lastStep: number | null;
  recoveryCodeHashes: string[];
}

/**
 * The unscoped store: migrations, backup, restore, seeding and operator commands. No route
 * handler receives it; the server hands out `scoped(caller)` per request and the AuthStore part
 * to the auth endpoints only. Name variables holding it `systemStore` so its uses stand out.
 */
export interface SystemStore extends AuthStore {
  readonly dialect: "sqlite" | "postgres";
  /** Applies pending migrations; safe to call on every start and from several instances at once. */
  migrate(): Promise<void>;
  close(): Promise<void>;

  createUser(
    practiceId: string,
    user: { name: string; email: string; role: Role; clientId: string | null; passwordHash: string },
  ): Promise<User>;
  /** For operator commands (`tessera user add`). */
  listPractices(): Promise<Practice[]>;
  /** Trust (issue 14): seals pending audit records, then recomputes the hash chain (`tessera audit verify`). */
  verifyAuditChain(): Promise<ChainReport>;

  scoped(caller: Caller, origin?: RequestOrigin): ScopedStore;
}

/**
 * Everything a logged-in caller may do. Records of another practice behave as if they did not
 * exist (DomainError not_found); a role that may not do something gets forbidden.
 * Lists are ordered: clients by name, dated records by date then creation.
 *
 * Role `client` may only read its own client record (getClient), list and create its own
 * reflections and measure responses, export its own measure responses, and list its own
 * consents; any other client id is not_found, any other method forbidden. A client never sees
 * a practitioner's follow-up of a safety flag (`followUp` is null for them). `admin` may do all
 * a practitioner may, plus listAudit.
 */
export interface ScopedStore {
  readonly caller: Caller;

  listClients(): Promise<Client[]>;
  getClient(clientId: string): Promise<Client>;
  createClient(input: ClientInput): Promise<Client>;
  updateClient(clientId: string, input: ClientUpdate): Promise<Client>;

  listLifeEvents(clientId: string): Promise<LifeEvent[]>;
  createLifeEvent(clientId: string, input: LifeEventInput): Promise<LifeEvent>;
  updateLifeEvent(lifeEventId: string, input: LifeEventUpdate): Promise<LifeEvent>;
  deleteLifeEvent(lifeEventId: string): Promise<void>;

  listCourses(clientId: string): Promise<Course[]>;
  createCourse(clientId: string, input: CourseInput): Promise<Course>;
  updateCourse(courseId: string, input: CourseUpdate): Promise<Course>;

  /** Sessions with their pieces, oldest first. */
  listSessions(clientId: string): Promise<Session[]>;
  /** A page of them (without an offset, the latest), with how many there are in all. */
  listSessionsPage(clientId: string, page?: PageQuery): Promise<SessionsPage>;
  getSession(sessionId: string): Promise<Session>;
  /**
   * Numbers the session next among the client's sessions; without a courseId it joins the
   * client's open course.
   */
  createSession(clientId: string, input: SessionCreate): Promise<Session>;
  /**
   * Replaces the draft (every field sent); pieces sent with an id keep it (and their thread
   * links). Conflict once signed. Every update names the version it started from; a stale one is
   * a VersionConflict with the current record (capture, issue 12: versions on every update).
   */
  updateSession(sessionId: string, input: SessionUpdate): Promise<Session>;
  /** `version`: the version the signer saw (the HTTP API always sends it); stale is a conflict. */
  signSession(sessionId: string, version?: number): Promise<Session>;
  /** A signed, reasoned change to a signed session; the original stays as it was signed. */
  amendSession(sessionId: string, input: AmendmentInput): Promise<Session>;

  listCharacters(clientId: string): Promise<Character[]>;
  createCharacter(clientId: string, input: CharacterInput): Promise<Character>;
  updateCharacter(characterId: string, input: CharacterUpdate): Promise<Character>;

  listThreads(clientId: string): Promise<Thread[]>;
  /** The client's threads without their pieces' ids: what a list to choose a thread from needs. */
  listThreadSummaries(clientId: string): Promise<ThreadSummary[]>;
  createThread(clientId: string, input: ThreadInput): Promise<Thread>;
  updateThread(threadId: string, input: ThreadUpdate): Promise<Thread>;

  /** A practitioner sees only reflections the client shared; the client sees all their own. */
  listReflections(clientId: string): Promise<Reflection[]>;
  createReflection(clientId: string, input: ReflectionInput): Promise<Reflection>;

  listMeasureResponses(clientId: string): Promise<MeasureResponse[]>;
  /**
   * Scores the answers with src/measures (unknown instrument: invalid at `instrument`; a bad
   * answer: invalid at `answers.N`) and stores the safety flags raised. `instrumentVersion` must
   * be the version Tessera scores today.
   */
  createMeasureResponse(
    clientId: string,
    input: MeasureResponseInput & { instrumentVersion: string },
  ): Promise<MeasureResponse>;
  /** Closes the response's safety flags. Conflict when it raised none or was already followed up. */
  recordFollowUp(responseId: string, note: string): Promise<MeasureResponse>;
  /** Responses of the practice with safety flags not yet followed up, oldest first. */
  listOpenSafetyFlags(): Promise<OpenSafetyFlag[]>;
  /** Like listMeasureResponses, audited as an export. */
  exportMeasureResponses(clientId: string): Promise<MeasureResponse[]>;
  /** Every response of the practice, by client then date; audited as an export. */
  exportPracticeMeasureResponses(): Promise<MeasureResponse[]>;

  listConsents(clientId: string): Promise<Consent[]>;
  createConsent(clientId: string, input: ConsentInput): Promise<Consent>;
  withdrawConsent(consentId: string, version?: number): Promise<Consent>;

  // Capture (issue 12): form drafts saved while typing, one per user, client and form.
  listDrafts(clientId: string): Promise<Draft[]>;
  saveDraft(clientId: string, key: string, input: DraftInput): Promise<Draft>;
  deleteDraft(clientId: string, key: string): Promise<void>;

  /** Full-text search over narratives, pieces and shared reflections of the practice. */
  search(query: string, limit?: number, filter?: SearchFilter): Promise<SearchHit[]>;
  // Search facets (issue 16, scale): counts of every match per client and per year.
  searchFacets(query: string, filter?: SearchFilter): Promise<SearchFacets>;
  /** The search page: the top hits with their sessions' pieces and numbers and their clients' names. */
  readSearchView(query: string): Promise<SearchRows>;

  /** Admin only. Newest first. */
  listAudit(filter: { clientId?: string; limit?: number }): Promise<AuditRecord[]>;

  // Trust (issue 14): care teams (a member or an administrator manages them) and accounts (admin).
  listCareTeam(clientId: string): Promise<CareTeamMember[]>;
  addCareTeamMember(clientId: string, userId: string): Promise<CareTeamMember[]>;
  removeCareTeamMember(clientId: string, userId: string): Promise<CareTeamMember[]>;
  listAccounts(): Promise<Account[]>;
  createAccount(input: AccountInput, passwordHash: string): Promise<Account>;
  /** Ends every open login session of the account in the same commit. */
  disableAccount(userId: string): Promise<Account>;
  enableAccount(userId: string): Promise<Account>;
  /** Staff roles only; ends the account's login sessions (they carry the old role). */
  setAccountRole(userId: string, role: Role): Promise<Account>;
  /** Stores the hash of a one-time reset link's token (replacing any earlier link). */
  startPasswordReset(userId: string, tokenHash: string, expiresAt: string): Promise<Account>;
  // Trust (issue 14), second factor: an administrator removes an account's TOTP and recovery codes.
  resetSecondFactor(userId: string): Promise<Account>;
  // Care-team card: the practice's active staff (id, name, role), for choosing a colleague.
  listStaff(): Promise<StaffMember[]>;

  // The client portal (issue 13).
  /** A one-time link's token, returned only here; the store keeps its hash. */
  createInvitation(
    clientId: string,
    input: InvitationInput,
  ): Promise<{ invitation: Invitation; token: string }>;
  listInvitations(clientId: string): Promise<Invitation[]>;
  revokeInvitation(invitationId: string): Promise<Invitation>;
  /** The client alone changes their reflection, until it is shared (then conflict); staff: forbidden. */
  updateReflection(clientId: string, reflectionId: string, input: ReflectionUpdate): Promise<Reflection>;
  /** Shared reflections dated on or after `since` (for "Before the next session"). */
  listSharedReflectionsSince(clientId: string, since: string): Promise<Reflection[]>;
  /** Active assignments with what is due today; a client lists their own. */
  listQuestionnaireAssignments(clientId: string): Promise<QuestionnaireAssignment[]>;
  createQuestionnaireAssignment(
    clientId: string,
    input: QuestionnaireAssignmentInput,
  ): Promise<QuestionnaireAssignment>;
  endQuestionnaireAssignment(assignmentId: string): Promise<QuestionnaireAssignment>;
  /** The practice's questionnaires not answered in time, by client name. */
  listOverdueQuestionnaires(): Promise<OverdueQuestionnaire[]>;
  /** Staff see all; the client only the shared ones. */
  listProcessStories(clientId: string): Promise<ProcessStory[]>;
  createProcessStory(clientId: string, input: ProcessStoryInput): Promise<ProcessStory>;
  updateProcessStory(storyId: string, input: ProcessStoryInput): Promise<ProcessStory>;
  /** A starting text from the characters, threads and insights (of one course, or all). */
  draftProcessStory(clientId: string, courseId: string | null): Promise<ProcessStoryDraft>;
  getPracticeSettings(): Promise<PracticeSettings>;
  /** Admin only. */
  updatePracticeSettings(input: PracticeSettingsInput): Promise<PracticeSettings>;
  /** The practice's crisis text (or the default), which a client is shown at once after a flag. */
  getCrisisText(clientId: string): Promise<{ text: string }>;
  /** Staff who opened the record, from the audit trail, newest first (names, no clinical text). */
  listRecordAccess(clientId: string): Promise<RecordAccess[]>;
  /** A client gives a consent for a purpose from the portal (granted, dated today). */
  giveOwnConsent(clientId: string, input: OwnConsentInput): Promise<Consent>;
  withdrawOwnConsent(clientId: string, consentId: string): Promise<Consent>;

  // Open data (issue 15): the client's own full copy (the client themself; audited as an export)
  // and the administrator's gate before an erasure (the typed confirmation is the client's name).
  exportOwnRecord(clientId: string): Promise<OwnRecord>;
  confirmErasure(clientId: string, confirmation: string): Promise<{ clientId: string }>;

  // The workspace (issue 11): threads from pieces chosen in the mosaic (pieces of signed sessions
  // too: a thread is the practitioner's reading, not the note's text), merging two characters
  // (only the pieces' links move; what was written stays), and per-person unread reflections.
  createThreadFromPieces(clientId: string, input: ThreadFromPiecesInput): Promise<Thread>;
  /** Links more pieces to a thread; links it already has stay as they are. */
  addPiecesToThread(threadId: string, input: ThreadPiecesInput): Promise<Thread>;
  /**
   * Re-points the merged character's pieces to the kept one, appends its notes and aspect to the
   * kept one's notes and removes it; conflict when either version is stale.
   */
  mergeCharacters(keptId: string, input: CharacterMergeInput): Promise<Character>;
  /** Shared reflections of the caller's clients that the caller has not opened, newest first. */
  listUnreadReflections(): Promise<UnreadReflection[]>;
  /** Marks these shared reflections of the client read by the caller (others are ignored). */
  markReflectionsRead(
    clientId: string,
    input: ReflectionsReadInput,
  ): Promise<{ marked: number; reflectionIds: string[] }>;

  // Workspace views at scale (issues 11, 16): one read per view's first screen, aggregated in SQL
  // (no view reads every session's pieces); one access check and one audit record per view.
  readBriefView(clientId: string): Promise<BriefRows>;
  /** A page of sessions counted back from the latest, with the month overview as counts. */
  readMosaicView(clientId: string, page: { offset: number; limit: number }): Promise<MosaicRows>;
  readBodyMapView(clientId: string, filter?: BodyMapFilter): Promise<BodyMapRows>;
  /** A page of a region's pieces in process order (offset, limit in the query). */
  readBodyRegionView(clientId: string, region: BodyRegion, filter?: BodyRegionQuery): Promise<BodyRegionRows>;
  /** The body map stepper's window of sessions with their own counts. */
  readBodyMapSessionsView(clientId: string, query?: BodyMapSessionsQuery): Promise<BodyMapSessionsRows>;
  readCharactersView(clientId: string): Promise<CharactersRows>;
  /** A page of one character's messages in process order (no offset: the last page). */
  readCharacterMessagesView(
    clientId: string,
    characterId: string,
    page?: PageQuery,
  ): Promise<CharacterMessagesPage>;
  readThreadsView(clientId: string): Promise<ThreadsRows>;
  /** A page of one thread's session pieces in process order (no offset: the last page). */
  readThreadPiecesView(clientId: string, threadId: string, page?: PageQuery): Promise<ThreadPiecesPage>;
  readLifeView(clientId: string): Promise<LifeRows>;
  /** A page of the memories by age at the event. */
  readLifeMemoriesView(clientId: string, page?: LifeMemoriesQuery): Promise<LifeMemoriesRows>;
  /** A window of the session axis counted back from the latest, with its responses. */
  readMeasuresView(clientId: string, window?: MeasuresQuery): Promise<MeasuresRows>;
  readContributionsView(clientId: string): Promise<ContributionsRows>;
  /** Earlier shared reflections a page at a time, in the order written (without an offset: the latest). */
  readSharedReflectionsView(clientId: string, query?: PageQuery): Promise<ContributionsRows["reflections"]>;
  /** The home: the caller's clients (not archived) with their session counts and latest sessions, and their drafts. */
  readHomeView(): Promise<HomeRows>;

  // The overview's session list: each session's ref and piece count (counted in SQL), oldest first.
  listSessionSummaries(clientId: string): Promise<SessionSummary[]>;

  // A thread's status over time (issue 11): updateThread records each change of status.
  /** A page of one thread's status changes in the order they apply (no offset: the last page). */
  listThreadStatusChanges(threadId: string, page?: PageQuery): Promise<ThreadStatusChangesPage>;
  /** Every status change of the client's threads, in the order they apply (for exports). */
  listClientThreadStatusChanges(clientId: string): Promise<ThreadStatusChange[]>;
}

/** Open data (issue 15): everything held about one client, as the store's own shapes. */
export interface OwnRecord {
  client: Client;
  lifeEvents: LifeEvent[];
  courses: Course[];
  sessions: Session[];
  characters: Character[];
  threads: Thread[];
  threadStatusChanges: ThreadStatusChange[];
  reflections: Reflection[];
  measures: MeasureResponse[];
  consents: Consent[];
}
