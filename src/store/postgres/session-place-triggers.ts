// The triggers that keep migration 018's session places; the same rules as the SQLite triggers
// (src/store/sqlite/session-place-triggers.ts). Two transactions placing sessions of one client
// at once would each count the places before theirs from their own snapshot: the client's count
// lock (the key migration 017's tessera_lock_counts takes, named here so this step does not need
// 017's function) makes the second wait, and its statements then see the first one's places.
import { sql, type Kysely } from "kysely";
import { AFTER, createSessionPlaces, PLACE_OF } from "../migrations/018-session-places";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the schema as it was then
export async function createSessionPlaceTriggers(trx: Kysely<any>): Promise<void> {
  await createSessionPlaces(trx, { withoutRowid: false });
  await placeFunction(trx);
  await sql`create trigger sessions_place_insert after insert on sessions
    for each row execute function tessera_session_places()`.execute(trx);
  await sql`create trigger sessions_place_delete after delete on sessions
    for each row execute function tessera_session_places()`.execute(trx);
  await sql`create trigger sessions_place_update after update of client_id, date, number on sessions
    for each row when (old.client_id <> new.client_id or old.date <> new.date or old.number <> new.number)
    execute function tessera_session_places()`.execute(trx);
}

/** Migration 019: the function again, finding a place by the new order index (see PLACE_OF). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the schema as it was then
export async function replaceSessionPlaceFunction(trx: Kysely<any>): Promise<void> {
  await placeFunction(trx);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the schema as it was then
async function placeFunction(trx: Kysely<any>): Promise<void> {
  await sql`create or replace function tessera_session_places() returns trigger language plpgsql as $$
  begin
    if tg_op in ('DELETE', 'UPDATE') then
      perform pg_advisory_xact_lock(hashtextextended('tessera-counts:' || old.client_id, 0));
      update session_places set place = place - 1 where client_id = old.client_id
        and place > (select place from session_places where session_id = old.id);
      delete from session_places where session_id = old.id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
      perform pg_advisory_xact_lock(hashtextextended('tessera-counts:' || new.client_id, 0));
      update session_places set place = place + 1 where client_id = new.client_id and ${sql.raw(AFTER("new"))};
      insert into session_places (session_id, client_id, date, number, place)
        values (new.id, new.client_id, new.date, new.number, ${sql.raw(PLACE_OF("new"))});
    end if;
    return null;
  end $$`.execute(trx);
}
