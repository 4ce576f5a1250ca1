import type { Kysely } from "kysely";

/**
 * One schema change, written once with Kysely's schema builder for both dialects. A dialect
 * that needs more (full-text indexes) adds a step under the same name in its `migrationSteps`.
 */
export interface Migration {
  /** Sortable and never renamed once released: it is the key in the tessera_migrations table. */
  readonly name: string;
  // Migrations see the schema as it was then, not today's Database type.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  up(db: Kysely<any>): Promise<void>;
}
