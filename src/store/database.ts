// Table shapes as Kysely sees them, the same in SQLite and PostgreSQL. The columns are snake_case
// in the database and camelCase here: the CamelCasePlugin (kysely-database.ts) maps every
// identifier of a built query and every key of a result row. Raw `sql` fragments are not mapped,
// so they name the real snake_case columns. Dates and timestamps are ISO text, booleans 0/1,
// JSON-valued columns JSON text (json-column.ts), so the shared queries need no per-dialect
// conversions. Where a column holds a domain value its type is the domain's, so a row reads as
// the domain shape without casts.
import type {
  AmendedFields,
  AuditRecord,
  Character,
  Client,
  Consent,
  Draft,
  MeasureResponse,
  Piece,
  QuestionnaireSchedule,
  Role,
  Session,
  Thread,
} from "../domain";
import type { JsonText } from "./json-column";

export interface PracticesTable {
  id: string;
  name: string;
  createdAt: string;
}

export interface UsersTable {
  id: string;
  practiceId: string;
  name: string;
  /** Stored lower case; unique across practices (login is by email alone). */
  email: string;
  role: Role;
  clientId: string | null;
  passwordHash: string;
  disabled: number;
  createdAt: string;
  updatedAt: string;
  /** Trust (issue 14): the TOTP second factor's secret, null when not enrolled. */
  totpSecret: string | null;
  /** JSON array of SHA-256 hashes of unused recovery codes. */
  recoveryCodes: string;
  /** Migration 009: the secret being enrolled, until its first code confirms it. */
  totpPendingSecret: string | null;
  /** The last TOTP time step accepted; a code of that step or earlier is refused. */
  totpLastStep: number | string | null;
  lastLoginAt: string | null;
}

