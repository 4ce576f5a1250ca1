// Search by care team (issue 16, migration 021): every search document carries the ids of its
// client's care team in a second FTS5 column, `team`, so a practitioner's search asks the index
// for `body : words AND team : "their id"` and walks only their own matches. Before, it walked
// every match of the practice and checked each one's client (12 ms instead of 2.7 ms for a
// common word at scale M). The column only narrows the walk: search still keeps the care-team
// clients by the care_team table itself, so a stale or colliding token can never show a
// document to someone off its care team.
//
// The FTS index must be told exactly what it holds when a row changes (an external-content
// table), so `team` is written only by these triggers, and an update re-indexes the old values
// before the new ones:
// - a document is inserted with team NULL (the app and restores never set it); the insert trigger
//   fills it from care_team, then indexes the row (the update trigger skips a NULL team: nothing
//   was indexed yet);
// - any update re-indexes; a document moved to another client takes that client's team first
//   (the trigger's own update does not fire it again: recursive triggers are off);
// - a change to a client's care team rewrites `team` on each of the client's documents.
import { sql, type Kysely } from "kysely";

/** A client's care team as FTS5 words, in the order it was written (order does not matter). */
const TEAM_OF = (client: string) =>
  `coalesce((select group_concat(ct.user_id, ' ') from care_team ct where ct.client_id = ${client}), '')`;

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration step sees the schema of its time */
export async function createSearchTeamIndex(trx: Kysely<any>): Promise<void> {
  await sql`alter table search_documents add column team text`.execute(trx);
  await sql.raw(`update search_documents set team = ${TEAM_OF("search_documents.client_id")}`).execute(trx);
  for (const name of ["search_documents_ai", "search_documents_ad", "search_documents_au"])
    await sql.raw(`drop trigger if exists ${name}`).execute(trx);
  await sql`drop table search_fts`.execute(trx);
  await sql`create virtual table search_fts using fts5(
    body, team, content='search_documents', content_rowid='seq', tokenize='porter unicode61'
  )`.execute(trx);
  await sql`insert into search_fts(search_fts) values ('rebuild')`.execute(trx);
  await sql
    .raw(
      `create trigger search_documents_ai after insert on search_documents begin
        update search_documents set team = ${TEAM_OF("new.client_id")} where seq = new.seq and team is null;
        insert into search_fts(rowid, body, team) select seq, body, team from search_documents where seq = new.seq;
      end`,
    )
    .execute(trx);
  await sql`create trigger search_documents_ad after delete on search_documents begin
    insert into search_fts(search_fts, rowid, body, team) values ('delete', old.seq, old.body, old.team);
  end`.execute(trx);
  await sql
    .raw(
      `create trigger search_documents_au after update on search_documents when old.team is not null begin
        insert into search_fts(search_fts, rowid, body, team) values ('delete', old.seq, old.body, old.team);
        update search_documents set team = ${TEAM_OF("new.client_id")}
          where seq = new.seq and new.client_id <> old.client_id;
        insert into search_fts(rowid, body, team) select seq, body, team from search_documents where seq = new.seq;
      end`,
    )
    .execute(trx);
  for (const [event, row] of [
    ["insert", "new"],
    ["delete", "old"],
  ] as const)
    await sql
      .raw(
        `create trigger care_team_search_${event} after ${event} on care_team begin
          update search_documents set team = ${TEAM_OF(`${row}.client_id`)} where client_id = ${row}.client_id;
        end`,
      )
      .execute(trx);
  await sql
    .raw(
      `create trigger care_team_search_update after update on care_team begin
        update search_documents set team = ${TEAM_OF("old.client_id")} where client_id = old.client_id;
        update search_documents set team = ${TEAM_OF("new.client_id")} where client_id = new.client_id;
      end`,
    )
    .execute(trx);
}
