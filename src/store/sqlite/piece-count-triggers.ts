// The triggers that keep migration 017's counts (client_region_counts, client_month_counts) as
// pieces are written: a session piece counts once for its client, kind, side and region list
// (when it names a region) and once for its client, its session's month and kind. An update of a
// counted column (an upsert that changes a kept piece included) takes the old row out and puts
// the new one in; a session moved to another month moves its pieces' month counts with it.
// A link of a session piece to a thread counts once for its client, thread and session. A piece
// deleted takes its links' counts out before it goes (BEFORE DELETE: the links it cascades to are
// deleted after it, when a link's trigger can no longer find its piece, so those skip).
// Only UPDATE … SET n = n - 1 takes out, so a count whose row is already gone (an erasure empties
// the count tables first) is left alone.
import { sql, type Kysely } from "kysely";
import { createCountTables } from "../migrations/017-client-piece-counts";

const ADD_REGIONS = (row: "new") =>
  sql.raw(`insert into client_region_counts (client_id, kind, side, regions, n)
    select ${row}.client_id, ${row}.kind, coalesce(${row}.laterality, ''), ${row}.regions, 1
    where ${row}.session_id is not null and ${row}.regions <> '[]'
    on conflict (client_id, kind, side, regions) do update set n = n + 1;`);
const ADD_MONTH = (row: "new") =>
  sql.raw(`insert into client_month_counts (client_id, month, kind, n)
    select ${row}.client_id, substr(s.date, 1, 7), ${row}.kind, 1 from sessions s where s.id = ${row}.session_id
    on conflict (client_id, month, kind) do update set n = n + 1;`);
const TAKE_REGIONS = (row: "old") =>
  sql.raw(`update client_region_counts set n = n - 1
    where ${row}.session_id is not null and client_id = ${row}.client_id and kind = ${row}.kind
      and side = coalesce(${row}.laterality, '') and regions = ${row}.regions;`);
const TAKE_MONTH = (row: "old") =>
  sql.raw(`update client_month_counts set n = n - 1
    where client_id = ${row}.client_id and kind = ${row}.kind
      and month = (select substr(s.date, 1, 7) from sessions s where s.id = ${row}.session_id);`);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the schema as it was then
export async function createPieceCountTriggers(trx: Kysely<any>): Promise<void> {
  await createCountTables(trx, { withoutRowid: true });
  await sql`create trigger pieces_counts_ai after insert on pieces when new.session_id is not null begin
    ${ADD_REGIONS("new")}
    ${ADD_MONTH("new")}
  end`.execute(trx);
  await sql`create trigger pieces_counts_ad after delete on pieces when old.session_id is not null begin
    ${TAKE_REGIONS("old")}
    ${TAKE_MONTH("old")}
  end`.execute(trx);
  await sql`create trigger pieces_counts_au after update of client_id, session_id, kind, laterality, regions on pieces begin
    ${TAKE_REGIONS("old")}
    ${TAKE_MONTH("old")}
    ${ADD_REGIONS("new")}
    ${ADD_MONTH("new")}
  end`.execute(trx);
  await sql`create trigger pieces_links_bd before delete on pieces when old.session_id is not null begin
    update thread_session_counts set n = n - (
      select count(*) from piece_threads l where l.piece_id = old.id and l.thread_id = thread_session_counts.thread_id)
      where client_id = old.client_id and session_id = old.session_id
        and thread_id in (select thread_id from piece_threads where piece_id = old.id);
  end`.execute(trx);
  await sql`create trigger pieces_links_au after update of client_id, session_id on pieces begin
    update thread_session_counts set n = n - 1
      where client_id = old.client_id and session_id = old.session_id
        and thread_id in (select thread_id from piece_threads where piece_id = old.id);
    insert into thread_session_counts (client_id, thread_id, session_id, n)
      select new.client_id, l.thread_id, new.session_id, 1 from piece_threads l
      where l.piece_id = new.id and new.session_id is not null
      on conflict (client_id, thread_id, session_id) do update set n = n + 1;
  end`.execute(trx);
  await sql`create trigger piece_threads_counts_ai after insert on piece_threads begin
    insert into thread_session_counts (client_id, thread_id, session_id, n)
      select p.client_id, new.thread_id, p.session_id, 1 from pieces p
      where p.id = new.piece_id and p.session_id is not null
      on conflict (client_id, thread_id, session_id) do update set n = n + 1;
  end`.execute(trx);
  await sql`create trigger piece_threads_counts_ad after delete on piece_threads begin
    update thread_session_counts set n = n - 1
      where thread_id = old.thread_id
        and (client_id, session_id) = (select p.client_id, p.session_id from pieces p where p.id = old.piece_id);
  end`.execute(trx);
  await sql`create trigger sessions_counts_au after update of date on sessions
    when substr(old.date, 1, 7) <> substr(new.date, 1, 7) begin
    update client_month_counts set n = n - (
      select count(*) from pieces p where p.session_id = old.id and p.kind = client_month_counts.kind)
      where client_id = old.client_id and month = substr(old.date, 1, 7);
    insert into client_month_counts (client_id, month, kind, n)
      select new.client_id, substr(new.date, 1, 7), p.kind, count(*) from pieces p where p.session_id = new.id
      group by p.kind
      on conflict (client_id, month, kind) do update set n = n + excluded.n;
  end`.execute(trx);
}
