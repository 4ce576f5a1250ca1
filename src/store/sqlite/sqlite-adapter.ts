// What only SQLite does: FTS5 search (porter stemming over unicode61 words) kept in step with
// search_documents by triggers, and its error codes.
import { sql } from "kysely";
import type { DialectAdapter } from "../dialect";
import type { SearchHit } from "../store";

export const sqliteAdapter: DialectAdapter = {
  dialect: "sqlite",

  isUniqueViolation(err) {
    const code = (err as { code?: unknown } | null)?.code;
    return code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
  },

  // BEGIN IMMEDIATE (see immediate-sqlite-dialect.ts) already holds the write lock.
  async lockForMigration() {},

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
  },

  async search(db, practiceId, terms, limit) {
    // Each term becomes a quoted FTS5 string, so nothing the user typed is read as syntax.
    const match = terms.map((t) => `"${t.replaceAll('"', '""')}"`).join(" ");
    // Raw SQL names the real columns; the CamelCasePlugin still maps the result keys.
    const { rows } = await sql<SearchHit>`
      select d.client_id, d.session_id, d.reflection_id, d.date,
             snippet(search_fts, 0, '«', '»', '…', 16) as snippet
      from search_fts join search_documents d on d.seq = search_fts.rowid
      where search_fts match ${match} and d.practice_id = ${practiceId}
      order by bm25(search_fts), d.date desc
      limit ${limit}`.execute(db);
    return rows;
  },
};
