// What only SQLite does: FTS5 search (porter stemming over unicode61 words) kept in step with
// search_documents by triggers, and its error codes.
import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "../database";
import type { SearchFilter, SearchHit } from "../../domain";
import { idList } from "../id-list";
import { SEARCH_WINDOW, type DialectAdapter, type SearchFacetRow } from "../dialect";
import { createPieceCountTriggers } from "./piece-count-triggers";
import { createSearchTeamIndex } from "./search-team-triggers";
import { createSessionPlaceTriggers, replaceSessionPlaceTriggers } from "./session-place-triggers";

export const sqliteAdapter: DialectAdapter = {
  dialect: "sqlite",

  isUniqueViolation(err) {
    const code = (err as { code?: unknown } | null)?.code;
    return code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
  },

  // BEGIN IMMEDIATE (see immediate-sqlite-dialect.ts) already holds the write lock.
  async lockForMigration() {},
  async lockAuditChain() {},

  migrationSteps: {
    async "001-initial-schema"(trx) {
      // seq is an INTEGER PRIMARY KEY so the FTS rowids survive VACUUM.
      await sql`create table search_documents (
        seq integer primary key,
        id text not null unique,
        practice_id text not null references practices(id) on delete cascade,
        client_id text not null references clients(id) on delete cascade,
        session_id text references sessions(id) on delete cascade,
        reflection_id text references reflections(id) on delete cascade,
        date text not null,
        body text not null
      )`.execute(trx);
      await sql`create virtual table search_fts using fts5(
        body, content='search_documents', content_rowid='seq', tokenize='porter unicode61'
      )`.execute(trx);
      await sql`create trigger search_documents_ai after insert on search_documents begin
        insert into search_fts(rowid, body) values (new.seq, new.body);
      end`.execute(trx);
      await sql`create trigger search_documents_ad after delete on search_documents begin
        insert into search_fts(search_fts, rowid, body) values ('delete', old.seq, old.body);
      end`.execute(trx);
      await sql`create trigger search_documents_au after update on search_documents begin
        insert into search_fts(search_fts, rowid, body) values ('delete', old.seq, old.body);
        insert into search_fts(rowid, body) values (new.seq, new.body);
      end`.execute(trx);
    },
    async "007-scale-indexes"(trx) {
      // What search needs of each FTS match (practice, client, date) without reading its wide
      // row: counting a common word's 24,000 matches on M reads this instead of the table.
      await sql`create index search_documents_match_facets
        on search_documents (seq, practice_id, client_id, date)`.execute(trx);
    },
    "017-client-piece-counts": createPieceCountTriggers,
    "018-session-places": createSessionPlaceTriggers,
    "019-session-place-order": replaceSessionPlaceTriggers,
    "021-search-teams": createSearchTeamIndex,
    async "014-lean-piece-keys"(trx) {
      // A link is its two ids: as a WITHOUT ROWID table the primary key is the table, so the
      // links are stored once instead of in a row table and again in its primary key index.
      await sql`create table piece_threads_014 (
        piece_id text not null references pieces(id) on delete cascade,
        thread_id text not null references threads(id) on delete cascade,
        constraint piece_threads_pk primary key (piece_id, thread_id)
      ) without rowid`.execute(trx);
      await sql`insert into piece_threads_014 (piece_id, thread_id)
        select piece_id, thread_id from piece_threads`.execute(trx);
      await sql`drop table piece_threads`.execute(trx);
      await sql`alter table piece_threads_014 rename to piece_threads`.execute(trx);
      await sql`create index piece_threads_thread on piece_threads (thread_id)`.execute(trx);
    },
  },

  search: (db, practiceId, terms, limit, filter, teamOf, snippets = true) =>
    withMatchIndex((index) => searchTop(db, practiceId, terms, limit, filter, teamOf, index, snippets)),

  async snippetsOf(db, practiceId, terms, { sessionIds, reflectionIds }) {
    if (sessionIds.length + reflectionIds.length === 0) return [];
    const { rows } = await sql<{ sessionId: string | null; reflectionId: string | null; snippet: string }>`
      select d.session_id, d.reflection_id, ${SNIPPET} as snippet
      from search_documents d cross join search_fts on search_fts.rowid = d.seq
      where search_fts match ${ftsMatch(terms, null)} and d.practice_id = ${practiceId}
        and (d.session_id in (${idList(sessionIds)}) or d.reflection_id in (${idList(reflectionIds)}))`.execute(
      db,
    );
    return rows;
  },

  searchFacets: (db, practiceId, terms, filter, teamOf) =>
    withMatchIndex(async (index) => {
      // Counting reads the narrow covering index, never the wide rows with their text.
      const { rows } = await sql<SearchFacetRow>`
        select client_id, year, count from (
          select d.client_id as client_id, substr(d.date, 1, 4) as year, count(*) as count
          from search_fts cross join search_documents d ${index} on d.seq = search_fts.rowid
          where search_fts match ${ftsMatch(terms, teamOf)} and d.practice_id = ${practiceId} ${filterSql(filter)}
          group by d.client_id, year
        ) where true ${teamSql(teamOf)}`.execute(db);
      return rows;
    }),
};

