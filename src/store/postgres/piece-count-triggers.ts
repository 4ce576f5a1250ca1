// The triggers that keep migration 017's counts (client_region_counts, client_month_counts,
// thread_session_counts) as pieces are written; the same rules as the SQLite triggers
// (src/store/sqlite/piece-count-triggers.ts): a session piece counts once for its client, kind,
// side and region list (when it names a region) and once for its client, its session's month and
// kind; an update takes the old rows out and puts the new ones in; a session moved to another
// month moves its month counts; a link of a session piece to a thread counts once for its client,
// thread and session, and a piece deleted takes its links' counts out before it goes (its links
// are then deleted by the cascade, when a link's trigger no longer finds the piece, so those skip).
//
// Pieces and links are counted once per statement from its transition tables, grouped: a save
// writes its 30 pieces in one statement, and row triggers (several statements per piece) had
// taken a 30-piece save at scale S from 10 to 19 ms.
import { sql, type Kysely } from "kysely";
import { createCountTables } from "../migrations/017-client-piece-counts";

/** A transition table's rows grouped as each count table keys them, with how many in each group. */
const REGION_GROUPS = (rows: string) => `select client_id, kind, coalesce(laterality, '') as side, regions,
    count(*) as n from ${rows} where session_id is not null and regions <> '[]' group by 1, 2, 3, 4`;
const MONTH_GROUPS = (
  rows: string,
) => `select r.client_id, substr(s.date, 1, 7) as month, r.kind, count(*) as n
    from ${rows} r join sessions s on s.id = r.session_id group by 1, 2, 3`;
const LINK_GROUPS = (links: string) => `select p.client_id, l.thread_id, p.session_id, count(*) as n
    from ${links} l join pieces p on p.id = l.piece_id where p.session_id is not null group by 1, 2, 3`;

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
    if tg_op in ('DELETE', 'UPDATE') then
      perform tessera_lock_counts(client_id) from (select distinct client_id from old_rows order by 1) c;
      update client_region_counts c set n = c.n - o.n from (${sql.raw(REGION_GROUPS("old_rows"))}) o
        where c.client_id = o.client_id and c.kind = o.kind and c.side = o.side and c.regions = o.regions;
      update client_month_counts c set n = c.n - o.n from (${sql.raw(MONTH_GROUPS("old_rows"))}) o
        where c.client_id = o.client_id and c.month = o.month and c.kind = o.kind;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
      perform tessera_lock_counts(client_id) from (select distinct client_id from new_rows order by 1) c;
      insert into client_region_counts (client_id, kind, side, regions, n) ${sql.raw(REGION_GROUPS("new_rows"))}
        on conflict (client_id, kind, side, regions) do update set n = client_region_counts.n + excluded.n;
      insert into client_month_counts (client_id, month, kind, n) ${sql.raw(MONTH_GROUPS("new_rows"))}
        on conflict (client_id, month, kind) do update set n = client_month_counts.n + excluded.n;
    end if;
    return null;
  end $$`.execute(trx);
  await sql`create trigger pieces_counts_insert after insert on pieces referencing new table as new_rows
    for each statement execute function tessera_piece_counts()`.execute(trx);
  await sql`create trigger pieces_counts_delete after delete on pieces referencing old table as old_rows
    for each statement execute function tessera_piece_counts()`.execute(trx);
  await sql`create trigger pieces_counts_update after update on pieces
    referencing old table as old_rows new table as new_rows
    for each statement execute function tessera_piece_counts()`.execute(trx);

  // A deleted piece's links, before the cascade deletes them (a row trigger: a statement trigger
  // has no transition table before the statement, and afterwards the piece is gone).
  await sql`create function tessera_piece_link_counts() returns trigger language plpgsql as $$
  begin
    if tg_op in ('DELETE', 'UPDATE') and old.session_id is not null then
      perform tessera_lock_counts(old.client_id);
      update thread_session_counts c set n = c.n - k.n
        from (select thread_id, count(*) as n from piece_threads where piece_id = old.id group by thread_id) k
        where c.client_id = old.client_id and c.session_id = old.session_id and c.thread_id = k.thread_id;
    end if;
    if tg_op = 'UPDATE' and new.session_id is not null then
      perform tessera_lock_counts(new.client_id);
      insert into thread_session_counts (client_id, thread_id, session_id, n)
        select new.client_id, thread_id, new.session_id, count(*) from piece_threads where piece_id = new.id
        group by thread_id
        on conflict (client_id, thread_id, session_id) do update set n = thread_session_counts.n + excluded.n;
    end if;
    if tg_op = 'DELETE' then return old; end if;
    return null;
  end $$`.execute(trx);
  await sql`create trigger pieces_links_bd before delete on pieces
    for each row when (old.session_id is not null) execute function tessera_piece_link_counts()`.execute(trx);
  await sql`create trigger pieces_links_au after update of client_id, session_id on pieces
    for each row execute function tessera_piece_link_counts()`.execute(trx);

  await sql`create function tessera_link_counts() returns trigger language plpgsql as $$
  begin
    if tg_op = 'INSERT' then
      perform tessera_lock_counts(client_id) from (select distinct p.client_id from new_links l
        join pieces p on p.id = l.piece_id order by 1) c;
      insert into thread_session_counts (client_id, thread_id, session_id, n) ${sql.raw(LINK_GROUPS("new_links"))}
        on conflict (client_id, thread_id, session_id) do update set n = thread_session_counts.n + excluded.n;
    else
      perform tessera_lock_counts(client_id) from (select distinct p.client_id from old_links l
        join pieces p on p.id = l.piece_id order by 1) c;
      update thread_session_counts c set n = c.n - o.n from (${sql.raw(LINK_GROUPS("old_links"))}) o
        where c.client_id = o.client_id and c.thread_id = o.thread_id and c.session_id = o.session_id;
    end if;
    return null;
  end $$`.execute(trx);
  await sql`create trigger piece_threads_counts_insert after insert on piece_threads
    referencing new table as new_links for each statement execute function tessera_link_counts()`.execute(
    trx,
  );
  await sql`create trigger piece_threads_counts_delete after delete on piece_threads
    referencing old table as old_links for each statement execute function tessera_link_counts()`.execute(
    trx,
  );

  await sql`create function tessera_session_month_counts() returns trigger language plpgsql as $$
  begin
    if substr(old.date, 1, 7) <> substr(new.date, 1, 7) then
      perform tessera_lock_counts(old.client_id);
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
