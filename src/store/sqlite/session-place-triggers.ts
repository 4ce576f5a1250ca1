// The triggers that keep migration 018's session places: a session written takes its place in
// its client's process and moves every later one up one; one deleted, or moved to another date
// or number, moves the later ones down one. An erasure empties session_places before it deletes
// the sessions, so its deletes find no place and shift nothing (a shift per deleted session
// would rewrite the rest of the process each time).
import { sql, type Kysely } from "kysely";
import { AFTER, createSessionPlaces, PLACE_OF } from "../migrations/018-session-places";

const TAKE_PLACE = `update session_places set place = place + 1 where client_id = new.client_id and ${AFTER("new")};
    insert into session_places (session_id, client_id, date, number, place)
      values (new.id, new.client_id, new.date, new.number, ${PLACE_OF("new")});`;
const LEAVE_PLACE = `update session_places set place = place - 1 where client_id = old.client_id
      and place > (select place from session_places where session_id = old.id);
    delete from session_places where session_id = old.id;`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the schema as it was then
export async function createSessionPlaceTriggers(trx: Kysely<any>): Promise<void> {
  await createSessionPlaces(trx, { withoutRowid: true });
  await createTriggers(trx);
}

/** Migration 019: the triggers again, finding a place by the new order index (see PLACE_OF). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the schema as it was then
export async function replaceSessionPlaceTriggers(trx: Kysely<any>): Promise<void> {
  for (const name of ["sessions_place_ai", "sessions_place_ad", "sessions_place_au"])
    await sql`drop trigger if exists ${sql.id(name)}`.execute(trx);
  await createTriggers(trx);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the schema as it was then
async function createTriggers(trx: Kysely<any>): Promise<void> {
  await sql`create trigger sessions_place_ai after insert on sessions begin
    ${sql.raw(TAKE_PLACE)}
  end`.execute(trx);
  await sql`create trigger sessions_place_ad after delete on sessions begin
    ${sql.raw(LEAVE_PLACE)}
  end`.execute(trx);
  await sql`create trigger sessions_place_au after update of client_id, date, number on sessions
    when old.client_id <> new.client_id or old.date <> new.date or old.number <> new.number begin
    ${sql.raw(LEAVE_PLACE)}
    ${sql.raw(TAKE_PLACE)}
  end`.execute(trx);
}
