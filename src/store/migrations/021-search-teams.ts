// Search by care team (issue 16): SQLite indexes each search document's care team beside its
// words (sqlite/search-team-triggers.ts), so a practitioner's search walks only their own matches.
// PostgreSQL's search is unchanged, so the shared step has nothing to do.
import type { Migration } from "./migration";

export const searchTeams: Migration = {
  name: "021-search-teams",
  async up() {},
};
