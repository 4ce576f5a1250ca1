// Table shapes as Kysely sees them: the same in SQLite and PostgreSQL. Dates and timestamps are
// ISO text, booleans 0/1, JSON-valued columns JSON text, so the shared queries need no
// per-dialect conversions. Rows are mapped to the domain shapes in the scoped/*.ts files.
import type { AuditRecord, Role } from "../domain";

export interface PracticesTable {
  id: string;
  name: string;
  created_at: string;
}

export interface UsersTable {
  id: string;
  practice_id: string;
  name: string;
  /** Stored lower case; unique across practices (login is by email alone). */
  email: string;
  role: Role;
  client_id: string | null;
  password_hash: string;
  disabled: number;
  created_at: string;
  updated_at: string;
}

export interface LoginSessionsTable {
  token_hash: string;
  user_id: string;
  practice_id: string;
  role: Role;
  client_id: string | null;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface AuditLogTable {
  id: string;
  practice_id: string | null;
  at: string;
  user_id: string | null;
  action: AuditRecord["action"];
  resource_type: string;
  resource_id: string | null;
  client_id: string | null;
}

/** Columns every clinical record of a client carries. */
interface ClientOwned {
  id: string;
  practice_id: string;
  client_id: string;
  created_at: string;
  updated_at: string;
}

export interface ClientsTable {
  id: string;
  practice_id: string;
  name: string;
  date_of_birth: string | null;
  pronouns: string;
  contact: string;
  presenting_concerns: string;
  holistic_factors: string;
  status: "active" | "archived";
  created_at: string;
  updated_at: string;
}

export interface LifeEventsTable extends ClientOwned {
  age: number | null;
  date: string | null;
  title: string;
  notes: string;
}

export interface CoursesTable extends ClientOwned {
  intention: string;
  start_date: string;
  end_date: string | null;
}

export interface SessionsTable extends ClientOwned {
  course_id: string | null;
  /** The course id, or "" for sessions outside a course: numbers are unique per (client, key). */
  numbering_key: string;
  number: number;
  date: string;
  duration_minutes: number;
  practitioner_id: string;
  check_in: string;
  techniques: string;
  narrative: string;
  insights: string;
  integration: string;
  status: "draft" | "signed";
  signed_at: string | null;
}

export interface CharactersTable extends ClientOwned {
  label: string;
  aspect: string;
  description: string;
}

export interface ThreadsTable extends ClientOwned {
  name: string;
  description: string;
  status: "open" | "understood" | "resolved";
}

export interface ReflectionsTable extends ClientOwned {
  author_id: string;
  date: string;
  text: string;
  shared: number;
}

export interface PiecesTable {
  id: string;
  practice_id: string;
  client_id: string;
  session_id: string | null;
  reflection_id: string | null;
  position: number;
  kind: string;
  text: string;
  regions: string;
  laterality: string | null;
  age: number | null;
  period: string | null;
  colours: string;
  temperature: string | null;
  movement: string | null;
  emotions: string;
  character: string | null;
  aspect: string | null;
  span_start: number | null;
  span_end: number | null;
  character_id: string | null;
  created_at: string;
}

export interface PieceThreadsTable {
  piece_id: string;
  thread_id: string;
}

export interface MeasureResponsesTable extends ClientOwned {
  instrument: string;
  instrument_version: string;
  date: string;
  answers: string;
  labels: string;
  entered_by: string;
  /** JSON array of safety-flag ids raised when the response was scored at creation. */
  flags: string;
  /** The three follow_up_* columns are set together, once, when a practitioner follows the flags up. */
  follow_up_at: string | null;
  follow_up_by: string | null;
  follow_up_note: string | null;
}

export interface ConsentsTable extends ClientOwned {
  purpose: string;
  granted: number;
  date: string;
  notes: string;
  withdrawn_at: string | null;
}

/**
 * One searchable text per session (narrative and pieces) and per shared reflection. Each
 * dialect adds its own index columns (SQLite: an FTS5 table over it; PostgreSQL: a tsvector).
 */
export interface SearchDocumentsTable {
  id: string;
  practice_id: string;
  client_id: string;
  session_id: string | null;
  reflection_id: string | null;
  date: string;
  body: string;
}

export interface Database {
  practices: PracticesTable;
  users: UsersTable;
  login_sessions: LoginSessionsTable;
  rate_limits: RateLimitsTable;
  audit_log: AuditLogTable;
  clients: ClientsTable;
  life_events: LifeEventsTable;
  courses: CoursesTable;
  sessions: SessionsTable;
  characters: CharactersTable;
  threads: ThreadsTable;
  reflections: ReflectionsTable;
  pieces: PiecesTable;
  piece_threads: PieceThreadsTable;
  measure_responses: MeasureResponsesTable;
  consents: ConsentsTable;
  search_documents: SearchDocumentsTable;
}

/** Tables whose rows belong to one client of one practice, loaded by id through the scoped store. */
export type ClientOwnedTable =
  | "life_events"
  | "courses"
  | "sessions"
  | "characters"
  | "threads"
  | "reflections"
  | "measure_responses"
  | "consents";

export interface RateLimitsTable {
  key: string;
  count: number;
  reset_at: string;
}
