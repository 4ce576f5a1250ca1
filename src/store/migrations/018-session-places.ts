// Scale (issue 16): a session's place in its client's process (0 for the first, in date, number,
// id order), kept as sessions are written, so a view's strip cells are counted in SQL by place
// and only the sessions at the cells' bounds are read, not every session of a 3,000-session
// process. A narrow table of its own: moving later sessions up one place (a session entered out
// of order) rewrites these small rows, not the wide session rows. Derived like migration 017's
// counts: each dialect's step makes it and the triggers that keep it, and a backup does not carry it.
import { sql, type Kysely } from "kysely";
import type { Migration } from "./migration";

export const sessionPlaces: Migration = {
  name: "018-session-places",
  async up() {},
};

export async function createSessionPlaces(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the schema as it was then
  db: Kysely<any>,
  options: { withoutRowid: boolean },
): Promise<void> {
  await db.schema
    .createTable("session_places")
    .addColumn("session_id", "text", (c) => c.primaryKey())
    .addColumn("client_id", "text", (c) => c.notNull().references("clients.id").onDelete("cascade"))
    // The session's sort key, copied so a place is found without reading the session row.
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("place", "integer", (c) => c.notNull())
    .modifyEnd(options.withoutRowid ? sql`without rowid` : sql``)
    .execute();
  await db.schema
    .createIndex("session_places_client")
    .on("session_places")
    .columns(["client_id", "place"])
    .execute();
  await sql`insert into session_places (session_id, client_id, date, number, place)
    select id, client_id, date, number,
      row_number() over (partition by client_id order by date, number, id) - 1 from sessions`.execute(db);
}

/**
 * The order places follow, as SQL on the row named `row`: before (date, number, id) of it, as a
 * row value so the session_places_order index of migration 019 seeks to it (a count of the
 * places before was a scan of the client's places on every save: 2.3 ms at 3,000 sessions).
 */
export const BEFORE = (row: string) => `(date, number, session_id) < (${row}.date, ${row}.number, ${row}.id)`;
/** After (date, number, id) of the row named `row`. */
export const AFTER = (row: string) => `(date, number, session_id) > (${row}.date, ${row}.number, ${row}.id)`;

/**
 * The place a session written takes: the place of the one just before it, plus one (0 for the
 * first), found by the order index instead of counted.
 */
export const PLACE_OF = (row: string) => `coalesce((select place + 1 from session_places
      where client_id = ${row}.client_id and ${BEFORE(row)}
      order by date desc, number desc, session_id desc limit 1), 0)`;
