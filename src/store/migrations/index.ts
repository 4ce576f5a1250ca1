// The one ordered list of migrations. To change the schema, add a file NNN-what.ts and append it
// here; never edit a released migration.
import type { Migration } from "./migration";
import { initialSchema } from "./001-initial-schema";

export const MIGRATIONS: readonly Migration[] = [initialSchema];
export type { Migration } from "./migration";
