// The store a request is given: every ScopedStore method is an operation declared in one of the
// files below and run through `runOperation`, which applies access rules, the transaction and
// the audit record. To add a method: declare it in store.ts, add its operation to a resource
// file and list that file here (the type check fails until every method has one).
import type { Caller, RequestOrigin, ScopedStore } from "../store";
import { accountOperations } from "./accounts";
import { auditLogOperations } from "./audit-log";
import { careTeamOperations } from "./care-team";
import { characterOperations } from "./characters";
import { clientOperations } from "./clients";
import { consentOperations } from "./consents";
import { courseOperations } from "./courses";
import { draftOperations } from "./drafts";
import { lifeEventOperations } from "./life-events";
import { measureResponseOperations } from "./measure-responses";
import { runOperation, type Operation, type OperationEnv, type OperationsFor } from "./operation";
import { reflectionOperations } from "./reflections";
import { searchOperations } from "./search";
import { sessionOperations } from "./sessions";
import { threadOperations } from "./threads";
// The client portal (issue 13)
import { invitationOperations } from "./invitations";
import { portalConsentOperations } from "./portal-consents";
import { practiceSettingsOperations } from "./practice-settings";
import { processStoryOperations } from "./process-stories";
import { questionnaireAssignmentOperations } from "./questionnaire-assignments";
import { recordAccessOperations } from "./record-access";
// Open data (issue 15)
import { erasureCheckOperations } from "./erasure-check";
import { ownRecordOperations } from "./own-record";
// Workspace views at scale (issues 11, 16)
import { viewQueryOperations } from "./view-queries/view-operations";
// Care-team card
import { staffOperations } from "./staff";
// The overview's session list
import { sessionSummaryOperations } from "./session-summaries";
// A thread's status over time (issue 11)
import { threadStatusChangeOperations } from "./thread-status-changes";

const OPERATIONS: OperationsFor<Exclude<keyof ScopedStore, "caller">> = {
  ...clientOperations,
  ...lifeEventOperations,
  ...courseOperations,
  ...sessionOperations,
  ...characterOperations,
  ...threadOperations,
  ...reflectionOperations,
  ...measureResponseOperations,
  ...consentOperations,
  ...searchOperations,
  ...auditLogOperations,
  ...careTeamOperations, // Trust (issue 14)
  ...accountOperations, // Trust (issue 14)
  // The client portal (issue 13)
  ...invitationOperations,
  ...questionnaireAssignmentOperations,
  ...processStoryOperations,
  ...practiceSettingsOperations,
  ...recordAccessOperations,
  ...portalConsentOperations,
  ...draftOperations,
  ...ownRecordOperations, // Open data (issue 15)
  ...erasureCheckOperations, // Open data (issue 15)
  ...viewQueryOperations, // Workspace views at scale (issues 11, 16)
  ...staffOperations, // Care-team card
  ...sessionSummaryOperations, // The overview's session list
  ...threadStatusChangeOperations, // A thread's status over time (issue 11)
};

export function createScopedStore(env: OperationEnv, caller: Caller, origin?: RequestOrigin): ScopedStore {
  const bound = Object.freeze({ ...caller });
  const store: Record<string, unknown> = { caller: bound };
  for (const [name, op] of Object.entries(OPERATIONS)) {
    store[name] = (...args: unknown[]) =>
      runOperation(env, bound, op as Operation<unknown[], unknown>, args, origin);
  }
  return Object.freeze(store) as unknown as ScopedStore;
}