export interface LoginSessionsTable {
  tokenHash: string;
  userId: string;
  practiceId: string;
  role: Role;
  clientId: string | null;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

export interface RateLimitsTable {
  key: string;
  count: number;
  resetAt: string;
}

export interface AuditLogTable {
  id: string;
  practiceId: string | null;
  at: string;
  userId: string | null;
  action: AuditRecord["action"];
  resourceType: AuditRecord["resourceType"];
  resourceId: string | null;
  clientId: string | null;
  /** Trust (issue 14): where the request came from, and the hash chain. */
  address: string | null;
  userAgent: string | null;
  seq: number | null;
  prevHash: string | null;
  hash: string | null;
}

/** Trust (issue 14): login throttling, known browsers, care teams, setup once, password resets. */
export interface LoginThrottleTable {
  key: string;
  attempts: number;
  lastAttemptMs: number;
  nextAllowedMs: number;
}

export interface KnownDevicesTable {
  tokenHash: string;
  userId: string;
  createdAt: string;
}

export interface CareTeamTable {
  clientId: string;
  userId: string;
  addedAt: string;
}

export interface InstallationTable {
  id: number;
  setUpAt: string;
}

/** Migration 009: between a right password and its second-factor code. */
export interface LoginChallengesTable {
  tokenHash: string;
  userId: string;
  expiresAt: string;
}

export interface PasswordResetsTable {
  tokenHash: string;
  userId: string;
  expiresAt: string;
}

/** Columns every clinical record of a client carries. */
interface ClientOwned {
  id: string;
  practiceId: string;
  clientId: string;
  createdAt: string;
  updatedAt: string;
}

/** Editable records: raised by one on every change (optimistic concurrency, migration 005). */
interface Versioned {
  version: number;
}

export interface ClientsTable {
  id: string;
  practiceId: string;
  name: string;
  dateOfBirth: string | null;
  pronouns: string;
  contact: JsonText<Client["contact"]>;
  presentingConcerns: JsonText<Client["presentingConcerns"]>;
  holisticFactors: JsonText<Client["holisticFactors"]>;
  status: Client["status"];
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface LifeEventsTable extends ClientOwned, Versioned {
  age: number | null;
  date: string | null;
  title: string;
  notes: string;
}

export interface CoursesTable extends ClientOwned, Versioned {
  intention: string;
  startDate: string;
  endDate: string | null;
  plannedSessions: number | null;
}

export interface SessionsTable extends ClientOwned, Versioned {
  courseId: string | null;
  /** "" since migration 005 (one sequence per client); numbers are unique per (client, key). */
  numberingKey: string;
  number: number;
  date: string;
  durationMinutes: number;
  practitionerId: string;
  checkIn: string;
  techniques: JsonText<Session["techniques"]>;
  narrative: string;
  insights: string;
  integration: string;
  status: Session["status"];
  signedAt: string | null;
  signedBy: string | null;
}

/** A later change to a signed session (migration 005); the session row keeps the original. */
export interface SessionAmendmentsTable {
  id: string;
  practiceId: string;
  clientId: string;
  sessionId: string;
  reason: string;
  changes: JsonText<AmendedFields>;
  signedBy: string;
  signedAt: string;
}

/** A form's content saved while typing, one per user, client and form (migration 005). */
export interface DraftsTable {
  id: string;
  practiceId: string;
  userId: string;
  clientId: string;
  key: string;
  content: JsonText<Draft["content"]>;
  baseVersion: number | null;
  savedAt: string;
}

export interface CharactersTable extends ClientOwned, Versioned {
  label: string;
  aspect: Character["aspect"];
  description: string;
}

export interface ThreadsTable extends ClientOwned, Versioned {
  name: string;
  description: string;
  status: Thread["status"];
}

export interface ReflectionsTable extends ClientOwned {
  authorId: string;
  date: string;
  text: string;
  /** The domain's sharedWithPractitioner, 0/1. */
  shared: number;
}

export interface PiecesTable {
  id: string;
  practiceId: string;
  clientId: string;
  sessionId: string | null;
  reflectionId: string | null;
  position: number;
  kind: Piece["kind"];
  text: string;
  regions: JsonText<Piece["regions"]>;
  laterality: Piece["laterality"];
  age: number | null;
  period: Piece["period"];
  colours: JsonText<Piece["colours"]>;
  temperature: Piece["temperature"];
  movement: Piece["movement"];
  emotions: JsonText<Piece["emotions"]>;
  character: string | null;
  aspect: Piece["aspect"];
  /** The domain's start and end. */
  spanStart: number | null;
  spanEnd: number | null;
  characterId: string | null;
  createdAt: string;
}

export interface PieceThreadsTable {
  pieceId: string;
  threadId: string;
}

export interface MeasureResponsesTable extends ClientOwned {
  instrument: string;
  instrumentVersion: string;
  date: string;
  answers: JsonText<MeasureResponse["answers"]>;
  labels: JsonText<MeasureResponse["labels"]>;
  enteredBy: string;
  /** Safety-flag ids raised when the response was scored at creation; "[]" when none. */
  flags: JsonText<MeasureResponse["flags"]>;
  /** The three followUp* columns are set together, once, when a practitioner follows the flags up. */
  followUpAt: string | null;
  followUpBy: string | null;
  followUpNote: string | null;
}

export interface ConsentsTable extends ClientOwned, Versioned {
  purpose: Consent["purpose"];
  granted: number;
  date: string;
  notes: string;
  withdrawnAt: string | null;
}

/**
 * One searchable text per session (narrative and pieces) and per shared reflection. Each
 * dialect adds its own index columns (SQLite: an FTS5 table over it; PostgreSQL: a tsvector).
 */
export interface SearchDocumentsTable {
  id: string;
  practiceId: string;
  clientId: string;
  sessionId: string | null;
  reflectionId: string | null;
  date: string;
  body: string;
}

// The client portal (issue 13, migration 006).
export interface InvitationsTable {
  id: string;
  practiceId: string;
  clientId: string;
  email: string;
  /** SHA-256 of the token in the link; the token itself is never stored. */
  tokenHash: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
}

export interface QuestionnaireAssignmentsTable extends ClientOwned {
  instrument: string;
  schedule: QuestionnaireSchedule;
  everyWeeks: number | null;
  dueDate: string | null;
  /** 0/1 */
  shareScores: number;
  assignedBy: string;
  endedAt: string | null;
}

export interface ProcessStoriesTable extends ClientOwned {
  courseId: string | null;
  sessionId: string | null;
  title: string;
  text: string;
  /** 0/1 */
  shared: number;
  sharedAt: string | null;
  authorId: string;
}

export interface PracticeSettingsTable {
  practiceId: string;
  crisisText: string | null;
  updatedAt: string;
}

/** The workspace (issue 11, migration 010): a shared reflection a staff member has opened. */
export interface ReflectionReadsTable {
  userId: string;
  reflectionId: string;
  practiceId: string;
  clientId: string;
  readAt: string;
}

/** The workspace (issue 11, migration 016): one change of a thread's status. */
export interface ThreadStatusChangesTable {
  id: string;
  practiceId: string;
  clientId: string;
  threadId: string;
  status: Thread["status"];
  sessionId: string | null;
  /** Null: from the thread's first appearance (the status it was opened with). */
  fromDate: string | null;
  changedBy: string | null;
  changedAt: string;
  note: string;
}

/** Derived (migration 017): a client's session pieces with a region, counted by kind, side and regions. */
export interface ClientRegionCountsTable {
  clientId: string;
  kind: Piece["kind"];
  /** The laterality, '' for none. */
  side: string;
  /** The region list as stored on the pieces (JSON text). */
  regions: PiecesTable["regions"];
  n: number;
}

/** Derived (migration 017): a client's session pieces counted by their session's month and kind. */
export interface ClientMonthCountsTable {
  clientId: string;
  month: string;
  kind: Piece["kind"];
  n: number;
}

/** Derived (migration 017): a client's links of session pieces to threads, counted by thread and session. */
export interface ThreadSessionCountsTable {
  clientId: string;
  threadId: string;
  sessionId: string;
  n: number;
}

/** Derived (migration 018): a session's place in its client's process, 0 for the first (date, number, id). */
export interface SessionPlacesTable {
  sessionId: string;
  clientId: string;
  date: string;
  number: number;
  place: number;
}

export interface Database {
  practices: PracticesTable;
  users: UsersTable;
  loginSessions: LoginSessionsTable;
  rateLimits: RateLimitsTable;
  auditLog: AuditLogTable;
  loginThrottle: LoginThrottleTable;
  knownDevices: KnownDevicesTable;
  careTeam: CareTeamTable;
  installation: InstallationTable;
  passwordResets: PasswordResetsTable;
  loginChallenges: LoginChallengesTable;
  clients: ClientsTable;
  lifeEvents: LifeEventsTable;
  courses: CoursesTable;
  sessions: SessionsTable;
  characters: CharactersTable;
  threads: ThreadsTable;
  reflections: ReflectionsTable;
  pieces: PiecesTable;
  pieceThreads: PieceThreadsTable;
  measureResponses: MeasureResponsesTable;
  consents: ConsentsTable;
  searchDocuments: SearchDocumentsTable;
  sessionAmendments: SessionAmendmentsTable;
  drafts: DraftsTable;
  // The client portal (issue 13)
  invitations: InvitationsTable;
  questionnaireAssignments: QuestionnaireAssignmentsTable;
  processStories: ProcessStoriesTable;
  practiceSettings: PracticeSettingsTable;
  reflectionReads: ReflectionReadsTable; // The workspace (issue 11)
  threadStatusChanges: ThreadStatusChangesTable; // The workspace (issue 11)
  clientRegionCounts: ClientRegionCountsTable; // Scale (issue 16): derived counts
  clientMonthCounts: ClientMonthCountsTable; // Scale (issue 16): derived counts
  threadSessionCounts: ThreadSessionCountsTable; // Scale (issue 16): derived counts
  sessionPlaces: SessionPlacesTable; // Scale (issue 16): derived places
}

/** Tables whose rows belong to one client of one practice, loaded by id through the scoped store. */
export type ClientOwnedTable =
  | "lifeEvents"
  | "courses"
  | "sessions"
  | "characters"
  | "threads"
  | "reflections"
  | "measureResponses"
  | "consents"
  // The client portal (issue 13)
  | "invitations"
  | "questionnaireAssignments"
  | "processStories";
