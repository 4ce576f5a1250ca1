// Ids as the inside of an `in (…)` in raw SQL, each a bound parameter; an empty list matches nothing.
import { sql } from "kysely";

export function idList(ids: readonly string[]) {
  return ids.length ? sql.join([...ids]) : sql`null`;
}
