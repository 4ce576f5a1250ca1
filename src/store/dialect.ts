// What differs between SQLite and PostgreSQL, behind one small interface. Everything else is
// written once against Kysely in the shared files; the two implementations live in ./sqlite
// and ./postgres.
import type { Kysely } from "kysely";
import type { Database } from "./database";
import type { SearchFilter, SearchHit } from "../domain";

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations see the schema of their time, not today's Database */
export interface DialectAdapter {
  readonly dialect: "sqlite" | "postgres";
  /** True for a unique or primary-key violation (used to retry session numbering and to report conflicts). */
  isUniqueViolation(err: unknown): boolean;
  /** Serialises concurrent migrate() calls; runs first inside the migration transaction. */
  lockForMigration(trx: Kysely<any>): Promise<void>;
  /** Serialises sealing of the audit chain (audit-queue.ts); runs first inside the flush transaction. */
  lockAuditChain(trx: Kysely<any>): Promise<void>;
  /** Dialect-only DDL, keyed by the name of the shared migration it completes. */
  readonly migrationSteps: Readonly<Record<string, (trx: Kysely<any>) => Promise<void>>>;
  /**
   * Full-text search over search_documents of one practice. `terms` are plain words (letters
   * and digits only); every term must match. Snippets mark matches with « and ». The best
   * `limit` are ranked among at most SEARCH_WINDOW recent matches, so a common word costs no
   * more than a rare one (see docs/operations.md). With `teamOf` (a user id), only clients
   * whose care team that user is on are searched. With `snippets` false every snippet is ""
   * (cutting one costs more than finding the hit: 0.2 ms each on SQLite).
   */
  search(
    db: Kysely<Database>,
    practiceId: string,
    terms: string[],
    limit: number,
    filter: SearchFilter,
    teamOf: string | null,
    snippets?: boolean,
  ): Promise<SearchHit[]>;
  /** The snippets of some documents of the practice (by session or reflection) that match `terms`. */
  snippetsOf(
    db: Kysely<Database>,
    practiceId: string,
    terms: string[],
    documents: { sessionIds: string[]; reflectionIds: string[] },
  ): Promise<Array<{ sessionId: string | null; reflectionId: string | null; snippet: string }>>;
  /** Counts of every match, per client and per year (counting, unlike ranking, needs no text). */
  searchFacets(
    db: Kysely<Database>,
    practiceId: string,
    terms: string[],
    filter: SearchFilter,
    teamOf: string | null,
  ): Promise<SearchFacetRow[]>;
}

/** Matches of one client in one year; the shared code sums them into SearchFacets. */
export interface SearchFacetRow {
  clientId: string;
  year: string;
  count: number;
}

/** How many recent matches are ranked for the top results (every match is counted in facets). */
export const SEARCH_WINDOW = 1000;
