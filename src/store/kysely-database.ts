// The one place a Kysely instance over the Tessera tables is made, for both dialects. The
// CamelCasePlugin maps the snake_case names of the database to the camelCase of database.ts and
// of the domain, so rows need no hand-written mappers. Nested keys stay as they are: JSON columns
// arrive as text anyway, and a value's own keys are not identifiers to rename.
import { CamelCasePlugin, Kysely, type Dialect } from "kysely";
import type { Database } from "./database";

export function createDatabase(dialect: Dialect): Kysely<Database> {
  return new Kysely<Database>({
    dialect,
    plugins: [new CamelCasePlugin({ maintainNestedObjectKeys: true })],
  });
}
