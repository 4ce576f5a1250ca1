// What differs between SQLite and PostgreSQL, behind one small interface. Everything else is
// written once against Kysely in the shared files; the two implementations live in ./sqlite
// and ./postgres.
import type { Kysely } from "kysely";
import type { Database } from "./database";
import type { SearchHit } from "./store";

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations see the schema of their time, not today's Database */
export interface DialectAdapter {
  readonly dialect: "sqlite" | "postgres";
  /** True for a unique or primary-key violation (used to retry session numbering and to report conflicts). */
  isUniqueViolation(err: unknown): boolean;
  /** Serialises concurrent migrate() calls; runs first inside the migration transaction. */
  lockForMigration(trx: Kysely<any>): Promise<void>;
  /** Dialect-only DDL, keyed by the name of the shared migration it completes. */
  readonly migrationSteps: Readonly<Record<string, (trx: Kysely<any>) => Promise<void>>>;
  /**
   * Full-text search over search_documents of one practice. `terms` are plain words (letters
   * and digits only); every term must match. Snippets mark matches with « and ».
   */
  search(db: Kysely<Database>, practiceId: string, terms: string[], limit: number): Promise<SearchHit[]>;
}
