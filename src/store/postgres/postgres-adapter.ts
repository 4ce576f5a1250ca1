// What only PostgreSQL does: a generated tsvector with a GIN index for search, an advisory lock
// so app instances starting together migrate one at a time, and its error codes.
import { sql } from "kysely";
import type { DialectAdapter } from "../dialect";
import type { SearchHit } from "../store";

const UNIQUE_VIOLATION = "23505";

export const postgresAdapter: DialectAdapter = {
  dialect: "postgres",

  isUniqueViolation(err) {
    return (err as { code?: unknown } | null)?.code === UNIQUE_VIOLATION;
  },

  async lockForMigration(trx) {
    // Per schema, so separate schemas (tests, tenants) do not wait for each other.
    await sql`select pg_advisory_xact_lock(hashtext('tessera-migrate:' || current_schema()))`.execute(trx);
  },

  migrationSteps: {
    async "001-initial-schema"(trx) {
      await sql`create table search_documents (
        id text primary key,
        practice_id text not null references practices(id) on delete cascade,
        client_id text not null references clients(id) on delete cascade,
        session_id text references sessions(id) on delete cascade,
        reflection_id text references reflections(id) on delete cascade,
        date text not null,
        body text not null,
        tsv tsvector generated always as (to_tsvector('english', body)) stored
      )`.execute(trx);
      await sql`create index search_documents_tsv on search_documents using gin (tsv)`.execute(trx);
      await sql`create index search_documents_practice on search_documents (practice_id)`.execute(trx);
    },
    async "007-scale-indexes"(trx) {
      // search_documents_practice_date (the shared step) leads with practice_id: this one is redundant.
      await sql`drop index if exists search_documents_practice`.execute(trx);
    },
  },

  async search(db, practiceId, terms, limit) {
    // plainto_tsquery reads its input as plain words joined by AND, never as operators.
    // Raw SQL names the real columns; the CamelCasePlugin still maps the result keys.
    const { rows } = await sql<SearchHit>`
      select d.client_id, d.session_id, d.reflection_id, d.date,
             ts_headline('english', d.body, q,
               'StartSel=«, StopSel=», MaxWords=20, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "') as snippet
      from search_documents d, plainto_tsquery('english', ${terms.join(" ")}) q
      where d.practice_id = ${practiceId} and d.tsv @@ q
      order by ts_rank(d.tsv, q) desc, d.date desc
      limit ${limit}`.execute(db);
    return rows;
  },
};
