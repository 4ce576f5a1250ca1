// Many small grouped rows sent as one JSON array per group: the database builds the array and
// the driver hands over one value instead of making an object of every row. The life chart's
// 1,457 cells at 3,000 sessions took 5-9 ms as rows and 3.5 as 40 arrays (SQLite).
import { sql, type RawBuilder } from "kysely";
import type { DialectAdapter } from "../../dialect";

/** An aggregate: the group's rows as a JSON array of arrays of the columns named, in that order. */
export function jsonRowsOf(adapter: DialectAdapter, columns: readonly string[]): RawBuilder<unknown> {
  const items = sql.join(columns.map((c) => sql.ref(c)));
  return adapter.dialect === "postgres"
    ? sql`json_agg(json_build_array(${items}))`
    : sql`json_group_array(json_array(${items}))`;
}

/** What jsonRowsOf gives, as the drivers give it (SQLite: text; PostgreSQL: already parsed). */
export function parsedJsonRows(value: unknown): unknown[][] {
  return (typeof value === "string" ? JSON.parse(value) : value) as unknown[][];
}
