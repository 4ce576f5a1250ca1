// Every endpoint of the API, by resource. Routes, the web client, OpenAPI and docs/api.md come from this list.
import { accountEndpoints } from "./accounts/account-endpoints";
import { auditEndpoints } from "./audit/audit-endpoints";
import { authEndpoints } from "./auth/auth-endpoints";
import { secondFactorEndpoints } from "./auth/second-factor-endpoints";
import { characterEndpoints } from "./characters/character-endpoints";
import { clientEndpoints } from "./clients/client-endpoints";
import { consentEndpoints } from "./consents/consent-endpoints";
import { courseEndpoints } from "./courses/course-endpoints";
import { draftEndpoints } from "./drafts/draft-endpoints";
import type { AnyEndpoint } from "./endpoint";
import { extractEndpoints } from "./extract/extract-endpoints";
import { lifeEventEndpoints } from "./life-events/life-event-endpoints";
import { measureEndpoints } from "./measures/measure-endpoints";
import { processEndpoints } from "./process/process-endpoints";
import { reflectionEndpoints } from "./reflections/reflection-endpoints";
import { searchEndpoints } from "./search/search-endpoints";
import { sessionEndpoints } from "./sessions/session-endpoints";
import { threadEndpoints } from "./threads/thread-endpoints";
import { clientViewEndpoints } from "./views/client-view-endpoints";
import { practiceViewEndpoints } from "./views/practice-view-endpoints";
// The client portal (issue 13)
import { assignmentEndpoints } from "./assignments/assignment-endpoints";
import { invitationEndpoints } from "./invitations/invitation-endpoints";
import { portalEndpoints } from "./portal/portal-endpoints";
import { practiceSettingsEndpoints } from "./practice-settings/practice-settings-endpoints";
import { storyEndpoints } from "./stories/story-endpoints";
// Open data (issue 15)
import { clientExportEndpoints } from "./exports/client-export-endpoints";
import { erasureEndpoints } from "./exports/erasure-endpoints";
import { ownRecordEndpoints } from "./exports/own-record-endpoints";
import { reportEndpoints } from "./exports/report-endpoints";
// Care-team card
import { staffEndpoints } from "./staff/staff-endpoints";

/** Grouped as docs/api.md shows them. */
export const ENDPOINT_GROUPS: ReadonlyArray<{ title: string; endpoints: readonly AnyEndpoint[] }> = [
  { title: "Setup and login", endpoints: authEndpoints },
  // Trust (issue 14): the TOTP second factor of one's own account and the login's code step.
  { title: "Second factor", endpoints: secondFactorEndpoints },
  { title: "Clients", endpoints: clientEndpoints },
  { title: "Sessions", endpoints: sessionEndpoints },
  { title: "Drafts", endpoints: draftEndpoints },
  { title: "Characters", endpoints: characterEndpoints },
  { title: "Threads", endpoints: threadEndpoints },
  { title: "Process", endpoints: processEndpoints },
  { title: "Life events", endpoints: lifeEventEndpoints },
  { title: "Courses", endpoints: courseEndpoints },
  { title: "Reflections", endpoints: reflectionEndpoints },
  { title: "Consents", endpoints: consentEndpoints },
  { title: "Outcome measures", endpoints: measureEndpoints },
  { title: "Search", endpoints: searchEndpoints },
  { title: "Suggestions", endpoints: extractEndpoints },
  { title: "Audit", endpoints: auditEndpoints },
  { title: "Accounts and care teams", endpoints: accountEndpoints },
  // Care-team card: colleagues to choose from.
  { title: "Staff", endpoints: staffEndpoints },
  // The workspace (issue 11): each view's first screen, aggregated on the server.
  { title: "Views of a client", endpoints: clientViewEndpoints },
  { title: "Views of the practice", endpoints: practiceViewEndpoints },
  // The client portal (issue 13)
  { title: "Portal invitations", endpoints: invitationEndpoints },
  { title: "Questionnaires sent", endpoints: assignmentEndpoints },
  { title: "Process stories", endpoints: storyEndpoints },
  { title: "Client portal", endpoints: portalEndpoints },
  { title: "Practice settings", endpoints: practiceSettingsEndpoints },
  // Open data (issue 15)
  { title: "Exports", endpoints: clientExportEndpoints },
  { title: "Reports", endpoints: reportEndpoints },
  { title: "The client's own record", endpoints: ownRecordEndpoints },
  { title: "Erasure", endpoints: erasureEndpoints },
];

export const ALL_ENDPOINTS: readonly AnyEndpoint[] = ENDPOINT_GROUPS.flatMap((g) => g.endpoints);
