// The triggers that keep migration 017's counts (client_region_counts, client_month_counts) as
// pieces are written; the same rules as the SQLite triggers (src/store/sqlite/piece-count-triggers.ts):
// a session piece counts once for its client, kind, side and region list (when it names a region)
// and once for its client, its session's month and kind; an update of a counted column takes the
// old row out and puts the new one in; a session moved to another month moves its month counts;
// a link of a session piece to a thread counts once for its client, thread and session, and a
// piece deleted takes its links' counts out before it goes (its links are then deleted by the
// cascade, when a link's trigger no longer finds the piece, so those skip).
import { sql, type Kysely } from "kysely";
import { createCountTables } from "../migrations/017-client-piece-counts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the schema as it was then
export async function createPieceCountTriggers(trx: Kysely<any>): Promise<void> {
  await createCountTables(trx, { withoutRowid: false });
  // Two transactions counting for one client (two of its sessions saved at once on two
  // instances) would take its count rows in different orders and deadlock: the first count
  // written for a client in a transaction takes a lock on the client's counts, so the second
  // waits before it touches any of them.
  await sql`create function tessera_lock_counts(client text) returns void language sql as $$
    select pg_advisory_xact_lock(hashtextextended('tessera-counts:' || client, 0))
  $$`.execute(trx);
  await sql`create function tessera_piece_counts() returns trigger language plpgsql as $$
  begin
    perform tessera_lock_counts(case when tg_op = 'DELETE' then old.client_id else new.client_id end);
    if tg_op in ('DELETE', 'UPDATE') and old.session_id is not null then
      update client_region_counts set n = n - 1
        where client_id = old.client_id and kind = old.kind
          and side = coalesce(old.laterality, '') and regions = old.regions;
      update client_month_counts c set n = c.n - 1 from sessions s
        where s.id = old.session_id and c.client_id = old.client_id
          and c.month = substr(s.date, 1, 7) and c.kind = old.kind;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.session_id is not null then
      if new.regions <> '[]' then
        insert into client_region_counts (client_id, kind, side, regions, n)
          values (new.client_id, new.kind, coalesce(new.laterality, ''), new.regions, 1)
          on conflict (client_id, kind, side, regions) do update set n = client_region_counts.n + 1;
      end if;
      insert into client_month_counts (client_id, month, kind, n)
        select new.client_id, substr(s.date, 1, 7), new.kind, 1 from sessions s where s.id = new.session_id
        on conflict (client_id, month, kind) do update set n = client_month_counts.n + 1;
    end if;
    return null;
  end $$`.execute(trx);
  await sql`create trigger pieces_counts
    after insert or delete or update of client_id, session_id, kind, laterality, regions on pieces
    for each row execute function tessera_piece_counts()`.execute(trx);
  await sql`create function tessera_piece_link_counts() returns trigger language plpgsql as $$
  begin
    perform tessera_lock_counts(old.client_id);
    if tg_op in ('DELETE', 'UPDATE') and old.session_id is not null then
      update thread_session_counts c set n = c.n - k.n
        from (select thread_id, count(*) as n from piece_threads where piece_id = old.id group by thread_id) k
        where c.client_id = old.client_id and c.session_id = old.session_id and c.thread_id = k.thread_id;
    end if;
    if tg_op = 'UPDATE' and new.session_id is not null then
      insert into thread_session_counts (client_id, thread_id, session_id, n)
        select new.client_id, thread_id, new.session_id, count(*) from piece_threads where piece_id = new.id
        group by thread_id
        on conflict (client_id, thread_id, session_id) do update set n = thread_session_counts.n + excluded.n;
    end if;
    if tg_op = 'DELETE' then return old; end if;
    return null;
  end $$`.execute(trx);
  await sql`create trigger pieces_links_bd before delete on pieces
    for each row execute function tessera_piece_link_counts()`.execute(trx);
  await sql`create trigger pieces_links_au after update of client_id, session_id on pieces
    for each row execute function tessera_piece_link_counts()`.execute(trx);
  await sql`create function tessera_link_counts() returns trigger language plpgsql as $$
  begin
    perform tessera_lock_counts((select client_id from pieces where id = case when tg_op = 'DELETE' then old.piece_id else new.piece_id end));
    if tg_op = 'INSERT' then
      insert into thread_session_counts (client_id, thread_id, session_id, n)
        select p.client_id, new.thread_id, p.session_id, 1 from pieces p
        where p.id = new.piece_id and p.session_id is not null
        on conflict (client_id, thread_id, session_id) do update set n = thread_session_counts.n + 1;
    else
      update thread_session_counts c set n = c.n - 1 from pieces p
        where p.id = old.piece_id and c.client_id = p.client_id and c.session_id = p.session_id
          and c.thread_id = old.thread_id;
    end if;
    return null;
  end $$`.execute(trx);
  await sql`create trigger piece_threads_counts after insert or delete on piece_threads
    for each row execute function tessera_link_counts()`.execute(trx);
  await sql`create function tessera_session_month_counts() returns trigger language plpgsql as $$
  begin
    perform tessera_lock_counts(old.client_id);
    if substr(old.date, 1, 7) <> substr(new.date, 1, 7) then
      update client_month_counts c set n = c.n - k.n
        from (select kind, count(*) as n from pieces where session_id = old.id group by kind) k
        where c.client_id = old.client_id and c.month = substr(old.date, 1, 7) and c.kind = k.kind;
      insert into client_month_counts (client_id, month, kind, n)
        select new.client_id, substr(new.date, 1, 7), kind, count(*) from pieces where session_id = new.id
        group by kind
        on conflict (client_id, month, kind) do update set n = client_month_counts.n + excluded.n;
    end if;
    return null;
  end $$`.execute(trx);
  await sql`create trigger sessions_month_counts after update of date on sessions
    for each row execute function tessera_session_month_counts()`.execute(trx);
}
