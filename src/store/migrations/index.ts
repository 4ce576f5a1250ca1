// The one ordered list of migrations. To change the schema, add a file NNN-what.ts and append it
// here; never edit a released migration.
import type { Migration } from "./migration";
import { initialSchema } from "./001-initial-schema";
import { measureFlagsAndFollowUp } from "./002-measure-flags-and-follow-up";
import { rateLimits } from "./003-rate-limits";
import { trust } from "./004-trust";
import { versionsNumberingAmendmentsDrafts } from "./005-versions-numbering-amendments-drafts";
import { clientPortal } from "./006-client-portal";
import { scaleIndexes } from "./007-scale-indexes";
import { auditUnsealed } from "./008-audit-unsealed";
import { secondFactor } from "./009-second-factor";
import { reflectionReads } from "./010-reflection-reads";
import { viewIndexes } from "./012-view-indexes";
import { leanIndexes } from "./013-lean-indexes";
import { leanPieceKeys } from "./014-lean-piece-keys";
import { viewCoveringIndexes } from "./015-view-covering-indexes";
import { threadStatusChanges } from "./016-thread-status-changes";
import { clientPieceCounts } from "./017-client-piece-counts";
import { sessionPlaces } from "./018-session-places";
import { sessionPlaceOrder } from "./019-session-place-order";
import { courseNumberIndex } from "./020-course-number-index";
import { searchTeams } from "./021-search-teams";

export const MIGRATIONS: readonly Migration[] = [
  initialSchema,
  measureFlagsAndFollowUp,
  rateLimits,
  trust,
  versionsNumberingAmendmentsDrafts,
  clientPortal,
  scaleIndexes,
  auditUnsealed,
  secondFactor,
  reflectionReads, // The workspace (issue 11)
  viewIndexes, // Workspace views at scale (issues 11, 16)
  leanIndexes, // Scale (issue 16): partial indexes where most values are NULL
  leanPieceKeys, // Size (issue 16): pieces by session deduplicated, piece_threads without rowid
  viewCoveringIndexes, // Workspace views at 300 and 3,000 sessions (issues 11, 16): index-only counts
  threadStatusChanges, // The workspace (issue 11): a thread's status over time
  clientPieceCounts, // Scale (issue 16): body map and month counts kept as pieces are written
  sessionPlaces, // Scale (issue 16): each session's place in its process, for strips counted in SQL
  sessionPlaceOrder, // Scale (issue 16): a saved session finds its place by index, not by a count
  courseNumberIndex, // Scale (issue 16): a session's course number counted in an index
  searchTeams, // Scale (issue 16): SQLite's search index holds each document's care team
];
export type { Migration } from "./migration";
