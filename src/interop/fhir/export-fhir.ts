// FHIR R4 export of one client or of the whole practice as a `collection` Bundle. The SER notes
// (session narratives and pieces, characters, threads, life events, reflections) are left out
// unless asked for, and carry a security label when included (clinical-reference §2).
import type { User } from "../../domain";
import type { AuthStore, Caller, SystemStore } from "../../store/store";
import { loadClientRecord, loadPracticeRecords, type ClientRecord } from "../client-record";
import { TESSERA_FHIR } from "./fhir-codes";
import {
  conditionsOf,
  consentOf,
  encounterOf,
  episodeOf,
  observationOf,
  organizationOf,
  patientOf,
  practitionerOf,
  processCompositionOf,
  proceduresOf,
  questionnaireResponseOf,
  sessionCompositionOf,
  type FhirResource,
} from "./fhir-resources";

export interface FhirExportOptions {
  /** Include the SER notes (off by default). */
  includeSensitive: boolean;
}

export interface FhirBundle {
  resourceType: "Bundle";
  type: "collection";
  timestamp: string;
  entry: { fullUrl: string; resource: FhirResource }[];
}

/**
 * What a bundle needs besides the client records: the practice (Organization) and the staff who
 * recorded something (Practitioner). The system store is one; the HTTP exports hand a narrower
 * one bound to the caller's practice.
 */
export type FhirDirectory = Pick<AuthStore, "getPractice" | "getUser">;

export async function exportClientBundle(
  system: SystemStore,
  caller: Caller,
  clientId: string,
  options: FhirExportOptions,
): Promise<FhirBundle> {
  const records = [await loadClientRecord(system.scoped(caller), clientId)];
  return buildBundle(system, caller.practiceId, records, options);
}

export async function exportPracticeBundle(
  system: SystemStore,
  caller: Caller,
  options: FhirExportOptions,
): Promise<FhirBundle> {
  return buildBundle(system, caller.practiceId, await loadPracticeRecords(system.scoped(caller)), options);
}

/** The records (already read through a scoped store) as one Bundle. */
export async function buildBundle(
  directory: FhirDirectory,
  practiceId: string,
  records: ClientRecord[],
  options: FhirExportOptions,
): Promise<FhirBundle> {
  const practice = await directory.getPractice(practiceId);
  if (!practice) throw new Error("the practice is gone");
  const organization = organizationOf(practice);
  const staff = await staffOf(directory, records);
  const practitioners = new Map([...staff].map(([id, user]) => [id, practitionerOf(user)]));
  const author = (userId: string | null | undefined) => (userId ? (practitioners.get(userId) ?? null) : null);

  const resources: FhirResource[] = [organization, ...practitioners.values()];
  for (const rec of records) {
    const patient = patientOf(rec.client, organization);
    const conditions = conditionsOf(rec.client, patient);
    resources.push(patient, ...conditions, ...rec.courses.map((c) => episodeOf(c, patient)));
    for (const session of rec.sessions) {
      const practitioner = author(session.practitionerId);
      const encounter = encounterOf(session, patient, practitioner, conditions);
      resources.push(encounter, ...proceduresOf(session, encounter, patient, practitioner));
      if (options.includeSensitive)
        resources.push(sessionCompositionOf(session, encounter, patient, practitioner ?? organization));
    }
    if (options.includeSensitive) resources.push(processCompositionOf(rec, patient, organization));
    for (const response of rec.measures) {
      const qr = questionnaireResponseOf(response, patient, author(response.enteredBy) ?? null);
      const score = observationOf(response, qr, patient);
      resources.push(qr, ...(score ? [score] : []));
    }
    resources.push(...rec.consents.map((c) => consentOf(c, patient, organization)));
  }
  return {
    resourceType: "Bundle",
    type: "collection",
    timestamp: new Date().toISOString(),
    entry: resources.map((resource) => ({
      fullUrl: `${TESSERA_FHIR}/${resource.resourceType}/${resource.id}`,
      resource,
    })),
  };
}

/** Staff who recorded something in these records, by name then email (client logins are not Practitioners). */
async function staffOf(directory: FhirDirectory, records: ClientRecord[]): Promise<Map<string, User>> {
  const ids = new Set<string>();
  for (const rec of records) {
    for (const s of rec.sessions) ids.add(s.practitionerId);
    for (const m of rec.measures) {
      ids.add(m.enteredBy);
      if (m.followUp) ids.add(m.followUp.byUserId);
    }
  }
  const users: User[] = [];
  for (const id of ids) {
    const user = await directory.getUser(id);
    if (user && user.role !== "client") users.push(user);
  }
  users.sort((a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email));
  return new Map(users.map((u) => [u.id, u]));
}
