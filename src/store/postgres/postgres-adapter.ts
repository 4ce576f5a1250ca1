// What only PostgreSQL does: a generated tsvector with a GIN index for search, an advisory lock
// so app instances starting together migrate one at a time, and its error codes.
import { sql, type RawBuilder } from "kysely";
import type { SearchFilter, SearchHit } from "../../domain";
import { idList } from "../id-list";
import { SEARCH_WINDOW, type DialectAdapter, type SearchFacetRow } from "../dialect";
import { createPieceCountTriggers } from "./piece-count-triggers";
import { createSessionPlaceTriggers, replaceSessionPlaceFunction } from "./session-place-triggers";

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

  async lockAuditChain(trx) {
    // Instances of a clinic seal one after the other instead of racing for the next seq.
    await sql`select pg_advisory_xact_lock(hashtext('tessera-audit:' || current_schema()))`.execute(trx);
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
    "017-client-piece-counts": createPieceCountTriggers,
    "018-session-places": createSessionPlaceTriggers,
    "019-session-place-order": replaceSessionPlaceFunction,
    async "007-scale-indexes"(trx) {
      // search_documents_practice_date (the shared step) leads with practice_id: this one is redundant.
      await sql`drop index if exists search_documents_practice`.execute(trx);
    },
  },

  async search(db, practiceId, terms, limit, filter, teamOf, snippets = true) {
    // plainto_tsquery reads its input as plain words joined by AND, never as operators.
    // The SEARCH_WINDOW most recent matches (by date, from search_documents_practice_date or the
    // GIN index) are ranked; ts_headline runs for the top `limit` only.
    // The query is written out where it is used, not taken from a CTE: the planner then sees the
    // words and estimates their matches, so for a common word it walks the practice's documents
    // newest first and stops at the window (4.8 ms at scale M) instead of fetching every match
    // through the GIN index and sorting them (36 ms); a rare word still goes through the index.
    // Raw SQL names the real columns; the CamelCasePlugin still maps the result keys.
    const q = sql`plainto_tsquery('english', ${terms.join(" ")})`;
    const { rows } = await sql<SearchHit>`
      with candidates as (
        select d.id, d.date, d.tsv from search_documents d
        where d.practice_id = ${practiceId} and d.tsv @@ ${q} ${filterSql(filter)} ${teamSql(teamOf)}
        order by d.date desc
        limit ${SEARCH_WINDOW}
      ),
      top as (
        select c.id, c.date, ts_rank(c.tsv, ${q}) as rank from candidates c
        order by rank desc, c.date desc
        limit ${limit}
      )
      select d.client_id, d.session_id, d.reflection_id, d.date,
             ${snippets ? headline(q) : sql`''`} as snippet
      from top join search_documents d on d.id = top.id
      order by top.rank desc, top.date desc`.execute(db);
    return rows;
  },

  async snippetsOf(db, practiceId, terms, { sessionIds, reflectionIds }) {
    if (sessionIds.length + reflectionIds.length === 0) return [];
    const q = sql`plainto_tsquery('english', ${terms.join(" ")})`;
    const { rows } = await sql<{ sessionId: string | null; reflectionId: string | null; snippet: string }>`
      select d.session_id, d.reflection_id, ${headline(q)} as snippet
      from search_documents d
      where d.practice_id = ${practiceId} and d.tsv @@ ${q}
        and (d.session_id in (${idList(sessionIds)}) or d.reflection_id in (${idList(reflectionIds)}))`.execute(
      db,
    );
    return rows;
  },

  async searchFacets(db, practiceId, terms, filter, teamOf) {
    const { rows } = await sql<SearchFacetRow>`
      select client_id, year, count from (
        select d.client_id, substr(d.date, 1, 4) as year, count(*)::int as count
        from search_documents d, plainto_tsquery('english', ${terms.join(" ")}) q
        where d.practice_id = ${practiceId} and d.tsv @@ q ${filterSql(filter)}
        group by d.client_id, year
      ) f where true ${teamSql(teamOf)}`.execute(db);
    return rows;
  },
};

function headline(q: RawBuilder<unknown>) {
  return sql`ts_headline('english', d.body, ${q},
    'StartSel=«, StopSel=», MaxWords=20, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "')`;
}

function filterSql(filter: SearchFilter) {
  return sql.join(
    [
      sql``,
      ...(filter.clientId ? [sql`d.client_id = ${filter.clientId}`] : []),
      ...(filter.year
        ? [sql`d.date >= ${`${filter.year}-01-01`} and d.date <= ${`${filter.year}-12-31`}`]
        : []),
    ],
    sql` and `,
  );
}

/** Only clients whose care team `teamOf` is on: applied while the window fills (the caller's own recent matches) and to the facet counts. */
function teamSql(teamOf: string | null) {
  return teamOf ? sql`and client_id in (select client_id from care_team where user_id = ${teamOf})` : sql``;
}