/**
 * Runs a search query with `indexed by search_documents_match_facets` (the planner, left alone
 * with bound parameters, reads the wide rows or scans the index: 1.1 s instead of 4 ms on M),
 * or without it in a database migrated before 007 had that index.
 */
async function withMatchIndex<T>(run: (index: RawBuilder<unknown>) => Promise<T>): Promise<T> {
  try {
    return await run(sql`indexed by search_documents_match_facets`);
  } catch (err) {
    if (!/no such index/.test(String((err as Error).message))) throw err;
    return run(sql``);
  }
}

async function searchTop(
  db: Kysely<Database>,
  practiceId: string,
  terms: string[],
  limit: number,
  filter: SearchFilter,
  teamOf: string | null,
  index: RawBuilder<unknown>,
  snippets: boolean,
): Promise<SearchHit[]> {
  const match = ftsMatch(terms, teamOf);
  // CROSS JOIN fixes the join order: with a bound LIMIT the planner otherwise scans every
  // match to probe the top rows (240 ms instead of 20 ms for a common word on M).
  // FTS5 walks the matches newest-written first (rowid order, no sort); only the first
  // SEARCH_WINDOW that the caller may see are scored with bm25, and snippets are cut for the top
  // `limit` only. Raw SQL names the real columns; the CamelCasePlugin maps the result keys.
  const { rows } = await sql<SearchHit>`
      with candidates as (
        select search_fts.rowid as seq, bm25(search_fts, 1.0, 0.0) as score, d.date as date
        from search_fts cross join search_documents d ${index} on d.seq = search_fts.rowid
        where search_fts match ${match} and d.practice_id = ${practiceId} ${filterSql(filter)} ${teamSql(teamOf)}
        order by search_fts.rowid desc
        limit ${SEARCH_WINDOW}
      ),
      top as (
        select seq, score, date from candidates
        order by score, date desc limit ${limit}
      )
      select d.client_id, d.session_id, d.reflection_id, d.date, ${snippets ? SNIPPET : sql`''`} as snippet
      from top
      ${snippets ? sql`cross join search_fts on search_fts.rowid = top.seq` : sql``}
      cross join search_documents d on d.seq = top.seq
      ${snippets ? sql`where search_fts match ${match}` : sql``}
      order by top.score, top.date desc`.execute(db);
  return rows;
}

const SNIPPET = sql`snippet(search_fts, 0, '«', '»', '…', 16)`;

/**
 * Only clients whose care team `teamOf` is on. Search applies it while it fills the window, so a
 * practitioner in a large clinic ranks their own 1,000 most recent matches, not what is left of
 * the practice's; facets apply it to the counts per client and year, not to every match.
 */
function teamSql(teamOf: string | null) {
  // The unary + keeps the list out of the index probe: as a constraint on client_id SQLite
  // probes search_documents_match_facets once per care-team client for each match (260 ms
  // instead of 9 ms for a common word on M).
  return teamOf ? sql`and +client_id in (select client_id from care_team where user_id = ${teamOf})` : sql``;
}

/**
 * Each term becomes a quoted FTS5 string, so nothing the user typed is read as syntax, matched
 * in the text only; with `teamOf`, only documents whose care team holds that user
 * (search-team-triggers.ts), which the care_team filter then confirms.
 */
function ftsMatch(terms: string[], teamOf: string | null): string {
  const words = `body : (${terms.map(quoted).join(" ")})`;
  return teamOf ? `${words} AND team : ${quoted(teamOf)}` : words;
}

const quoted = (word: string) => `"${word.replaceAll('"', '""')}"`;

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
